#!/usr/bin/env bash
# returns evaluate: the default lexicon against the gold files, each set apart.
# usage: evaluate_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"
gold=$data/gold

"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" >"$work/eval" 2>&1
check "evaluate exit 0" $?
grep -q "^gold set $gold/themes-gold-dev.jsonl: 119 comments$" "$work/eval"; check "evaluate: a title line with the set's size" $?
grep -Eq "^micro average +[0-9]+ +[0-9]+ +[0-9]+ +0\.[89][0-9]{2}" "$work/eval"; check "evaluate prints the micro average" $?
grep -q "^pending: not compared" "$work/eval"; check "evaluate: a set without pending says so" $?

# Several sets: each apart, nothing pooled unless asked.
"$returns" evaluate --gold "$gold/themes-gold-heldout.jsonl" --gold "$gold/heldout-2014-1.jsonl" >"$work/two" 2>&1
check "evaluate two sets: exit 0" $?
[ "$(grep -c '^gold set ' "$work/two")" -eq 2 ]; check "evaluate two sets: two titles" $?
grep -q "^gold set $gold/heldout-2014-1.jsonl: 178 comments$" "$work/two"; check "evaluate: the held-out round's title" $?
grep -q "^pending: 178 of 178 comments coded for pending" "$work/two"; check "evaluate: pending compared" $?
grep -Eq "^where both have the theme, pending or not agrees in [0-9]+ of [0-9]+" "$work/two"; check "evaluate: pending agreement" $?
! grep -q "pooled" "$work/two"; check "evaluate: nothing pooled unless asked" $?
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" --gold "$gold/themes-gold-heldout.jsonl" --pooled >"$work/pooled" 2>&1
grep -q "^gold set (all sets pooled): 198 comments$" "$work/pooled"; check "evaluate --pooled: all sets as one" $?

# JSON for machines: the same figures.
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" --gold "$gold/heldout-2014-1.jsonl" --format json >"$work/json"
check "evaluate --format json: exit 0" $?
python3 - "$work/json" "$work/eval" <<'PY'
import json, re, sys
j = json.load(open(sys.argv[1]))
assert [s["comments"] for s in j["sets"]] == [119, 178], [s["comments"] for s in j["sets"]]
assert "pooled" not in j
dev, held = j["sets"]
text = open(sys.argv[2]).read()
f1 = float(re.search(r"^micro average .* (\S+)$", text, re.M).group(1))
assert abs(dev["pooled"]["f1"] - f1) < 0.0006, (dev["pooled"]["f1"], f1)
assert dev["pending"]["comments"] == 0 and held["pending"]["comments"] == 178
assert {"coded", "tagged", "agree", "precision", "recall", "f1"} <= set(held["pending"]["pooled"])
assert len(dev["themes"]) == 20 and "disagreements" not in dev
PY
check "evaluate --format json: sets apart, figures as in text" $?

# A gold file whose pending theme is not among its themes: the file and line.
printf '{"text":"ok","themes":["moderation"],"pending":[]}\n{"text":"t","themes":["elc"],"pending":["moderation"]}\n' >"$work/bad.jsonl"
expect_error "evaluate: pending not among themes" 2 "bad.jsonl:2: error: pending theme 'moderation' is not among the themes" \
  "$returns" evaluate --gold "$work/bad.jsonl"
# An empty gold file is nothing to score, not a perfect score; a repeated id is said, the last coding counted.
: >"$work/empty.jsonl"
expect_error "evaluate: an empty gold file" 2 "empty.jsonl: error: no coded comments: the file is empty or blank" \
  "$returns" evaluate --gold "$work/empty.jsonl"
expect_error "agreement: an empty coding" 2 "empty.jsonl: error: no coded comments" \
  "$returns" agreement "$work/empty.jsonl" "$gold/themes-gold-dev.jsonl"
printf '{"id":"x","text":"Joint moderation of writing.","themes":[]}\n{"id":"y","text":"Heads met.","themes":[]}\n{"id":"x","text":"Joint moderation of writing.","themes":["moderation"]}\n' >"$work/dup.jsonl"
"$returns" evaluate --gold "$work/dup.jsonl" >"$work/out" 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && grep -qxF "$work/dup.jsonl: note: 1 record was replaced by a later one of the same comment (the last coding counts): x at $work/dup.jsonl:1 (by $work/dup.jsonl:3)" "$work/err" \
  && grep -q "^gold set $work/dup.jsonl: 2 comments" "$work/out" && grep -Eq "^moderation +1 +1 +1 " "$work/out"
ok=$?; check "evaluate: a repeated id said on stderr, the last coding counted ($(cat "$work/err"))" $ok
# --db: the lexicon the database keeps (here: re-indexed with a weakened one), not the bundled one.
weak=$data/lexicons/weakened.yaml
build_db "$work/db"
"$returns" reindex --db "$work/db" --lexicon "$weak" 2>/dev/null
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" --lexicon "$weak" >"$work/weak.txt" 2>/dev/null
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" --db "$work/db" >"$work/db.txt" 2>/dev/null
ok=$?
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" >"$work/default.txt" 2>/dev/null
[ $ok -eq 0 ] && cmp -s "$work/weak.txt" "$work/db.txt" && ! cmp -s "$work/db.txt" "$work/default.txt"
check "evaluate --db: the database's lexicon measured, as --lexicon with its file" $?
"$returns" lexicon suggest --gold "$gold/themes-gold-dev.jsonl" --db "$work/db" --format json | python3 -c "
import json, sys
assert json.load(sys.stdin)['lexicon']['name'] == 'weakened'
"; check "lexicon suggest --db: the database's lexicon" $?
expect_error "evaluate: no --gold" 2 "--gold FILE is required" "$returns" evaluate
expect_error "evaluate: bad --format" 2 "unknown --format 'xml'" "$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" --format xml

finish evaluate
