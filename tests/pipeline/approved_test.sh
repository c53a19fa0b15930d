#!/usr/bin/env bash
# Approved output files: every output format of every command, on the bundled
# corpus and the intake samples, compared byte for byte with tests/approved/.
# A change in any output shows here as a diff; when the change is meant,
# re-approve with APPROVE=1 and review the diff in git before committing.
# usage: approved_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
approved=$src/tests/approved
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"  # paths in the outputs (source fields) are relative to the checkout
pass=0
fail=0

# run NAME COMMAND...: stdout of COMMAND is the output approved as NAME.
run() {
  local name=$1
  shift
  "$@" >"$work/$name" 2>"$work/$name.err"
  local status=$?
  if [ "$status" -gt 1 ]; then
    fail=$((fail + 1)); echo "FAIL: $name: exit $status: $(head -c 300 "$work/$name.err")"; return
  fi
  if [ "${APPROVE:-0}" = 1 ]; then cp "$work/$name" "$approved/$name"; fi
  if cmp -s "$work/$name" "$approved/$name"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL: $name differs from tests/approved/$name:"; diff "$approved/$name" "$work/$name" | head -10
  fi
}

corpus=corpus/kent-2013
same=tests/data/intake/same
run ingest-kent-2013.jsonl "$returns" ingest "$corpus" --round 2013-03
run overview-kent-2013.txt "$returns" overview "$corpus"
run tag-kent-2013.jsonl "$returns" tag "$corpus" --round 2013-03
run tag-kent-2013.csv "$returns" tag "$corpus" --round 2013-03 --format csv
run tag-same-jsonl.jsonl "$returns" tag "$same/returns.jsonl"
run tag-same-csv.jsonl "$returns" tag "$same/returns-wide.csv" --round 2014-03
run tag-stdin.jsonl "$returns" tag <"$same/returns.jsonl"

# Measurement and the codebook keeper's tools, on small files of their own.
gold=tests/data/gold
run evaluate-agreement-a.txt "$returns" evaluate --gold "$gold/agreement-a.jsonl" --show
run evaluate-agreement-a.json "$returns" evaluate --gold "$gold/agreement-a.jsonl" --format json
run agreement.txt "$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" --show
run agreement.json "$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" --format json --show
run lexicon-suggest-weakened.txt "$returns" lexicon suggest --gold "$gold/themes-gold-dev.jsonl" \
  --lexicon tests/data/lexicons/weakened.yaml --top 3

db=$work/db
"$returns" index "$corpus" --db "$db" --round 2013-03 2>/dev/null
"$returns" index "$same/returns-long.csv" --db "$db" --round 2014-03 2>/dev/null
run search-moderation-dover.txt "$returns" search --db "$db" --theme moderation --district Dover
run search-moderation-dover.json "$returns" search --db "$db" --theme moderation --district Dover --format json
run search-phrase.json "$returns" search --db "$db" '"learning walk"' --format json --limit 3
run summary.txt "$returns" summary --db "$db"
run summary-by-round.md "$returns" summary --db "$db" --format md --by round
run summary-by-district.json "$returns" summary --db "$db" --format json --by district
run summary-by-question.csv "$returns" summary --db "$db" --format csv --by question
run summary.html "$returns" summary --db "$db" --format html --round 2013-03
run appendix-q3.md "$returns" appendix --db "$db" --question 3 --round 2013-03
run appendix-q2-moderation.html "$returns" appendix --db "$db" --question 2 --theme moderation --format html
run appendix-2014.csv "$returns" appendix --db "$db" --round 2014-03 --format csv
run quotes-peer-review.txt "$returns" quotes --db "$db" --theme peer_review
run quotes-moderation.json "$returns" quotes --db "$db" --theme moderation --format json --count 3
run untagged-dover.txt "$returns" untagged --db "$db" --district Dover --words 10
run untagged-dover-q3.json "$returns" untagged --db "$db" --district Dover --question 3 --words 5 --format json

echo "approved: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
