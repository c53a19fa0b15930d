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
ok=$?; check "index exit 0 ($(cat "$work/err"))" $ok
"$returns" info --db "$db" >"$work/info"
grep -q "^documents: $n$" "$work/info" && grep -q "^returns:   90$" "$work/info" && grep -q "^rounds:    2013-03$" "$work/info" \
  && grep -q "^lexicon:   kent-codebook [0-9][0-9.]* (" "$work/info" && grep -q "^schema:    [0-9][0-9]*$" "$work/info" \
  && grep -q "^facets:    table current ($n comments)$" "$work/info"
ok=$?; check "info: documents, returns, rounds, lexicon, schema, facet table ($(tr '\n' ' ' <"$work/info"))" $ok
# A table of another revision is told apart from a damaged one, and neither is used.
cp "$db/facet-table" "$work/facet-table"
printf 'returns-facet-table 1\nL\005other' >"$db/facet-table"
"$returns" info --db "$db" | grep -q "^facets:    table of another revision, not used"
ok=$?
printf 'not a table' >"$db/facet-table"
"$returns" info --db "$db" | grep -q "^facets:    table damaged (not a facet table this program wrote"
ok=$((ok + $?))
cp "$work/facet-table" "$db/facet-table"
check "info: a facet table of another revision, a damaged one" $ok
"$returns" index "$corpus" --db "$db" --round 2013-03 2>/dev/null
"$returns" info --db "$db" | grep -q "^documents: $n$"; check "indexing the same input again keeps the count" $?

# Killed mid-way (the test hook aborts after 100 comments, as kill -9 would): the earlier contents stay.
RETURNS_TEST_ABORT_AFTER=100 "$returns" index "$corpus" --db "$db" --round 2014-03 >/dev/null 2>&1
[ $? -ge 128 ]; check "the aborted run died" $?
"$returns" info --db "$db" >"$work/info2" 2>&1
grep -q "^documents: $n$" "$work/info2" && grep -q "^rounds:    2013-03$" "$work/info2"
ok=$?; check "a killed run leaves the database as it was ($(tr '\n' ' ' <"$work/info2"))" $ok

# Incremental batches: the bundled corpus, then a CSV batch for another round, then the same batch again.
same="$data/intake/same"
db3="$work/db3"
build_db "$db3"
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 6))$"; check "a new round adds its comments" $?
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" >"$work/info3"
grep -q "^documents: $((n + 6))$" "$work/info3" && grep -q "^rounds:    2013-03, 2014-03$" "$work/info3"
ok=$?; check "the same batch again replaces, never duplicates ($(tr '\n' ' ' <"$work/info3"))" $ok
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

