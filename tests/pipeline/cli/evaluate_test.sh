#!/usr/bin/env bash
# returns evaluate: the default lexicon against the gold file.
# usage: evaluate_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" evaluate --gold "$data/gold/themes-gold.jsonl" >"$work/eval" 2>&1
check "evaluate exit 0" $?
grep -Eq "^micro average +[0-9]+ +[0-9]+ +[0-9]+ +0\.[89][0-9]{2}" "$work/eval"; check "evaluate prints the micro average" $?

finish evaluate
