#!/usr/bin/env bash
# Makes the round-trip test data of tests/data/appendix/: the bundled corpus
# indexed, written out by `returns appendix --format html`, printed to PDF by
# headless Chromium as a user would (its default page, Letter portrait), and
# extracted by pdftotext -layout and -raw. The tests read these back and
# compare them with the bundled corpus (corpus/kent-2013) they came from.
#
# usage: make_roundtrip.sh PATH/TO/returns [OUT_DIR]   (OUT_DIR: this folder)
# Needs chromium and pdftotext (Debian: chromium, poppler-utils).
set -euo pipefail
returns=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath "${2:-$here}")
src=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$returns" index "$src/corpus/kent-2013" --db "$work/db" --round 2013-03 2>/dev/null
"$returns" appendix --db "$work/db" --format html --out "$work/roundtrip.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/profile" \
  --print-to-pdf="$out/roundtrip.pdf" "$work/roundtrip.html" 2>/dev/null
pdftotext -layout "$out/roundtrip.pdf" "$out/roundtrip.layout.txt"
pdftotext -raw "$out/roundtrip.pdf" "$out/roundtrip.raw.txt"