# Regression: re-indexing a file after a register change doubled its comments.
# The register now names a collaborative otherwise (register add, the written
# name an alias) and knows a lead school's other spelling (the documented CSV
# edit): two return ids change. Indexing the same file again replaces every
# comment it gave, whatever their ids; another file of the round keeps its own.
new="$data/intake/names/new-round.csv"
cp "$src/corpus/collaboratives.csv" "$work/reg.csv"
db7="$work/db7"
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,"Learning walks continue."\n' >"$work/other.csv"
"$returns" index "$new" "$work/other.csv" --db "$db7" --round 2014-03 --register "$work/reg.csv" 2>/dev/null
check "before the register change: indexed" $?
first=$("$returns" info --db "$db7" | sed -n 's/^documents: //p')
total() { "$returns" search --db "$db7" --limit 0 --format json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
[ "$first" = 6 ] && [ "$(total 'lead:"Lyminge CEP"')" = 1 ]; check "before: 6 comments, the lead school as written ($first)" $?
"$returns" register add --register "$work/reg.csv" --collaborative "Marsh Schools Federation" --district Shepway \
  --lead-school "Brookland CEP" --alias "Brookland and Snargate Federation" 2>/dev/null
sed -i 's/^Shepway Rural Mini Hub,Shepway,Lyminge School,/Shepway Rural Mini Hub,Shepway,Lyminge School|Lyminge CEP,/' "$work/reg.csv"
"$returns" index "$new" --db "$db7" --round 2014-03 --register "$work/reg.csv" 2>"$work/err"
ok=$?; check "after the register change: the same file indexed again ($(tail -1 "$work/err"))" $ok
"$returns" info --db "$db7" | grep -q "^documents: $first$"; check "re-indexed: the comment count is the first run's, no doubles" $?
[ "$(total --collaborative "Marsh Schools Federation" --register "$work/reg.csv")" = 1 ] \
  && [ "$(total 'collaborative:"Marsh Schools Federation"')" = 1 ] \
  && [ "$(total 'lead:"Lyminge School"')" = 1 ]
check "re-indexed: the new canonical names are found" $?
# A name no comment holds any more is an unknown value (filter_values.h).
"$returns" search --db "$db7" 'lead:"Lyminge CEP"' 2>&1 | grep -q "no lead school 'Lyminge CEP'"
check "re-indexed: the old lead school spelling is gone" $?
"$returns" search --db "$db7" --collaborative "Brookland and Snargate Federation" 2>&1 | grep -q "no collaborative 'Brookland and Snargate Federation'"
check "re-indexed: the old collaborative name is gone" $?
"$returns" summary --db "$db7" --by collaborative --format json | python3 -c "
import json, sys
by = json.dumps(json.load(sys.stdin)['by'])
assert 'Marsh Schools Federation' in by and 'Brookland and Snargate Federation' not in by, by[:400]
"; check "re-indexed: summary --by collaborative has the new name only" $?
[ "$(total --collaborative "M7 Partnership")" = 1 ]; check "re-indexed: the other file's comment in the round is kept" $?
! grep -q "replaced return" "$work/err"; check "re-indexed: the same file again replaces nothing worth saying" $?
# A correction file: its return replaces other.csv's, and says so with both places.
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,"Learning walks, corrected."\n' >"$work/fix.csv"
"$returns" index "$work/fix.csv" --db "$db7" --round 2014-03 --register "$work/reg.csv" 2>"$work/err"
grep -qx "index: $work/fix.csv:2: replaced return q2/m7-partnership/minster-primary of round 2014-03, indexed from $work/other.csv:2" "$work/err" \
  && "$returns" info --db "$db7" | grep -q "^documents: $first$"
ok=$?; check "a correction file: the replaced return named with the file it came from ($(grep replaced "$work/err"))" $ok

# Two folders' returns.csv, each indexed from its folder: the same name, another file.
mkdir -p "$work/north" "$work/south"
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,Learning walks.\nDover,RAiD,Priory Fields,3,Shared moderation.\n' >"$work/north/returns.csv"
printf 'District,Collaborative,Lead School(s),Question,Answer\nDover,RAiD,Priory Fields,2,Peer review.\n' >"$work/south/returns.csv"
(cd "$work/north" && "$returns" index returns.csv --db "$work/db-ns" --round 2015 2>/dev/null)
(cd "$work/south" && "$returns" index returns.csv --db "$work/db-ns" --round 2015 >/dev/null 2>"$work/err")
[ $? -eq 2 ] && grep -qF "returns: returns.csv: error: round 2015 holds 2 comments indexed under this name from another file, $(realpath "$work/north/returns.csv"), which this one ($(realpath "$work/south/returns.csv")) would replace." "$work/err" \
  && "$returns" info --db "$work/db-ns" | grep -q "^documents: 2$"
ok=$?; check "another folder's file of the same name: refused, both named, nothing written ($(cat "$work/err"))" $ok
mv "$work/north/returns.csv" "$work/north/old.csv"
(cd "$work/south" && "$returns" index returns.csv --db "$work/db-ns" --round 2015 >/dev/null 2>"$work/err")
ok=$?
grep -qxF "index: returns.csv: replaced 2 comments of round 2015 read from $(realpath "$work")/north/returns.csv, which is no longer there, with this run's $(realpath "$work/south/returns.csv")" "$work/err" \
  && grep -q "^index: 1 comment indexed into $work/db-ns (1 document)$" "$work/err" && [ $ok -eq 0 ]
ok=$?; check "the earlier file gone: replaced, and said ($(cat "$work/err"))" $ok

# A comment with no round could be neither replaced nor removed (remove
# --round '' is refused): index rejects it, all or nothing as for any reject.
expect_error "index without --round" 1 "$new:2: error: no round (give --round or a round column)" \
  "$returns" index "$new" --db "$work/db8"
grep -q "^index: read 8, taken 0, no answer 3, rejected 5 (no round: 5)$" "$work/err"; ok=$?; check "index without --round: totals ($(tail -1 "$work/err"))" $ok
"$returns" info --db "$work/db8" >/dev/null 2>&1; [ $? -eq 2 ]; check "index without --round: no database written" $?
printf 'District,Collaborative,Lead School(s),Question,Round,Answer\nThanet,M7 Partnership,Minster Primary,2,2014-03,Learning walks.\nDover,RAiD,Priory Fields,3,,Shared moderation.\n' >"$work/rounds.csv"
db9="$work/db9"
build_db "$db9"
"$returns" info --db "$db9" | grep -v "^written:" >"$work/before9"
"$returns" index "$work/rounds.csv" --db "$db9" >/dev/null 2>"$work/err"
[ $? -eq 1 ] && grep -qxF "$work/rounds.csv:3: error: no round (give --round or a round column)" "$work/err"
check "a row with an empty Round cell: rejected, exit 1" $?
"$returns" info --db "$db9" | grep -v "^written:" | cmp -s - "$work/before9"; check "a row with no round: nothing committed" $?
"$returns" index "$work/rounds.csv" --db "$db9" --keep-going 2>/dev/null
[ $? -eq 1 ] && [ "$("$returns" search --db "$db9" --round 2014-03 --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" = 1 ]
check "--keep-going: the row with its round committed, exit 1" $?
echo '{"id": "x", "text": "Joint moderation"}' | "$returns" index - --db "$work/db10" >/dev/null 2>"$work/err"
[ $? -eq 1 ] && grep -qxF "<stdin>:1: error: no round (give --round or a round column)" "$work/err"
ok=$?; check "JSON Lines records without a round: rejected too ($(head -1 "$work/err"))" $ok
echo '{"id": "x", "text": "Joint moderation"}' | "$returns" index - --db "$work/db10" --round 2014-03 2>/dev/null
check "JSON Lines records given --round: indexed" $?

# Regression: a field too long for Xapian rejects its record, not the run; the 100,000-byte limit holds for JSON Lines too.
python3 -c "
import json
print(json.dumps({'id': 'a', 'text': 'Joint moderation', 'collaborative': 'C' * 300}))
print(json.dumps({'id': 'b', 'text': 'Learning walks'}))
print(json.dumps({'id': 'c', 'text': 'x' * 100001}))
" >"$work/long.jsonl"
# (Since index runs are all or nothing, the good record is indexed only with --keep-going.)
"$returns" index "$work/long.jsonl" --db "$work/dblong" --round 2014-03 --rejects "$work/long-rejects.jsonl" --keep-going 2>"$work/err"
[ $? -eq 1 ]; check "index: records with an over-long field or text are rejected, exit 1" $?
"$returns" info --db "$work/dblong" | grep -q "^documents: 1$"; check "index --keep-going: the good record is indexed" $?
grep -q "read 3, taken 1, rejected 2 (field too long for the index: 1, record over the size limit: 1)" "$work/err"
ok=$?; check "index: totals name both reasons ($(tail -1 "$work/err"))" $ok
grep -q "^index: --keep-going: the taken records were committed without the 2 rejected$" "$work/err"
check "index --keep-going: says what it committed" $?
python3 -c "
import json
r = [json.loads(l) for l in open('$work/long-rejects.jsonl')]
assert [x['line'] for x in r] == [1, 3], r
assert r[0]['detail'] == 'collaborative: 300 bytes, more than the index takes', r[0]
assert len(r[1]['raw']) <= 200
"; check "index: the rejects file names line, field and reason" $?

# An index run is all or nothing: a batch read with the wrong encoding (a
# Windows "CSV (Comma delimited)" export read as UTF-8) rejects 7 of 8 rows;
# the eighth is not committed, the index is as it was, the rejects are listed
# and written, exit 1. --encoding reads all 8; --keep-going commits the one.
batch="$data/intake/bad/windows-1252-batch.csv"
db4="$work/db4"
build_db "$db4"
"$returns" info --db "$db4" | grep -v "^written:" >"$work/before"
"$returns" index "$batch" --db "$db4" --round 2014-03 --rejects "$work/batch-rejects.jsonl" >"$work/out" 2>"$work/err"
[ $? -eq 1 ]; ok=$?; check "index, wrong encoding: exit 1 ($(tail -1 "$work/err"))" $ok
"$returns" info --db "$db4" | grep -v "^written:" | cmp -s - "$work/before"
check "index, wrong encoding: the index is unchanged (no round 2014-03)" $?
# The round is not there at all: searching it is an unknown value (filter_values.h).
"$returns" search --db "$db4" --round 2014-03 --format json 2>&1 | grep -q "no round '2014-03'"
check "index, wrong encoding: the taken row is not searchable" $?
[ "$(grep -c ': error: invalid UTF-8' "$work/err")" -eq 7 ]; check "index, wrong encoding: each reject listed as an error" $?
[ "$(wc -l <"$work/batch-rejects.jsonl")" -eq 7 ]; check "index, wrong encoding: the rejects file has the 7" $?
grep -q "^index: nothing committed: 7 records were rejected (the database has none of this batch);.*--keep-going to index the 1 taken without them$" "$work/err"
check "index, wrong encoding: says nothing was committed and what to do" $?
grep -q "^index: invalid UTF-8: a file that is not UTF-8 needs --encoding" "$work/err"
check "index, wrong encoding: the --encoding advice, for invalid UTF-8" $?
grep -q "^index: read 8, taken 1, rejected 7 (invalid UTF-8: 7)$" "$work/err"; check "index, wrong encoding: totals" $?
! grep -q "indexed into" "$work/err"; check "index, wrong encoding: no 'indexed' line" $?
# Every record rejected (no round given): --keep-going is no advice, it would index nothing.
"$returns" index "$batch" --db "$work/db7" --encoding windows-1252 2>"$work/err"
[ $? -eq 1 ] && grep -qx "index: nothing committed: 8 records were rejected (the database has none of this batch); correct them and run again" "$work/err"
check "index, every record rejected: says what to do, and not --keep-going" $?
"$returns" index "$batch" --db "$work/db5" --round 2014-03 --strict 2>"$work/err"
[ $? -eq 1 ] && ! "$returns" info --db "$work/db5" 2>/dev/null | grep -q "^documents: [1-9]"
check "index --strict: still stops with nothing committed" $?
grep -qx "index: nothing committed (--strict): [0-9]* records\{0,1\} w[a-z]* rejected; correct [a-z]* and run again, or run without --strict to see every reject, and with --keep-going to index the rest (the totals below are of what was read before --strict stopped)" "$work/err"
check "index --strict: says that nothing was committed and what to do" $?
"$returns" index "$batch" --db "$db4" --round 2014-03 --encoding windows-1252 2>"$work/err"
[ $? -eq 0 ] && [ "$("$returns" search --db "$db4" --round 2014-03 --format json --limit 0 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" = 8 ]
ok=$?; check "index --encoding windows-1252: all 8 rows indexed ($(tail -1 "$work/err"))" $ok
"$returns" index "$batch" --db "$work/db6" --round 2014-03 --keep-going 2>"$work/err"
[ $? -eq 1 ] && "$returns" info --db "$work/db6" | grep -q "^documents: 1$"
check "index --keep-going: commits the one taken row, exit 1" $?

finish index
