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

# A bad lexicon (tests/data/lexicons/, one problem each): lexicon check and
# tag both exit 2 with one line naming the file, the line and the problem,
# never an abort. usage: bad_lexicon FILE LINE PROBLEM
bad_lexicon() {
  local file=$data/lexicons/$1 expected="$1:$2: error: $3"
  expect_error "lexicon check $1" 2 "$expected" "$returns" lexicon check "$file"
  [ "$(grep -c ': error: ' "$work/err")" -eq 1 ]; check "lexicon check $1: one error ($(cat -v "$work/err"))" $?
  expect_error "tag --lexicon $1" 2 "$expected" "$returns" tag --lexicon "$file" "$corpus"
  [ "$(wc -l <"$work/err")" -eq 1 ]; check "tag --lexicon $1: one line ($(cat -v "$work/err"))" $?
}
not_id="is not an identifier: lower-case ASCII letters and digits, words joined by '_'"
any_byte="uses \\C, which matches any byte and can split a character; use . for any character"
bad_lexicon id-with-nul.yaml 4 "theme id 'mod\\x00eration' $not_id (such as 'mod_eration')"
bad_lexicon id-with-space.yaml 4 "theme id 'learning walks' $not_id (such as 'learning_walks')"
bad_lexicon empty-id.yaml 4 "theme 'Moderation' has an empty id (an id is made of ASCII letters and digits)"
bad_lexicon control-character.yaml 7 "rule 'phrase:agreed\\x1Bjudgements' holds control character U+001B"
bad_lexicon any-byte.yaml 6 "pattern 'Y[0-9]\\C' $any_byte"
bad_lexicon any-byte-exclusion.yaml 7 "exclusion pattern 'moderate\\C' $any_byte"
bad_lexicon nul-byte.dic 5 "rule 'word:level\\x00ling' holds a NUL byte"
bad_lexicon nul-byte.cat 3 "rule 'word:AGREED\\x00JUDGEMENTS' holds a NUL byte"
bad_lexicon empty-id.cat 3 "theme '日本語' has an empty id (an id is made of ASCII letters and digits)"
bad_lexicon not-utf8.cat 3 "invalid UTF-8 at byte offset 29 (byte 0xC9)"

finish lexicon
