#!/usr/bin/env bash
# Appendix PDFs: read by position whatever the file is called, a directory's
# PDFs with its other files, clear errors for PDFs that cannot be read; and the
# round trip made afresh — our own appendix (appendix --format html) printed
# to PDF by headless Chromium, then read from the PDF and from pdftotext's
# -layout and -raw text, gives back the returns of the bundled corpus.
# usage: pdf_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"
pdfs=$data/appendix

"$returns" ingest "$pdfs/q5-additional.pdf" >"$work/q5.jsonl" 2>"$work/q5.err"
check "a PDF appendix is read (exit $?)" $?
grep -q "ingest: read 14, taken 14, rejected 0" "$work/q5.err"; ok=$?; check "14 rows of 14 (got: $(tail -1 "$work/q5.err"))" $ok
cp "$pdfs/q5-additional.pdf" "$work/download"
"$returns" ingest "$work/download" >"$work/download.jsonl" 2>/dev/null
cmp -s <(sed 's/"source":"[^"]*"//' "$work/q5.jsonl") <(sed 's/"source":"[^"]*"//' "$work/download.jsonl")
check "a PDF without its extension is known by its first bytes" $?
mkdir -p "$work/dir"
cp "$pdfs/q5-additional.pdf" "$corpus/q3-strengths.txt" "$work/dir/"
"$returns" ingest "$work/dir" 2>"$work/dir.err" >/dev/null
grep -q "ingest: read 60, taken 60" "$work/dir.err"; ok=$?; check "a directory's PDFs are read with its text files (got: $(tail -1 "$work/dir.err"))" $ok

printf '%%PDF-1.4\nnot the rest of a PDF\n' >"$work/damaged.pdf"
expect_error "a damaged PDF" 2 "damaged.pdf: error: cannot read this PDF (damaged, or not a PDF)" \
  "$returns" ingest "$work/damaged.pdf"
expect_error "a PDF with no text" 2 "no-text.pdf: error: the PDF holds no text (a scan?)" \
  "$returns" ingest "$pdfs/no-text.pdf"
expect_error "--format pdf on a text file" 2 "q2-progress.txt: error: not a PDF file (no %PDF- header)" \
  "$returns" ingest --format pdf "$corpus/q2-progress.txt"

# The round trip, made afresh (tests/data/appendix holds one made earlier).
if command -v chromium >/dev/null && command -v pdftotext >/dev/null; then
  bash "$data/appendix/make_roundtrip.sh" "$returns" "$work" 2>/dev/null
  check "the round trip was made (appendix html, Chromium's PDF, pdftotext)" $?
  "$returns" ingest "$corpus" >"$work/seeds.jsonl" 2>/dev/null
  for read in roundtrip.pdf roundtrip.layout.txt roundtrip.raw.txt; do
    "$returns" ingest "$work/$read" >"$work/$read.jsonl" 2>"$work/$read.err"
    python3 - "$work/seeds.jsonl" "$work/$read.jsonl" <<'PY'
import json, re, sys
def returns(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        key = r["return_id"]
        ret = out.setdefault(key, {"names": (r["district"], r["question"], r["collaborative_canonical"],
                                             r.get("lead_schools_canonical")), "comments": []})
        ret["comments"].append((r["heading"], r["text"]))
    return out
# A line break hides whether a space stood next to punctuation ("service-" / "improved").
def loose(s):
    return None if s is None else re.sub(r"(?<![\w\u0080-\uffff]) | (?![\w\u0080-\uffff])", "", s)
want, got = returns(sys.argv[1]), returns(sys.argv[2])
assert set(got) == set(want), (len(got), len(want), sorted(set(want) ^ set(got))[:5])
for key, w in want.items():
    g = got[key]
    assert g["names"] == w["names"], (key, g["names"], w["names"])
    assert [(loose(h), loose(t)) for h, t in g["comments"]] == [(loose(h), loose(t)) for h, t in w["comments"]], key
PY
    check "round trip: $read reads back to the corpus's 90 returns and 445 comments" $?
    ! grep -q "warning:" "$work/$read.err"; check "round trip: $read reads with no warning" $?
  done
else
  check "chromium and pdftotext are installed (scripts/install-deps) for the round trip" 1
fi

finish pdf
