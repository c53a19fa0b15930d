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

# A database of an older schema (7: its text's words as written and stemmed
# both with positions; made here with Debian's python3-xapian from a new
# one): refused with how to bring it up to date, and reindex rewrites it in
# place to find what a new database finds, with positions on stemmed words only.
if /usr/bin/python3 -c "import xapian" 2>/dev/null; then
  old="$work/old"
  build_db "$old"
  for q in '' 'moderat*' '"learning walk"' 'Learning'; do
    "$returns" search --db "$old" "$q" --limit 1000 --format json
  done >"$work/old-before.json"
  /usr/bin/python3 -c "
import json, sys, xapian
db = xapian.WritableDatabase(sys.argv[1], xapian.DB_OPEN)
tg = xapian.TermGenerator()
tg.set_stemmer(xapian.Stem('english'))
tg.set_stemming_strategy(xapian.TermGenerator.STEM_SOME_FULL_POS)
for docid in [p.docid for p in db.postlist('')]:
    doc = db.get_document(docid)
    for t in [t.term for t in doc.termlist() if t.term[:1] not in (b'Q', b'X')]:
        doc.remove_term(t)
    tg.set_document(doc)
    tg.index_text(json.loads(doc.get_data().split(b'\\0')[0])['text'])
    db.replace_document(docid, doc)
db.set_metadata('returns.schema', '7')
db.set_metadata('returns.vocabulary', '')  # schema 7 had none: reindex must make it
db.commit()
" "$(ls -d "$old"/gen-* | tail -1)"
  version=$(sed -n 's/^constexpr int kSchemaVersion = \([0-9]*\);.*/\1/p' "$src/index/store/schema.h")
  expect_error "search on a schema-7 database" 2 \
    "$old: error: database schema version 7, this program reads version $version; re-index with: returns reindex --db $old --lexicon FILE" \
    "$returns" search --db "$old" moderation
  "$returns" reindex --db "$old" --lexicon "$src/lexicon/themes.yaml" >"$work/out" 2>"$work/err"
  ok=$?; check "reindex brings a schema-7 database up to date ($(cat "$work/err"))" $ok
  "$returns" info --db "$old" | grep -q "^schema:    $version$"; check "info shows schema $version after reindex" $?
  for q in '' 'moderat*' '"learning walk"' 'Learning'; do
    "$returns" search --db "$old" "$q" --limit 1000 --format json
  done >"$work/old-after.json"
  cmp -s "$work/old-before.json" "$work/old-after.json"
  check "the upgraded database finds what a new one does: all, a wildcard, a phrase, a capitalised word" $?
  /usr/bin/python3 -c "
import sys, xapian
db = xapian.Database(sys.argv[1])
n = 0
for p in db.postlist(''):
    for t in db.get_document(p.docid).termlist():
        assert t.term[:1] in (b'Q', b'X', b'Z'), t.term
        if t.term[:1] == b'Z':
            n += 1
            assert list(db.positionlist(p.docid, t.term)), t.term
assert n > 1000, n
words = db.get_metadata('returns.vocabulary').decode().split('\\n')
assert 'moderation' in words and words == sorted(set(words)), len(words)
" "$old"
  check "after reindex the words are stemmed, with positions, and the words as written are in the vocabulary" $?
else
  echo "note: schema upgrade check skipped: /usr/bin/python3 has no xapian (apt-get install python3-xapian)"
fi

finish reindex
