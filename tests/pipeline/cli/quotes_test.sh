#!/usr/bin/env bash
# returns quotes: typical comments for one theme, from distinct collaboratives.
# usage: quotes_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db2="$work/db2"
build_db "$db2"

"$returns" quotes --theme moderation --count 4 --db "$db2" --format json >"$work/quotes.json"
python3 -c "
import json
q = json.load(open('$work/quotes.json'))
assert len(q) == 4 and len({x['collaborative'] for x in q}) == 4
assert all('moderat' in x['text'].lower() or 'levelling' in x['text'].lower() for x in q)
assert [x['score'] for x in q] == sorted((x['score'] for x in q), reverse=True)
"; check "quotes: four typical moderation comments from four collaboratives" $?
"$returns" quotes --theme moderation --count 4 --db "$db2" --format html >"$work/quotes.html"
check_output html "$work/quotes.html" --expect "Typical comments: Moderation"
check "quotes --format html: a well-formed page" $?
[ "$(grep -c '<blockquote class="quote">' "$work/quotes.html")" -eq 4 ] && grep -q '<mark>moderat' "$work/quotes.html"
check "quotes --format html: four quotes, the theme marked" $?
"$returns" quotes --theme moderation --count 4 --db "$db2" --format docx --out "$work/quotes.docx"
"$office_python" - "$work/quotes.docx" "$work/quotes.json" <<'PY'
import sys, json, docx
d = docx.Document(sys.argv[1])
want = json.load(open(sys.argv[2]))
quotes = [p.text for p in d.paragraphs if p.style.name == "Quote"]
who = [p.text for p in d.paragraphs if p.style.name == "Attribution"]
assert quotes == ["“%s”" % q["text"] for q in want], quotes
assert who == ["— %s, %s" % (q["collaborative"], q["district"]) for q in want], who
s = d.sections[0]
assert s.page_height > s.page_width and abs(s.page_width.mm - 210) < 1
PY
check "quotes --format docx: the quotes of --format json, each attributed, A4 portrait" $?
expect_error "quotes: unknown format" 2 "unknown --format 'pdf' (text, md, json, html or docx)" \
  "$returns" quotes --theme moderation --db "$db2" --format pdf
expect_error "quotes: one theme" 2 "give exactly one --theme" "$returns" quotes --db "$db2"

finish quotes
