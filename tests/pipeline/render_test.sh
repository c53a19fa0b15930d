#!/usr/bin/env bash
# The html summary and an html appendix rendered in headless Chromium: the
# chart and the tables are in the rendered page, and screenshots are saved;
# pages of hostile data (tests/data/hostile) render with no script run.
# usage: render_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
check() { if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }

"$returns" index "$src/corpus/kent-2013" --db "$work/db" --round 2013-03 2>/dev/null
"$returns" summary --db "$work/db" --format html --out "$work/summary.html"
"$returns" appendix --db "$work/db" --question 2 --format html --out "$work/appendix-q2.html"
# Two rounds compared: the corpus against a second round made from it (tests/data/rounds).
"$returns" tag "$src/corpus/kent-2013" --round 2013-03 2>/dev/null >"$work/a.jsonl"
python3 "$src/tests/data/rounds/make_second_round.py" "$work/a.jsonl" >"$work/b.jsonl"
"$returns" index "$work/b.jsonl" --db "$work/db" 2>/dev/null
"$returns" compare --db "$work/db" --round 2013-03 --round 2014-03 --format html --out "$work/compare.html"
"$returns" report --db "$work/db" --round 2013-03 --format html --out "$work/report.html"
"$src/scripts/screenshots" "$work/shots" "$work/summary.html" "$work/appendix-q2.html" "$work/compare.html" \
  "$work/report.html" >/dev/null
check "screenshots script ran" $?
dom="$work/shots/summary.dom.html"
[ "$(grep -o '<rect class="bar"' "$dom" | wc -l)" -eq 20 ]; check "rendered summary: a bar per theme in the chart" $?
grep -q '<svg id="theme-heatmap"' "$dom" && [ "$(grep -o '<rect class="cell"' "$dom" | wc -l)" -eq 240 ]
check "rendered summary: the theme x district heat map (20 x 12 cells)" $?
grep -q '<table id="theme-table">' "$dom" && [ "$(grep -o '<tr>' "$dom" | wc -l)" -eq 21 ]
check "rendered summary: the figures table" $?
adom="$work/shots/appendix-q2.dom.html"
grep -q '<table class="appendix">' "$adom" && [ "$(grep -o '<p class="quote">' "$adom" | wc -l)" -eq 268 ]
check "rendered appendix: the table with all 268 comments of question 2" $?
cdom="$work/shots/compare.dom.html"
grep -q '<svg id="round-chart"' "$cdom" && [ "$(grep -o '<circle class="a"' "$cdom" | wc -l)" -eq 20 ] &&
  [ "$(grep -o '<circle class="b"' "$cdom" | wc -l)" -eq 20 ]
check "rendered compare page: a dumbbell per theme, both rounds' dots" $?
rdom="$work/shots/report.dom.html"
[ "$(grep -o '<svg id="chart-question-[23]"' "$rdom" | wc -l)" -eq 2 ] &&
  [ "$(grep -o '<blockquote class="quote">' "$rdom" | wc -l)" -eq 10 ] &&
  [ "$(grep -o '<p class="quote">' "$rdom" | wc -l)" -eq 445 ]
check "rendered report: a chart and five typical comments per question, the appendix's 445 comments" $?
for png in "$work/shots/summary.png" "$work/shots/appendix-q2.png" "$work/shots/compare.png" "$work/shots/report.png"; do
  [ "$(head -c 8 "$png" | od -An -c | tr -d ' ')" = "211PNG\r\n032\n" ]; check "$png is a PNG" $?
done
# Hostile labels, names and text (tests/data/hostile): each payload sets
# data-pwned on <body> if it runs. A control page whose script must run shows
# the check can see one that does.
"$returns" index "$src/tests/data/hostile/records.jsonl" --db "$work/hostile" \
  --lexicon "$src/tests/data/hostile/lexicon.yaml" 2>/dev/null
"$returns" summary --db "$work/hostile" --format html --out "$work/hostile-summary.html"
"$returns" appendix --db "$work/hostile" --format html --out "$work/hostile-appendix.html"
"$returns" report --db "$work/hostile" --format html --out "$work/hostile-report.html"
printf '<!DOCTYPE html>\n<html><body><p>control</p><script>document.body.dataset.pwned="control"</script></body></html>\n' \
  >"$work/control.html"
"$src/scripts/screenshots" "$work/hostile-shots" "$work/hostile-summary.html" "$work/hostile-appendix.html" \
  "$work/hostile-report.html" "$work/control.html" >/dev/null
check "screenshots script ran on the hostile pages" $?
grep -q 'data-pwned="control"' "$work/hostile-shots/control.dom.html"
check "control: a script in a page runs in the headless browser and shows in the dumped DOM" $?
check_page() { python3 "$src/tests/pipeline/check_output.py" dom "$@"; }
check_page "$work/hostile-shots/hostile-summary.dom.html" \
  --expect "=Moderation <script>document.body.dataset.pwned='label'</script> & \"co\"" \
  --expect "+SUM(1,2) & 'single' </title></text></svg><script>document.body.dataset.pwned='svg'</script>" \
  --expect "Dover <script>document.body.dataset.pwned='district'</script>"
check "rendered hostile summary: no script ran, no element or attribute injected, the labels shown as text" $?
check_page "$work/hostile-shots/hostile-appendix.dom.html" \
  --expect "+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
  --expect "\"><img src=x onerror=\"document.body.dataset.pwned='collaborative'\"> & Co" \
  --expect "Priority 1 ' onmouseover='document.body.dataset.pwned=1' \" onfocus=\"document.body.dataset.pwned=2\":"
check "rendered hostile appendix: no script ran, no element or attribute injected, the text shown as text" $?
check_page "$work/hostile-shots/hostile-report.dom.html" \
  --expect "+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
  --expect "Dover <script>document.body.dataset.pwned='district'</script>"
check "rendered hostile report: no script ran, no element or attribute injected, the text shown as text" $?
[ "$(grep -o '<rect class="bar"' "$work/hostile-shots/hostile-summary.dom.html" | wc -l)" -eq 4 ]
check "rendered hostile summary: a bar per theme, the chart not broken by a label" $?
[ "$(grep -o '<p class="quote">' "$work/hostile-shots/hostile-appendix.dom.html" | wc -l)" -eq 6 ]
check "rendered hostile appendix: all 6 comments, the table not broken by a name" $?

mkdir -p "$src/out/screenshots" 2>/dev/null && cp "$work/shots/"*.png "$src/out/screenshots/" 2>/dev/null
echo "render: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
