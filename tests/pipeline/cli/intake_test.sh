#!/usr/bin/env bash
# Intake through returns ingest: every bad or awkward input in
# tests/data/intake/bad with its exit status, totals and rejects file, and
# the same returns in four formats (tests/data/intake/same) giving identical
# tag output.
# usage: intake_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

bad="$data/intake/bad"
check_reject() {  # check_reject FILE REASON LINE
  "$returns" ingest "$bad/$1" --rejects "$work/r.jsonl" >"$work/out" 2>"$work/err"
  local status=$?
  [ $status -eq 1 ]; check "$1: exit 1 (got $status)" $?
  grep -q "^ingest: read 2, taken 1, rejected 1 ($2: 1)$" "$work/err"; ok=$?; check "$1: totals line ($(tail -1 "$work/err"))" $ok
  python3 -c "
import json
r = [json.loads(l) for l in open('$work/r.jsonl')]
assert len(r) == 1 and r[0]['reason'] == '$2' and r[0]['line'] == $3 and r[0]['source'].endswith('$1'), r
assert r[0]['raw'], r
"; check "$1: the rejects file says source, line $3, reason and the raw record" $?
  [ "$(wc -l <"$work/out")" -ge 1 ]; check "$1: the good record is still taken" $?
}
check_reject invalid-utf8.csv "invalid UTF-8" 3
check_reject wrong-field-count.csv "wrong number of fields" 3
check_reject missing-field.csv "missing required field" 3
check_reject empty-answer.csv "empty answer" 3
check_reject unknown-question.csv "unknown question" 3
check_reject duplicate.csv "duplicate within the batch" 3
check_reject too-large.csv "record over the size limit" 3
check_reject not-json.jsonl "not a JSON object" 2
grep -q '"detail":"an answer over 100000 bytes"' <("$returns" ingest "$bad/too-large.csv" --rejects /dev/stdout 2>/dev/null | grep rejected -i; "$returns" ingest "$bad/too-large.csv" --rejects "$work/r.jsonl" >/dev/null 2>&1; cat "$work/r.jsonl")
check "too-large: the rejects file says the limit" $?

expect_error "empty CSV" 2 "empty.csv: error: empty file (no header row)" "$returns" ingest "$bad/empty.csv"
expect_error "unknown column" 2 "unknown-column.csv:1: error: unknown column 'Notes'" "$returns" ingest "$bad/unknown-column.csv"
"$returns" ingest "$bad/unknown-column.csv" --columns ignore=Notes >/dev/null 2>&1
check "unknown column: --columns ignore=Notes takes the file" $?
"$returns" ingest "$bad/header-only.csv" >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && grep -q "^ingest: read 0, taken 0, rejected 0$" "$work/err" && [ ! -s "$work/out" ]
check "header-only CSV: nothing read, exit 0" $?
"$returns" ingest "$bad/bom-crlf.csv" 2>/dev/null | grep -q '"text":"Shared purpose and trust."'
check "BOM and CRLF: taken, text clean" $?
[ "$("$returns" ingest "$bad/quoted-newlines.csv" 2>/dev/null | grep -c '"collaborative":"M7, the Minster seven"')" -eq 3 ]
check "quoted commas, quotes and line breaks: one return of three comments" $?
"$returns" ingest "$bad/windows-1252.csv" --encoding windows-1252 2>/dev/null | grep -q '"text":"Heads’ moderation saved £125 – “good”"'
check "Windows-1252 with --encoding: converted" $?
"$returns" ingest "$bad/windows-1252.csv" >/dev/null 2>"$work/err"
[ $? -eq 1 ] && grep -q "rejected 1 (invalid UTF-8: 1)" "$work/err"; check "Windows-1252 without --encoding: rejected as invalid UTF-8" $?
"$returns" ingest "$bad/duplicate.csv" --strict >"$work/out" 2>"$work/err"
[ $? -eq 1 ] && [ ! -s "$work/out" ] && grep -q "duplicate.csv:3: error: duplicate within the batch" "$work/err"
check "--strict: stops at the first bad record, writes nothing" $?
grep -qx "ingest: nothing written (--strict): 1 record was rejected; correct it and run again, or run without --strict to write the rest and list the rejects (the totals below are of what was read before --strict stopped)" "$work/err"
check "--strict: says that nothing was written, whatever the totals took" $?
expect_error "unknown --format" 2 "unknown --format 'xml'" "$returns" ingest --format xml "$bad/duplicate.csv"
expect_error "bad --columns" 2 "unknown field 'colour'" "$returns" ingest --columns colour=Area "$bad/duplicate.csv"

