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
# Over two rounds each quote says its round, in every format; one round
# selected from them reads as before. (20 quotes: the second round repeats
# most of the first's comments, which the near-duplicate rule skips; its two
# new moderation comments come in.)
rounds="$work/rounds"
build_two_rounds "$rounds"
for f in json text md html; do
  "$returns" quotes --theme moderation --count 20 --db "$rounds" --format $f >"$work/rounds.$f"
done
"$returns" quotes --theme moderation --count 20 --db "$rounds" --format docx --out "$work/rounds.docx"
"$office_python" - "$work" <<'PY'
import sys, json, re, docx
w = sys.argv[1]
q = json.load(open(w + "/rounds.json"))
assert len(q) == 20 and {x["round"] for x in q} == {"2013-03", "2014-03"}, q
who = ["%s, %s, round %s" % (x["collaborative"], x["district"], x["round"]) for x in q]
text = open(w + "/rounds.text").read()
assert re.findall(r"^   — (.*)$", text, re.M) == who, text
md = [l for l in open(w + "/rounds.md").read().splitlines() if l.startswith("- “")]
assert len(md) == 20 and all(re.search(r", round 201[34]-03\*$", l) for l in md), md
html = open(w + "/rounds.html").read()
assert len(re.findall(r'<p class="who">— [^<]*, round 201[34]-03</p>', html)) == 20, html
d = docx.Document(w + "/rounds.docx")
assert [p.text for p in d.paragraphs if p.style.name == "Attribution"] == ["— " + s for s in who]
PY
check "quotes over two rounds: each quote's round in json, text, md, html and docx" $?
"$returns" quotes --theme moderation --count 20 --db "$rounds" --round 2014-03 --format json >"$work/one.json"
"$returns" quotes --theme moderation --count 20 --db "$rounds" --round 2014-03 >"$work/one.text"
python3 -c "
import json
assert all('round' not in x for x in json.load(open('$work/one.json')))
assert not any(', round ' in l for l in open('$work/one.text') if l.startswith('   — '))
"; check "quotes of one round of two: no round shown, as before" $?
expect_error "quotes: unknown format" 2 "unknown --format 'pdf' (text, md, json, html or docx)" \
  "$returns" quotes --theme moderation --db "$db2" --format pdf
expect_error "quotes: one theme" 2 "give exactly one --theme" "$returns" quotes --db "$db2"
expect_error "quotes: --count 0" 2 "--count 0 asks for no quote: give 1 or more" \
  "$returns" quotes --db "$db2" --theme moderation --count 0

finish quotes
