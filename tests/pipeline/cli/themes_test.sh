#!/usr/bin/env bash
# returns themes: the lexicon's ids, labels and parents; with --db, counts
# that agree with search's theme facets; --format ids for scripts.
# usage: themes_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" themes --format ids >"$work/ids"
python3 -c "
import yaml
ids = [t['id'] for t in yaml.safe_load(open('$src/lexicon/themes.yaml'))['themes']]
assert open('$work/ids').read().split() == ids, ids
"; check "--format ids lists the lexicon's theme ids in order" $?

"$returns" themes >"$work/text"
grep -q '^moderation  *Moderation' "$work/text"; check "each id with its label" $?

db="$work/db"
build_db "$db"
"$returns" themes --db "$db" >"$work/counts"
"$returns" search --db "$db" --format json --limit 0 >"$work/facets.json"
python3 -c "
import json
facets = json.load(open('$work/facets.json'))['facets']['themes']
for line in open('$work/counts').read().splitlines()[1:]:
    fields = line.split()
    tid, count = fields[0], int([f for f in fields[1:] if f.isdigit()][0])
    assert facets.get(tid, 0) == count, (tid, count, facets.get(tid))
"; check "--db counts agree with search's theme facets" $?

expect_error "themes: an unknown format" 2 "unknown --format 'xml'" "$returns" themes --format xml
finish themes