# The same returns as long CSV, wide CSV, return documents and JSON Lines give identical tag output.
same="$data/intake/same"
for f in returns-long.csv returns-wide.csv returns.jsonl "return-1.md return-2.md"; do
  (cd "$same" && "$returns" ingest $f 2>/dev/null) | "$returns" tag 2>/dev/null >"$work/same-$(echo $f | cut -c1-12).jsonl"
done
python3 -c "
import json, glob
outs = {}
for p in sorted(glob.glob('$work/same-*.jsonl')):
    outs[p] = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in open(p)]
vals = list(outs.values())
assert len(vals) == 4 and len(vals[0]) == 6 and all(v == vals[0] for v in vals), {k: len(v) for k, v in outs.items()}
assert vals[0][0]['id'] == 'q3/samphire-hub/no-lead#1'
"; check "the same returns in four formats give identical tag output" $?

# Word return documents (tests/data/docx, written with python-docx by make_returns.py):
# each list paragraph a comment, every field as read, line = paragraph number.
docx="$data/docx"
"$returns" ingest "$docx/table-details.docx" "$docx/unknown-collaborative.docx" >"$work/docx.jsonl" 2>"$work/docx.err"
ok=$?; check "docx: ingest exit 0 ($(tail -1 "$work/docx.err"))" $ok
grep -q "read 5, taken 5, rejected 0$" "$work/docx.err"; ok=$?; check "docx: totals line ($(tail -1 "$work/docx.err"))" $ok
python3 -c "
import json
rows = [json.loads(l) for l in open('$work/docx.jsonl')]
assert len(rows) == 10, len(rows)
first = {k: v for k, v in rows[0].items()}
want = {'return_id': 'q1/raising-achievement-in-dover-raid/priory-fields',
        'comment_id': 'q1/raising-achievement-in-dover-raid/priory-fields#1',
        'district': 'Dover', 'collaborative': 'Raising Achievement in Dover (RAiD)',
        'collaborative_canonical': 'Raising Achievement in Dover (RAiD)',
        'lead_schools': ['Priory Fields'], 'question': 1, 'position': 1, 'heading': None,
        'text': 'Heads’ “learning walks” in every school – twice a term.',
        'line': 10, 'return_line': 10}
for k, v in want.items():
    assert first.get(k) == v, (k, first.get(k), v)
assert first['source'].endswith('docx/table-details.docx'), first['source']
assert [r['text'] for r in rows[:3]][1] == 'A café-style moderation morning cost £125 per school.'
q2 = [r for r in rows if r['question'] == 2 and r['source'].endswith('table-details.docx')]
assert [(r['heading'], r['line']) for r in q2] == [('Priority 1: Writing', 15), ('Priority 2: Attendance', 17)], q2
new = [r for r in rows if r['source'].endswith('unknown-collaborative.docx')]
assert len(new) == 4 and all(r['collaborative'] == 'Whitfield Learning Partnership' for r in new)
assert all(r['collaborative_canonical'] is None for r in new)
assert new[0]['lead_schools'] == ['Whitfield Aspen', 'Temple Ewell CE'], new[0]
assert [r['text'] for r in new] == ['Three network meetings.', 'Shared INSET day on feedback.',
                                    'Peer review of SEND provision.', 'Involving governors.'], new
"; check "docx: the comments with their fields" $?
expect_error "docx: a damaged .docx is named" 2 \
  "corrupt.docx: error: cannot read this Word document: not a readable zip archive" "$returns" ingest "$docx/corrupt.docx"
expect_error "docx: a .docx that is not well-formed names the part" 2 \
  "not-well-formed.docx: error: word/document.xml is not well-formed XML" "$returns" ingest "$docx/not-well-formed.docx"

# Issue 11: reworded question headings in a Word return are read; a heading
# that names none of the five is a warning with file, paragraph and text.
"$returns" ingest "$docx/other-headings.docx" >"$work/out" 2>"$work/err"
check "other-headings.docx: exit 0" $?
[ "$(python3 -c "import json,sys; print(sorted({json.loads(l)['question'] for l in open(sys.argv[1])}))" "$work/out")" = "[1, 2, 3, 4, 5]" ]
check "other-headings.docx: all five questions found" $?
grep -qF "other-headings.docx:14: warning: heading 'Next steps' is not one of the five questions; its text is kept under question 4" "$work/err"
check "other-headings.docx: the unknown heading is a warning naming paragraph and text" $?

