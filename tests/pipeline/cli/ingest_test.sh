#!/usr/bin/env bash
# returns ingest: errors naming file and problem (exit 2, nothing on stdout),
# JSON Lines on stdout and the totals on stderr, byte-identical output.
# The bad and awkward intake samples are in intake_test.sh.
# usage: ingest_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

expect_error "missing file" 2 "$work/none.txt: error: no such file" "$returns" ingest "$work/none.txt"
expect_error "not UTF-8" 2 "not-utf8.txt:3: error: invalid UTF-8 at byte offset 112 (byte 0xE9)" \
  "$returns" ingest "$data/appendix/not-utf8.txt"
expect_error "empty file" 2 "empty.txt: error: empty file" "$returns" ingest "$data/appendix/empty.txt"
expect_error "no header" 2 "no-header.txt:1: error: no recognisable header" "$returns" ingest "$data/appendix/no-header.txt"
expect_error "no rows" 2 "no-rows.txt: error: no district rows found" "$returns" ingest "$data/appendix/no-rows.txt"
expect_error "bad register" 2 "register-unknown-column.csv:1: error: unknown column 'colour'" \
  "$returns" ingest --register "$data/register-unknown-column.csv" "$corpus"
expect_error "unknown option" 2 "unrecognised option" "$returns" ingest --colour "$corpus"
expect_error "unknown format" 2 "unknown --format 'bogus' (auto, appendix, csv" "$returns" ingest --format bogus "$corpus"
expect_error "no files" 2 "no input files" "$returns" ingest
# A good file before a bad one: still a failure, and no partial output.
expect_error "one bad file among good" 2 "empty.txt: error: empty file" \
  "$returns" ingest "$corpus/q2-progress.txt" "$data/appendix/empty.txt"

# JSON Lines on stdout only; the totals line on stderr.
"$returns" ingest "$corpus" >"$work/a.jsonl" 2>"$work/a.err"
check "ingest exit 0" $?
python3 -c "
import json, sys
rows = [json.loads(l) for l in open('$work/a.jsonl')]
need = {'return_id','comment_id','district','collaborative','collaborative_canonical','lead_schools','question','heading','text','source','line'}
assert rows and all(need <= set(r) for r in rows), 'missing fields'
assert len({r['comment_id'] for r in rows}) == len(rows), 'comment ids not unique'
assert {r['question'] for r in rows} == {2, 3}
" ; check "ingest writes valid JSON Lines with the fields" $?
grep -q "^ingest: 2 files, 90 returns, " "$work/a.err"; ok=$?; check "ingest totals on stderr ($(cat "$work/a.err"))" $ok

# Deterministic: the same input gives byte-identical output, to stdout or --out.
"$returns" ingest "$corpus" --out "$work/b.jsonl" 2>/dev/null
cmp -s "$work/a.jsonl" "$work/b.jsonl"; check "ingest is byte-identical across runs" $?

# Regression: a file name that is not UTF-8 aborted ingest (exit 134) after
# truncating an existing --out file. Now: exit 2 naming it, the --out file untouched.
mkdir -p "$work/latin1"
cp "$data/intake/same/returns-long.csv" "$work/latin1/caf$(printf '\xe9').csv"
echo "keep me" >"$work/existing.jsonl"
expect_error "regression: a file name that is not UTF-8 is named, not an abort" 2 \
  "caf\xE9.csv: error: the file name is not UTF-8" "$returns" ingest "$work/latin1" --out "$work/existing.jsonl"
[ "$(cat "$work/existing.jsonl")" = "keep me" ]; check "regression: the existing --out file is untouched" $?
expect_error "regression: an argument that is not UTF-8 is named" 2 "is not UTF-8: '$work/latin1/caf\xE9.csv'" \
  "$returns" ingest "$work/latin1/caf$(printf '\xe9').csv"

finish ingest
