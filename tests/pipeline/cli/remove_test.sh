#!/usr/bin/env bash
# returns remove: a round's comments, or one collaborative's in a round.
# usage: remove_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

ingest_corpus
n=$(wc -l <"$work/a.jsonl")

# The bundled corpus as 2013-03; a 2014-03 batch of six comments (two from
# Samphire Hub, four from M7 Partnership), then M7's question 2 re-sent as
# one comment: 2014-03 holds five, two of them Samphire Hub's.
db3="$work/db3"
build_db "$db3"
"$returns" index "$data/intake/same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,"Learning walks continue."\n' >"$work/shorter.csv"
"$returns" index "$work/shorter.csv" --db "$db3" --round 2014-03 2>/dev/null

cp "$db3/facet-table" "$work/facet-table-before"
"$returns" remove --db "$db3" --round 2014-03 --collaborative "M7 Partnership" 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 2))$"; check "remove --round --collaborative" $?
# remove keeps the facet table of what is left (index/query/facet_table_file.h),
# and a summary counted from it is the one counted from a table built afresh.
test -s "$db3/facet-table" && ! cmp -s "$db3/facet-table" "$work/facet-table-before" &&
  "$returns" info --db "$db3" | grep -q "^facets:    table current ($((n + 2)) comments)$"
check "remove writes the facet table again, for what is left" $?
with=$("$returns" summary --db "$db3" --format json --by round)
mv "$db3/facet-table" "$work/facet-table"
without=$("$returns" summary --db "$db3" --format json --by round)
mv "$work/facet-table" "$db3/facet-table"
[ -n "$with" ] && [ "$with" = "$without" ]; check "summary from the kept table = summary from a table built afresh" $?
# Again: M7 has no comments left in 2014-03 (it has in 2013-03, so no typo):
# nothing changes, nothing is written (the same generation, the same table).
ls "$db3" >"$work/generation-before"
cp "$db3/facet-table" "$work/facet-table-before"
"$returns" remove --db "$db3" --round 2014-03 --collaborative "M7 Partnership" 2>"$work/again.err"
check "remove of what is not there: exit 0" $?
grep -q "^remove: no comments of round 2014-03, collaborative M7 Partnership in $db3: nothing changed$" "$work/again.err"
check "remove of what is not there says nothing changed" $?
ls "$db3" | cmp -s - "$work/generation-before" && cmp -s "$db3/facet-table" "$work/facet-table-before"
check "remove of what is not there writes no generation" $?
"$returns" info --db "$db3" | grep -q "^documents: $((n + 2))$"; check "remove of what is not there keeps every comment" $?
"$returns" remove --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $n$"; check "remove --round" $?

finish remove
