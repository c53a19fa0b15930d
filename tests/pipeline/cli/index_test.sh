#!/usr/bin/env bash
# returns index and info: a database of the bundled corpus, indexing again
# keeps the count, a killed run leaves the database as it was, and
# incremental batches (a new round, the same batch again, a return re-sent).
# usage: index_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

ingest_corpus
n=$(wc -l <"$work/a.jsonl")

db="$work/db"
"$returns" index "$corpus" --db "$db" --round 2013-03 >"$work/out" 2>"$work/err"
check "index exit 0 ($(cat "$work/err"))" $?
"$returns" info --db "$db" >"$work/info"
grep -q "^documents: $n$" "$work/info" && grep -q "^returns:   90$" "$work/info" && grep -q "^rounds:    2013-03$" "$work/info" \
  && grep -q "^lexicon:   kent-codebook 1.0" "$work/info" && grep -q "^schema:    1$" "$work/info"
check "info: documents, returns, rounds, lexicon, schema ($(tr '\n' ' ' <"$work/info"))" $?
"$returns" index "$corpus" --db "$db" --round 2013-03 2>/dev/null
"$returns" info --db "$db" | grep -q "^documents: $n$"; check "indexing the same input again keeps the count" $?

# Killed mid-way (the test hook aborts after 100 comments, as kill -9 would): the earlier contents stay.
RETURNS_TEST_ABORT_AFTER=100 "$returns" index "$corpus" --db "$db" --round 2014-03 >/dev/null 2>&1
[ $? -ge 128 ]; check "the aborted run died" $?
"$returns" info --db "$db" >"$work/info2" 2>&1
grep -q "^documents: $n$" "$work/info2" && grep -q "^rounds:    2013-03$" "$work/info2"
check "a killed run leaves the database as it was ($(tr '\n' ' ' <"$work/info2"))" $?

# Incremental batches: the bundled corpus, then a CSV batch for another round, then the same batch again.
same="$data/intake/same"
db3="$work/db3"
build_db "$db3"
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 6))$"; check "a new round adds its comments" $?
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" >"$work/info3"
grep -q "^documents: $((n + 6))$" "$work/info3" && grep -q "^rounds:    2013-03, 2014-03$" "$work/info3"
check "the same batch again replaces, never duplicates ($(tr '\n' ' ' <"$work/info3"))" $?
"$returns" search --db "$db3" --theme learning_walks --round 2014-03 --format json >"$work/new.json"
python3 -c "
import json
d = json.load(open('$work/new.json'))
assert d['total'] == 1 and d['results'][0]['comment_id'] == 'q2/m7-partnership/minster-primary#1', d['total']
"; check "search finds the new comment by theme and round" $?
# A return re-sent shorter replaces its earlier version whole.
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,"Learning walks continue."\n' >"$work/shorter.csv"
"$returns" index "$work/shorter.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 5))$"; check "a return sent again replaces all its earlier comments" $?


# Regression: a field too long for Xapian rejects its record, not the run; the 100,000-byte limit holds for JSON Lines too.
python3 -c "
import json
print(json.dumps({'id': 'a', 'text': 'Joint moderation', 'collaborative': 'C' * 300}))
print(json.dumps({'id': 'b', 'text': 'Learning walks'}))
print(json.dumps({'id': 'c', 'text': 'x' * 100001}))
" >"$work/long.jsonl"
"$returns" index "$work/long.jsonl" --db "$work/dblong" --rejects "$work/long-rejects.jsonl" 2>"$work/err"
[ $? -eq 1 ]; check "index: records with an over-long field or text are rejected, exit 1" $?
"$returns" info --db "$work/dblong" | grep -q "^documents: 1$"; check "index: the good record is indexed" $?
grep -q "read 3, taken 1, rejected 2 (field too long for the index: 1, record over the size limit: 1)" "$work/err"
check "index: totals name both reasons ($(tail -1 "$work/err"))" $?
python3 -c "
import json
r = [json.loads(l) for l in open('$work/long-rejects.jsonl')]
assert [x['line'] for x in r] == [1, 3], r
assert r[0]['detail'] == 'collaborative: 300 bytes, more than the index takes', r[0]
assert len(r[1]['raw']) <= 200
"; check "index: the rejects file names line, field and reason" $?

finish index
