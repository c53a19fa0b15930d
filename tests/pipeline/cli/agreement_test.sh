#!/usr/bin/env bash
# returns agreement: two codings of the same comments (tests/data/gold/agreement-a.jsonl
# and agreement-b.jsonl, whose figures tests/pipeline/reports/agreement_test.cpp works by
# hand), and a coder against the tagger's output.
# usage: agreement_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"
gold=$data/gold

"$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" >"$work/out" 2>"$work/err"
check "agreement: exit 0" $?
grep -q "^compared: 10 comments, 9 matched by id and 1 by text$" "$work/out"; check "agreement: how comments matched" $?
grep -q "^unmatched in A (1): 2014-1/test-cluster/q2#11$" "$work/out"; check "agreement: unmatched in A" $?
grep -q "^unmatched in B (1): 2014-1/test-cluster/q2#12$" "$work/out"; check "agreement: unmatched in B" $?
grep -Eq "^moderation +5 +5 +4 +0\.600 +0\.620 +0\.800 +0\.800 +0\.800$" "$work/out"; check "agreement: kappa and alpha" $?
grep -Eq "^transition +3 +2 +1 +0\.211 +0\.240 " "$work/out"; check "agreement: the second theme" $?
grep -q "^where both have the theme, pending or not agrees in 4 of 5 (0.800)$" "$work/out"; check "agreement: pending" $?
! grep -q "Heads sat down" "$work/out"; check "agreement: no texts without --show" $?

"$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" --show >"$work/show"
grep -q "^2014-1/test-cluster/q2#4  moderation: pending for B, done for A$" "$work/show"; check "agreement --show: a pending disagreement" $?
grep -q "^  Heads sat down together" "$work/show"; check "agreement --show: with its text" $?
[ "$(grep -c '^2014-1/test-cluster/q2#' "$work/show")" -eq 6 ]; check "agreement --show: six disagreements" $?

"$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" --format json --show >"$work/json"
python3 - "$work/json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
m = {t["id"]: t for t in j["themes"]}
assert m["moderation"]["kappa"] == 0.6 and m["moderation"]["alpha"] == 0.62, m["moderation"]
assert j["pooled"]["kappa"] == round(0.22 / 0.47, 4), j["pooled"]
assert j["a"]["unmatched"] == ["2014-1/test-cluster/q2#11"] and j["matched"] == {"by_id": 9, "by_text": 1}
assert j["pending"]["when_both"] == {"comments": 5, "agree": 4, "share": 0.8}
assert len(j["disagreements"]) == 6
PY
check "agreement --format json" $?

# A coder against the tagger: `tag` output is a coding too, and agrees with evaluate.
"$returns" tag "$gold/themes-gold-dev.jsonl" >"$work/tagged.jsonl" 2>/dev/null
"$returns" agreement "$gold/themes-gold-dev.jsonl" "$work/tagged.jsonl" >"$work/tagger" 2>&1
check "agreement with tag output: exit 0" $?
grep -q "^compared: 119 comments, 119 matched by id and 0 by text$" "$work/tagger"; check "agreement with tag output: all matched" $?
"$returns" evaluate --gold "$gold/themes-gold-dev.jsonl" >"$work/eval"
a=$(grep "^all themes (pooled)" "$work/tagger" | awk '{print $NF}')
e=$(grep "^micro average" "$work/eval" | awk '{print $NF}')
[ -n "$a" ] && [ "$a" = "$e" ]; check "agreement with tag output: the F1 evaluate gives ($a, $e)" $?

expect_error "agreement: one file" 2 "give two files" "$returns" agreement "$gold/agreement-a.jsonl"
printf '{"id":"x","text":"Nothing alike","themes":[]}\n' >"$work/other.jsonl"
expect_error "agreement: nothing in common" 2 "no comment of $gold/agreement-a.jsonl is in" \
  "$returns" agreement "$gold/agreement-a.jsonl" "$work/other.jsonl"
printf '{"id":"x","text":"t"}\n' >"$work/bad.jsonl"
expect_error "agreement: a bad file" 2 "bad.jsonl:1: error: no \"themes\" list" \
  "$returns" agreement "$gold/agreement-a.jsonl" "$work/bad.jsonl"

# A kappa a hair below zero (both 8, A only 1, B only 185, neither 23) is 0.000 in text and 0.0 in JSON, never negative zero.
python3 - "$work/za.jsonl" "$work/zb.jsonl" <<'PY'
import json, sys
cells = [(True, True)] * 8 + [(True, False)] * 1 + [(False, True)] * 185 + [(False, False)] * 23
with open(sys.argv[1], "w") as a, open(sys.argv[2], "w") as b:
    for i, (x, y) in enumerate(cells):
        a.write(json.dumps({"id": str(i), "text": "t%d" % i, "themes": ["moderation"] if x else []}) + "\n")
        b.write(json.dumps({"id": str(i), "text": "t%d" % i, "themes": ["moderation"] if y else []}) + "\n")
PY
"$returns" agreement "$work/za.jsonl" "$work/zb.jsonl" >"$work/out" 2>/dev/null
"$returns" agreement "$work/za.jsonl" "$work/zb.jsonl" --format json >"$work/out.json" 2>/dev/null
grep -Eq "^moderation +9 +193 +8 +0.000 " "$work/out" && ! grep -q -- "-0\.0" "$work/out" "$work/out.json" \
  && grep -q '"kappa": 0.0,' "$work/out.json"
ok=$?; check "agreement: a kappa that rounds to zero is never negative zero ($(grep moderation "$work/out"))" $ok

# The same ids with other texts: said on stderr (two files' ids colliding), whitespace aside.
printf '{"id":"1","text":"Joint moderation of writing.","themes":["moderation"]}\n{"id":"2","text":"Heads met.","themes":[]}\n' >"$work/ia.jsonl"
printf '{"id":"1","text":"Learning walks in maths.","themes":["learning_walks"]}\n{"id":"2","text":"Heads  met. ","themes":[]}\n' >"$work/ib.jsonl"
"$returns" agreement "$work/ia.jsonl" "$work/ib.jsonl" >/dev/null 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && grep -qxF "agreement: warning: 1 comment matched by id has other texts in the two files (first: 1 at $work/ia.jsonl:1 and $work/ib.jsonl:1): are they codings of the same comments?" "$work/err"
ok=$?; check "agreement: ids matched with other texts warned of ($(cat "$work/err"))" $ok
"$returns" agreement "$gold/agreement-a.jsonl" "$gold/agreement-b.jsonl" >/dev/null 2>"$work/err"
[ ! -s "$work/err" ]; ok=$?; check "agreement: the same comments, nothing on stderr ($(cat "$work/err"))" $ok

finish agreement
