#!/usr/bin/env bash
# The html summary and an html appendix rendered in headless Chromium: the
# chart and the tables are in the rendered page, and screenshots are saved.
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
"$src/scripts/screenshots" "$work/shots" "$work/summary.html" "$work/appendix-q2.html" >/dev/null
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
for png in "$work/shots/summary.png" "$work/shots/appendix-q2.png"; do
  [ "$(head -c 8 "$png" | od -An -c | tr -d ' ')" = "211PNG\r\n032\n" ]; check "$png is a PNG" $?
done
mkdir -p "$src/out/screenshots" 2>/dev/null && cp "$work/shots/"*.png "$src/out/screenshots/" 2>/dev/null
echo "render: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
