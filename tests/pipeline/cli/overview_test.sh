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

finish overview
