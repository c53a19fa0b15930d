#!/usr/bin/env bash
# Filter values checked, with suggestions (index/query/filter_values.h): a
# theme, district, collaborative, question, round or lead school that nothing
# known holds is an error (exit 2) naming the nearest; themes by id or label.
# usage: values_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db="$work/db"
build_db "$db"

# Every command that selects, on each kind of value.
expect_error "search --theme ict" 2 "no theme 'ict'" "$returns" search --db "$db" --theme ict
expect_error "search --district Dovr" 2 "did you mean 'Dover'?" "$returns" search --db "$db" --district Dovr
expect_error "search district: in the query" 2 "did you mean 'Dover'?" "$returns" search --db "$db" 'moderation district:Dovr'
expect_error "search --round" 2 "no round '2014-3'" "$returns" search --db "$db" --round 2014-3
expect_error "search --question 5" 2 "it holds 2, 3" "$returns" search --db "$db" --question 5
expect_error "search theme: typo" 2 "did you mean 'peer_review'?" "$returns" search --db "$db" 'theme:peer-reviews'
expect_error "search lead:" 2 "no lead school 'Lymnge Schol'" "$returns" search --db "$db" 'lead:"Lymnge Schol"'
expect_error "search --collaborative" 2 "did you mean 'Raising Achievement in Dover (RAiD)'?" \
  "$returns" search --db "$db" --collaborative "Raising Achievement in Dovr"
expect_error "summary --district" 2 "did you mean 'Dover'?" "$returns" summary --db "$db" --district Dovr
expect_error "appendix --theme" 2 "did you mean 'mathematics'?" "$returns" appendix --db "$db" --theme maths
expect_error "quotes --theme" 2 "no theme 'Trust and relationship'" "$returns" quotes --db "$db" --theme "Trust and relationship"
expect_error "remove --round" 2 "no round '2014-3'" "$returns" remove --db "$db" --round 2014-3
expect_error "remove --collaborative" 2 "did you mean 'Raising Achievement in Dover (RAiD)'?" \
  "$returns" remove --db "$db" --round 2013-03 --collaborative "Raising Achievement in Dovr"

# A label is a theme's name as much as its id: the same comments either way.
by_id=$("$returns" search --db "$db" --theme relationships --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
by_label=$("$returns" search --db "$db" --theme "Trust and relationships" --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
in_query=$("$returns" search --db "$db" 'theme:"TRUST AND RELATIONSHIPS"' --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
[ "$by_id" -gt 0 ] && [ "$by_id" = "$by_label" ] && [ "$by_id" = "$in_query" ]; check "theme by id $by_id, label $by_label, in query $in_query" $?
"$returns" quotes --db "$db" --theme "Trust and relationships" >"$work/quotes.txt" 2>&1
grep -q "^1\. " "$work/quotes.txt"; check "quotes by label quotes" $?

# Known values that no comment holds together: an empty answer, exit 0.
"$returns" search --db "$db" --district Dover --question 3 zzzqqq >"$work/empty.txt" 2>&1
check "known values, nothing between them: exit 0" $?
grep -q "^0 comments match" "$work/empty.txt"; check "known values: 0 comments" $?

# remove --collaborative by a register alias removes that collaborative's comments.
raid=$("$returns" search --db "$db" --collaborative "Raising Achievement in Dover (RAiD)" --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
before=$("$returns" info --db "$db" | sed -n 's/^documents: //p')
"$returns" remove --db "$db" --round 2013-03 --collaborative RAiD 2>"$work/remove.err"
check "remove by alias: exit 0" $?
after=$("$returns" info --db "$db" | sed -n 's/^documents: //p')
[ "$raid" -gt 0 ] && [ $((before - after)) -eq "$raid" ]; check "remove by alias took $((before - after)), RAiD had $raid" $?
grep -q "remove: $raid comments" "$work/remove.err"; check "remove counts what it took" $?

finish values
