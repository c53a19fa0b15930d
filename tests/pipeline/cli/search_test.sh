#!/usr/bin/env bash
# returns search: theme facets, phrase queries and filters checked against
# independent counts from ingest and tag output; queries the parser rejects
# and a missing database are errors.
# usage: search_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

ingest_corpus
tag_corpus
n=$(wc -l <"$work/a.jsonl")
db="$work/db"
build_db "$db"

# Theme facets equal counts computed independently from `returns tag` output.
"$returns" search --db "$db" --limit 0 --format json >"$work/all.json"
python3 -c "
import json, collections
facets = json.load(open('$work/all.json'))
counts = collections.Counter(t for l in open('$work/t1.jsonl') for t in json.loads(l)['themes'])
assert facets['total'] == $n, facets['total']
assert facets['facets']['themes'] == dict(counts), (facets['facets']['themes'], counts)
"; check "theme facets equal counts from tag output" $?

# theme:none: exactly the comments tag gave no theme; NOT theme:none the others.
"$returns" search 'theme:none' --db "$db" --limit 1000 --format json >"$work/none.json"
"$returns" search 'NOT theme:none' --db "$db" --limit 1000 --format json >"$work/some.json"
python3 -c "
import json
def ids(f): return {r['comment_id'] for r in json.load(open(f))['results']}
rows = [json.loads(l) for l in open('$work/t1.jsonl')]
none = {r['comment_id'] for r in rows if not r['themes']}
assert none and ids('$work/none.json') == none, len(none)
assert ids('$work/some.json') == {r['comment_id'] for r in rows} - none
assert 'none' not in json.load(open('$work/none.json'))['facets']['themes']
"; check "theme:none and NOT theme:none split the comments as tag output does" $?

# A phrase query returns exactly the comments containing the phrase or its
# inflections ("Learning Walks"), whatever the case typed; a wildcard matches
# the words that begin with it (any of their forms: the vocabulary's words, stemmed).
"$returns" search '"learning walk"' --db "$db" --limit 1000 --format json >"$work/phrase.json"
"$returns" search '"Learning Walk"' --db "$db" --limit 1000 --format json >"$work/phrase-capital.json"
"$returns" search 'learning NEAR/1 Walks' --db "$db" --limit 1000 --format json >"$work/near.json"
"$returns" search 'moderat*' --db "$db" --limit 1000 --format json >"$work/wildcard.json"
python3 -c "
import json, re
def ids(f): return {r['comment_id'] for r in json.load(open(f))['results']}
got, got_capital, got_near, got_wild = (ids('$work/' + f + '.json') for f in ('phrase', 'phrase-capital', 'near', 'wildcard'))
want, want_near, want_wild = set(), set(), set()
for l in open('$work/a.jsonl'):
    r = json.loads(l)
    words = re.findall(r\"[\w’']+\", r['text'].lower())
    pairs = list(zip(words, words[1:]))
    learn = lambda w: re.fullmatch('learn(s|ed|ing)?', w)
    walk = lambda w: re.fullmatch('walk(s|ed|ing)?', w)
    if any(learn(a) and walk(b) for a, b in pairs): want.add(r['comment_id'])
    if any((learn(a) and walk(b)) or (walk(a) and learn(b)) for a, b in pairs): want_near.add(r['comment_id'])
    if any(w.startswith('moderat') for w in words): want_wild.add(r['comment_id'])
assert got == want and got, (sorted(got ^ want))
assert got_capital == got, (sorted(got_capital ^ got))
assert got_near == want_near and got <= got_near, (sorted(got_near ^ want_near))
assert got_wild == want_wild and got_wild, (sorted(got_wild ^ want_wild))
"; check "a phrase, NEAR and a wildcard return exactly the comments they name, in any case" $?

"$returns" search 'theme:moderation district:Dover' --db "$db" --format json >"$work/dover.json"
python3 -c "
import json
d = json.load(open('$work/dover.json'))
assert d['total'] > 0 and all(r['district'] == 'Dover' and 'moderation' in r['themes'] for r in d['results'])
assert all('**' in r['snippet'] for r in d['results'])
"; check "every comment on moderation in Dover, highlighted" $?

# A district by any of its spellings: "and" for "&", and Shepway by its name since 2018.
for spelling in "Tonbridge & Malling" "Tonbridge and Malling" "Shepway" "Folkestone & Hythe" "folkestone and hythe"; do
  "$returns" search --district "$spelling" --db "$db" --format json >"$work/by-option.json" 2>"$work/err"; ok=$?
  "$returns" search "district:\"$spelling\"" --db "$db" --format json >"$work/by-query.json" 2>>"$work/err"; ok=$((ok + $?))
  python3 -c "
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
want = 'Tonbridge & Malling' if 'onbridge' in sys.argv[3] else 'Shepway'
assert a['total'] > 0 and a['total'] == b['total'], (a['total'], b['total'])
assert all(r['district'] == want for r in a['results'] + b['results'])
" "$work/by-option.json" "$work/by-query.json" "$spelling" && [ $ok -eq 0 ]
  check "search: the district '$spelling' as an option and in a query finds its comments" $?
done

expect_error "search: a query the parser rejects" 2 "cannot parse the query 'moderation AND'" \
  "$returns" search "moderation AND" --db "$db"
expect_error "search: unbalanced parentheses" 2 "error: query: unbalanced '(' at position 1" \
  "$returns" search "(moderation OR trust" --db "$db"
expect_error "search: a ')' with no '('" 2 "error: query: unbalanced ')' at position 11" \
  "$returns" search 'moderation) "a (phrase"' --db "$db" --format json
"$returns" search '"peer (review" OR (moderation)' --db "$db" >/dev/null 2>"$work/err"
check "search: parentheses inside a phrase are text, paired ones outside are fine" $?
expect_error "search: no database" 2 "$work/nodb: error: no database here" "$returns" search moderation --db "$work/nodb"

# Regression: a query that is not UTF-8 with --format json aborted (exit 134).
expect_error "regression: a query that is not UTF-8 is named, not an abort" 2 "is not UTF-8: 'mod\xE9ration'" \
  "$returns" search "mod$(printf '\xe9')ration" --db "$db" --format json

# --no-facets: the total of a query Xapian stops early on is an estimate, and
# says so ("about N", "total_estimated"); where it is exact, it is the total
# with facets and nothing is added.
"$returns" search 'mod* OR trust' --db "$db" --format json >"$work/exact.json"
"$returns" search 'mod* OR trust' --db "$db" --no-facets --format json >"$work/estimate.json"
"$returns" search 'mod* OR trust' --db "$db" --no-facets >"$work/estimate.txt"
"$returns" search 'moderation' --db "$db" --no-facets --limit 1000 --format json >"$work/seen.json"
"$returns" search 'moderation' --db "$db" --limit 1000 --format json >"$work/seen-facets.json"
python3 -c "
import json
exact, estimate = json.load(open('$work/exact.json')), json.load(open('$work/estimate.json'))
assert 'total_estimated' not in exact and estimate.get('total_estimated') is True, estimate
seen, facets = json.load(open('$work/seen.json')), json.load(open('$work/seen-facets.json'))
assert 'total_estimated' not in seen and seen['total'] == facets['total'], (seen['total'], facets['total'])
" && grep -q '^about [0-9]* comments match' "$work/estimate.txt"
check "--no-facets says when its total is an estimate" $?

finish search
