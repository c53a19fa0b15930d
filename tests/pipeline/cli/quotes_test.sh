#!/usr/bin/env bash
# returns quotes: typical comments for one theme, from distinct collaboratives.
# usage: quotes_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db2="$work/db2"
build_db "$db2"

"$returns" quotes --theme moderation --count 4 --db "$db2" --format json >"$work/quotes.json"
python3 -c "
import json
q = json.load(open('$work/quotes.json'))
assert len(q) == 4 and len({x['collaborative'] for x in q}) == 4
assert all('moderat' in x['text'].lower() or 'levelling' in x['text'].lower() for x in q)
assert [x['score'] for x in q] == sorted((x['score'] for x in q), reverse=True)
"; check "quotes: four typical moderation comments from four collaboratives" $?
expect_error "quotes: one theme" 2 "give exactly one --theme" "$returns" quotes --db "$db2"

finish quotes
