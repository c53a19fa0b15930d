#!/usr/bin/env bash
# returns reindex: a changed lexicon (here, a new theme for ICT) changes
# exactly the tags it should, and the database records the new lexicon.
# usage: reindex_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

tag_corpus
db="$work/db"
build_db "$db"

sed 's/^themes:$/themes:\n  - id: ict\n    label: ICT\n    rules:\n      - acronym: ICT/' "$src/lexicon/themes.yaml" \
  | sed 's/^version: ".*"$/version: "1.1-ict"/' >"$work/ict.yaml"
"$returns" tag --lexicon "$work/ict.yaml" "$corpus" >"$work/ict-tags.jsonl" 2>/dev/null
"$returns" reindex --db "$db" --lexicon "$work/ict.yaml" >"$work/out" 2>"$work/err"
ok=$?; check "reindex exit 0 ($(cat "$work/err"))" $ok
"$returns" search --db "$db" --limit 1000 --format json >"$work/after.json"
python3 -c "
import json
before = {json.loads(l)['id']: json.loads(l)['themes'] for l in open('$work/t1.jsonl')}
want = {json.loads(l)['id']: json.loads(l)['themes'] for l in open('$work/ict-tags.jsonl')}
after = {r['comment_id']: r['themes'] for r in json.load(open('$work/after.json'))['results']}
assert after == want
changed = {k for k in before if before[k] != after[k]}
assert changed and all(set(after[k]) - set(before[k]) == {'ict'} for k in changed)
assert changed == {k for k, v in want.items() if 'ict' in v}
"; check "reindex changes exactly the tags it should" $?
grep -q "^reindex: [1-9][0-9]* comments re-tagged differently with kent-codebook 1.1-ict$" "$work/err"
check "reindex reports the lexicon" $?
"$returns" info --db "$db" | grep -q "^lexicon:   kent-codebook 1.1-ict"; check "info shows the new lexicon" $?
# The theme the new lexicon adds is named by its label (the theme names kept with it).
n=$("$returns" search --db "$db" --theme ICT --limit 1000 --format json | python3 -c "import json, sys; print(len(json.load(sys.stdin)['results']))")
want=$(python3 -c "import json; print(sum('ict' in json.loads(l)['themes'] for l in open('$work/ict-tags.jsonl')))")
[ "$n" = "$want" ] && [ "$n" -gt 0 ]; check "a theme the new lexicon adds is found by its label ($n of $want)" $?

# A database of an older schema (4; set here with Debian's python3-xapian):
# refused with how to bring it up to date, and reindex rewrites it in place.
if /usr/bin/python3 -c "import xapian" 2>/dev/null; then
  old="$work/old"
  build_db "$old"
  "$returns" search --db "$old" --limit 1000 --format json >"$work/old-before.json"
  "$returns" search --db "$old" 'moderat*' --limit 1000 --format json >"$work/old-wildcard-before.json"
  /usr/bin/python3 -c "
import sys, xapian
db = xapian.WritableDatabase(sys.argv[1], xapian.DB_OPEN)
db.set_metadata('returns.schema', '4')
db.commit()
" "$(ls -d "$old"/gen-* | tail -1)"
  version=$(sed -n 's/^constexpr int kSchemaVersion = \([0-9]*\);.*/\1/p' "$src/index/store/schema.h")
  expect_error "search on a schema-4 database" 2 \
    "$old: error: database schema version 4, this program reads version $version; re-index with: returns reindex --db $old --lexicon FILE" \
    "$returns" search --db "$old" moderation
  "$returns" reindex --db "$old" --lexicon "$src/lexicon/themes.yaml" >"$work/out" 2>"$work/err"
  ok=$?; check "reindex brings a schema-4 database up to date ($(cat "$work/err"))" $ok
  "$returns" info --db "$old" | grep -q "^schema:    $version$"; check "info shows schema $version after reindex" $?
  "$returns" search --db "$old" --limit 1000 --format json >"$work/old-after.json"
  cmp -s "$work/old-before.json" "$work/old-after.json"; check "the upgraded database finds what it did" $?
  "$returns" search --db "$old" 'moderat*' --limit 1000 --format json >"$work/old-wildcard-after.json"
  python3 -c "import json, sys; assert json.load(open(sys.argv[1]))['total'] > 0" "$work/old-wildcard-after.json" &&
    cmp -s "$work/old-wildcard-before.json" "$work/old-wildcard-after.json"
  check "the upgraded database's wildcards find what they did" $?
else
  echo "note: schema upgrade check skipped: /usr/bin/python3 has no xapian (apt-get install python3-xapian)"
fi

finish reindex
