#!/usr/bin/env bash
# The Word documents as a reader sees them: converted to PDF by LibreOffice
# (Debian's libreoffice-writer-nogui), then measured with poppler's pdfinfo
# and pdftotext: the question-3 appendix of the bundled corpus on A4
# landscape pages (39 US-Letter portrait pages when pandoc wrote it from the html; about
# half now), its table heading on every page, page numbers; --page letter
# --portrait; the quotes document; the report (A4 portrait, its appendix
# on A4 landscape pages after it). Page 1 of each is saved as a PNG under
# out/screenshots/ (pdftoppm) to be looked at. Skipped (77) without soffice.
# usage: docx_pdf_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
command -v soffice >/dev/null || { echo "skip: no LibreOffice (soffice); scripts/install-deps installs it"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
check() { if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }

"$returns" index "$src/corpus/kent-2013" --db "$work/db" --round 2013-03 2>/dev/null
"$returns" appendix --db "$work/db" --question 3 --format docx --out "$work/appendix-q3.docx"
"$returns" appendix --db "$work/db" --question 3 --format docx --page letter --portrait --out "$work/appendix-q3-letter.docx"
"$returns" quotes --db "$work/db" --theme relationships --format docx --out "$work/quotes-relationships.docx"
"$returns" report --db "$work/db" --question 3 --format docx --out "$work/report-q3.docx"
# One LibreOffice run for all four, with its own profile (no clash with another running).
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
  "$work/appendix-q3.docx" "$work/appendix-q3-letter.docx" "$work/quotes-relationships.docx" \
  "$work/report-q3.docx" >/dev/null 2>&1
check "LibreOffice converted the four documents to PDF" $?

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
size() { pdfinfo "$1" 2>/dev/null | awk '/^Page size:/ { print $3, $5 }'; }  # width height, in points

pdf="$work/appendix-q3.pdf"
n=$(pages "$pdf")
echo "appendix question 3: ${n:-?} pages, $(size "$pdf") points"
[ -n "$n" ] && [ "$n" -ge 6 ] && [ "$n" -le 22 ]
check "appendix of question 3: about half the 39 pages it was (got ${n:-none})" $?
read -r w h <<<"$(size "$pdf")"
python3 -c "import sys; w, h = float('$w'), float('$h'); sys.exit(0 if abs(w - 841.89) < 1 and abs(h - 595.28) < 1 else 1)"
check "appendix: A4 landscape pages (got $w x $h pt)" $?
pdftotext -layout "$pdf" "$work/appendix-q3.txt"
[ "$(grep -c '^ *Appendix: question 3\b' "$work/appendix-q3.txt")" -eq $((n + 1)) ]  # page 1's title, each footer
check "appendix: the title once on page 1 and in each page's footer" $?
[ "$(grep -c 'Lead school(s)' "$work/appendix-q3.txt")" -eq "$n" ]
check "appendix: the table's heading row on every page" $?
grep -q "Page $n of $n" "$work/appendix-q3.txt" && grep -q "Page 1 of $n" "$work/appendix-q3.txt"
check "appendix: page numbers, Page 1 of $n to Page $n of $n" $?
# Every comment of question 3 is in the PDF: its first words, in order of the appendix.
"$returns" appendix --db "$work/db" --question 3 --format csv | python3 -c "
import csv, sys, re
text = re.sub(r'\s+', ' ', open('$work/appendix-q3.txt').read())
missing = [r['comment'] for r in csv.DictReader(sys.stdin) if ' '.join(r['comment'].split()[:4]) not in text]
assert not missing, missing[:3]
"
check "appendix: every comment of question 3 in the PDF" $?

letter="$work/appendix-q3-letter.pdf"
read -r w h <<<"$(size "$letter")"
[ "$w" = 612 ] && [ "$h" = 792 ]; check "appendix --page letter --portrait: US Letter portrait (got $w x $h pt)" $?
echo "appendix question 3, letter portrait: $(pages "$letter") pages"

quotes="$work/quotes-relationships.pdf"
[ "$(pages "$quotes")" = 1 ]; check "quotes: one page" $?
pdftotext "$quotes" - | grep -q "Typical comments: Trust and relationships"; check "quotes: the title" $?

# The report: portrait pages, then the appendix's landscape pages, as many as the appendix alone.
report="$work/report-q3.pdf"
rn=$(pages "$report")
echo "report question 3: ${rn:-?} pages"
orientation() { pdfinfo -f "$2" -l "$2" "$1" 2>/dev/null | awk '/^Page +[0-9]+ size:/ { print ($4 > $6 ? "landscape" : "portrait") }'; }
[ "$(orientation "$report" 1)" = portrait ] && [ "$(orientation "$report" "$rn")" = landscape ]
check "report: page 1 portrait, the last page (the appendix) landscape" $?
first_appendix=$(pdftotext -layout "$report" - | awk -v RS='\f' '/Appendix: question 3/ && /Lead school/ { print NR; exit }')
[ -n "$first_appendix" ] && [ "$(orientation "$report" "$first_appendix")" = landscape ] &&
  [ "$(orientation "$report" $((first_appendix - 1)))" = portrait ] && [ $((rn - first_appendix + 1)) -eq "$n" ]
check "report: the appendix starts on a landscape page of its own, as long as the appendix alone ($n pages)" $?
pdftotext "$report" - | grep -q "Half or more of the collaboratives mention Trust and relationships"
check "report: the share sentence in the PDF" $?

shots="$src/out/screenshots"
mkdir -p "$shots" 2>/dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$pdf" "$shots/appendix-q3-docx-page1" &&
  pdftoppm -png -r 70 -f 2 -l 2 -singlefile "$pdf" "$shots/appendix-q3-docx-page2" &&
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$quotes" "$shots/quotes-relationships-docx-page1" &&
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$report" "$shots/report-q3-docx-page1" &&
  pdftoppm -png -r 70 -f "$first_appendix" -l "$first_appendix" -singlefile "$report" "$shots/report-q3-docx-appendix"
check "page 1 saved as out/screenshots/appendix-q3-docx-page1.png" $?
echo "docx-pdf: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