# A program whose modules are missing (copied without them) still reads CSV,
# and says, naming the module's file, why it cannot read Word or PDF — exit 3,
# not "a damaged file" (corpus/base/module.h).
mkdir -p "$work/bare/bin" && cp "$returns" "$work/bare/bin/returns"
"$work/bare/bin/returns" ingest "$corpus/q2-progress.txt" --format appendix --out "$work/bare.jsonl" 2>/dev/null
check "without its modules: an appendix (text) is read" $?
"$work/bare/bin/returns" ingest "$data/docx/headings-in-answers.docx" --round 2014-03 --out "$work/bare-docx.jsonl" 2>"$work/err"
[ $? -eq 3 ] && grep -q "headings-in-answers.docx: error: cannot read this Word document: .*bare/lib/returns/libreturns_zip.so: error: the program.s zip module cannot be found" "$work/err" &&
  ! grep -qi "damaged" "$work/err"
check "without its modules: a Word return is refused naming the missing zip module, exit 3" $?
"$work/bare/bin/returns" ingest "$data/appendix/held-out-101.pdf" --out "$work/bare-pdf.jsonl" 2>"$work/err"
[ $? -eq 3 ] && grep -q "held-out-101.pdf: error: cannot read PDF: .*libreturns_pdf.so: error: the program's pdf module cannot be found" "$work/err"
check "without its modules: a PDF is refused naming the file and the missing PDF module, exit 3" $?

# A round's folder: a document it cannot read (a LibreOffice .odt, made by soffice from a Word return) stops the
# run naming it, as when named (it was left out unsaid: a collaborative lost); other files are said and left out;
# extensions in capitals are read.
mkdir -p "$work/round" && cp "$bad/../same/returns-long.csv" "$work/round/RETURNS.CSV" && printf 'x' >"$work/round/logo.png"
"$returns" ingest "$work/round" --out "$work/round.jsonl" 2>"$work/err"; ok=$?
[ $ok -eq 0 ] && [ -s "$work/round.jsonl" ] && grep -q "^$work/round/logo.png: warning: skipped: returns does not read .png files" "$work/err"
ok=$?
check "a folder: capitals read, an image skipped with a warning ($(grep png "$work/err"))" $ok
# A hidden folder is not walked; a skipped file whose name is not UTF-8 is named with \xNN, not a stop.
mkdir -p "$work/round/.git/objects/ab" && printf x >"$work/round/.git/objects/ab/cdef"
printf x >"$work/round/caf$(printf '\xe9').jpg"
"$returns" ingest "$work/round" --out "$work/round2.jsonl" 2>"$work/err"; ok=$?
[ $ok -eq 0 ] && ! grep -q '\.git' "$work/err" && grep -q 'caf\\xE9.jpg: warning: skipped' "$work/err"
ok=$?
check "a folder: .git not walked, a badly named image skipped and named ($(grep -c warning "$work/err") warnings)" $ok
rm -rf "$work/round/.git" "$work/round/caf"*
# A folder with nothing to read is an error, never a cue to read stdin.
mkdir -p "$work/images" && printf x >"$work/images/scan.png"
printf '%s\n' '{"text":"from stdin","collaborative":"Samphire Hub","question":3}' |
  "$returns" index "$work/images" --round 2015 --db "$work/images-db" >/dev/null 2>"$work/err"; ok=$?
[ $ok -eq 2 ] && grep -q "images: error: no file here that returns reads (1 skipped: $work/images/scan.png)" "$work/err" &&
  [ ! -e "$work/images-db/XAPIANDB" ]
ok=$?
check "a folder of images only: exit 2, stdin not read ($(tail -1 "$work/err"))" $ok
cp "$data/odt/other-headings.odt" "$work/round/Pantiles return.odt"
"$returns" index "$work/round" --round 2015 --db "$work/round-db" >/dev/null 2>"$work/err"; ok=$?
[ $ok -eq 2 ] && grep -q "Pantiles return.odt: error: this is an OpenDocument text (.odt), which returns cannot read" "$work/err" && [ ! -e "$work/round-db/XAPIANDB" ]
ok=$?
check "a folder with an .odt: index refuses it by name, exit 2, nothing written ($(grep -c . "$work/err") lines)" $ok

finish intake
