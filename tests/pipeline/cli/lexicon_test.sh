#!/usr/bin/env bash
# returns lexicon check: every problem as file:line, exit 2 on errors; the
# default lexicon passes, with warnings for rules that never fire.
# usage: lexicon_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" lexicon check "$data/lexicons/broken.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ]; check "lexicon check: errors exit 2" $?
[ "$(grep -c 'broken.yaml:[0-9]*: error: ' "$work/err")" -eq 6 ]; check "lexicon check: all six errors reported ($(cat "$work/err"))" $?
grep -q "^6 errors, 0 warnings$" "$work/err"; check "lexicon check: totals line" $?
"$returns" lexicon check "$src/lexicon/themes.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 0 ]; check "lexicon check: the default lexicon has no errors" $?
grep -q "themes.yaml:[0-9]*: warning: rule 'acronym:G&T' of theme 'more_able' never fires on" "$work/err"
check "lexicon check: warns of rules that never fire on the corpus" $?
printf 'name: x\nversion: 1\nthemes: [\n' >"$work/badyaml.yaml"
"$returns" lexicon check "$work/badyaml.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && grep -q "badyaml.yaml:[0-9]*: error: bad YAML" "$work/err"; check "lexicon check: bad YAML" $?

finish lexicon
