#!/usr/bin/env bash
# returns overview: returns, districts and collaboratives per question.
# usage: overview_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" overview "$corpus" >"$work/overview" 2>/dev/null
check "overview exit 0" $?
grep -Eq "^2 +What progress do you feel you have made against your priorities\? +44 +[0-9]+ +12 +41$" "$work/overview"
check "overview: question 2 has 44 returns, 12 districts, 41 collaboratives" $?
grep -Eq "^3 +Strengths so far as a collaborative\? +46 +[0-9]+ +12 +43$" "$work/overview"
check "overview: question 3 has 46 returns, 12 districts, 43 collaboratives" $?

# With rejects, the table counts the taken rows; under --strict nothing is
# printed on stdout (the counts would not be the batch's), only the reasons.
batch="$data/intake/bad/windows-1252-batch.csv"
"$returns" overview "$batch" >"$work/out" 2>"$work/err"
[ $? -eq 1 ] && grep -Eq "^all +1 +1$" "$work/out"
check "overview with rejects: exit 1, the taken row counted" $?
"$returns" overview "$batch" --strict >"$work/out" 2>"$work/err"
[ $? -eq 1 ] && [ ! -s "$work/out" ] && grep -q "^overview: nothing written (--strict)" "$work/err"
check "overview --strict with rejects: no table, says nothing was written" $?

finish overview
