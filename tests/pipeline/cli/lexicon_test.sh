#!/usr/bin/env bash
# returns lexicon check: every problem as file:line, exit 2 on errors; the
# default lexicon passes, with warnings for rules that never fire.
# usage: lexicon_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" lexicon check "$data/lexicons/broken.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ]; check "lexicon check: errors exit 2" $?
[ "$(grep -c 'broken.yaml:[0-9]*: error: ' "$work/err")" -eq 6 ]; ok=$?; check "lexicon check: all six errors reported ($(cat "$work/err"))" $ok
grep -q "^6 errors, 0 warnings$" "$work/err"; check "lexicon check: totals line" $?
"$returns" lexicon check "$src/lexicon/themes.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 0 ]; check "lexicon check: the default lexicon has no errors" $?
# On the bundled corpus the rules that never fire are counted, not listed: a
# rule written for new words need not fire on the 2013 appendices, and a list
# of hundreds buried the problems.
grep -Eq "^lexicon check: note: [0-9]+ of the file's [0-9]+ rules never fire on the bundled corpus \(.*kent-2013\); --corpus PATH lists those" "$work/err" \
  && grep -q "^0 errors, 0 warnings$" "$work/err" && ! grep -q "never fires" "$work/err"
ok=$?; check "lexicon check: the default lexicon, no warnings, the silent rules counted ($(tail -2 "$work/err"))" $ok
"$returns" lexicon check "$src/lexicon/themes.yaml" --corpus "$corpus" >"$work/out" 2>"$work/err"
grep -q "themes.yaml:[0-9]*: warning: rule 'acronym:G&T' of theme 'more_able' never fires on $corpus$" "$work/err"
check "lexicon check --corpus: warns of each rule that never fires on it" $?
# A rule written twice in a theme is a warning at the second, naming the first's line.
printf 'name: x\nversion: 1\nthemes:\n  - id: attendance\n    label: Attendance\n    rules:\n      - words: [attendance, absence]\n      - words: [punctuality, attendance]\n' >"$work/twice.yaml"
"$returns" lexicon check "$work/twice.yaml" >"$work/out" 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && grep -qxF "$work/twice.yaml:8: warning: rule 'word:attendance' of theme 'attendance' is written twice (first on line 7)" "$work/err" \
  && grep -q "^0 errors, 1 warning$" "$work/err"
ok=$?; check "lexicon check: a rule written twice ($(cat "$work/err"))" $ok
printf 'name: x\nversion: 1\nthemes: [\n' >"$work/badyaml.yaml"
"$returns" lexicon check "$work/badyaml.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && grep -q "badyaml.yaml:[0-9]*: error: bad YAML" "$work/err"; check "lexicon check: bad YAML" $?

# A bad lexicon (tests/data/lexicons/, one problem each): lexicon check and
# tag both exit 2 with one line naming the file, the line and the problem,
# never an abort. usage: bad_lexicon FILE LINE PROBLEM
bad_lexicon() {
  local file=$data/lexicons/$1 expected="$1:$2: error: $3"
  expect_error "lexicon check $1" 2 "$expected" "$returns" lexicon check "$file"
  [ "$(grep -c ': error: ' "$work/err")" -eq 1 ]; ok=$?; check "lexicon check $1: one error ($(cat -v "$work/err"))" $ok
  expect_error "tag --lexicon $1" 2 "$expected" "$returns" tag --lexicon "$file" "$corpus"
  [ "$(wc -l <"$work/err")" -eq 1 ]; ok=$?; check "tag --lexicon $1: one line ($(cat -v "$work/err"))" $ok
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
bad_lexicon id-with-slash.yaml 4 "theme id 'learning/walks' $not_id (such as 'learning_walks')"
bad_lexicon id-none.yaml 4 "theme id 'none' is reserved: 'theme:none' finds the comments with no theme"

# Warnings are for the file checked only: every one names it, none the default lexicon.
weak=$data/lexicons/weakened.yaml
"$returns" lexicon check "$weak" --corpus "$corpus" >"$work/out" 2>"$work/err"
[ $? -eq 0 ]; check "lexicon check weakened.yaml: exit 0" $?
[ "$(grep -c ': warning: ' "$work/err")" -gt 0 ] && ! grep ': warning: ' "$work/err" | grep -vq "^$weak:[0-9]*: warning: "
ok=$?; check "lexicon check: every warning names the file checked ($(grep -v "^$weak" "$work/err" | head -3))" $ok
! grep -q "themes.yaml" "$work/err"; check "lexicon check: nothing of the default lexicon" $?

# --corpus: any intake format, with the intake options, repeatable.
intake=$data/intake
expect_error "lexicon check --corpus: a CSV with a column to name" 2 "unknown column 'Notes'" \
  "$returns" lexicon check "$weak" --corpus "$intake/bad/unknown-column.csv"
"$returns" lexicon check "$weak" --corpus "$intake/bad/unknown-column.csv" --columns ignore=Notes >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && grep -q "never fires on $intake/bad/unknown-column.csv$" "$work/err"
check "lexicon check --corpus CSV --columns: read with the mapping" $?
"$returns" lexicon check "$weak" --corpus "$intake/bad/windows-1252.csv" >"$work/out" 2>"$work/err"
grep -q "1 record rejected and not tried" "$work/err"; check "lexicon check --corpus: a rejected record is said" $?
"$returns" lexicon check "$weak" --corpus "$intake/bad/windows-1252.csv" --encoding windows-1252 >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && ! grep -q "rejected" "$work/err"; check "lexicon check --corpus --encoding: read" $?
"$returns" lexicon check "$weak" --corpus "$data/docx/table-details.docx" --corpus "$intake/same/returns.jsonl" \
  >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && grep -q "never fires on $data/docx/table-details.docx, $intake/same/returns.jsonl$" "$work/err"
check "lexicon check --corpus: a Word return and JSON Lines together" $?

# lexicon suggest: the words a weakened lexicon lost come back near the top.
dev=$data/gold/themes-gold-dev.jsonl
"$returns" lexicon suggest --gold "$dev" --lexicon "$weak" --top 3 >"$work/suggest" 2>"$work/err"
check "lexicon suggest: exit 0" $?
sed -n '/^moderation: /,/^$/p' "$work/suggest" | grep -Eq "^  moderation +[0-9]+ +[0-9]+ +[0-9.]+$"
check "lexicon suggest: 'moderation' among the first 3 for moderation" $?
sed -n '/^learning_walks: /,/^$/p' "$work/suggest" | grep -Eq "^  learning walks +[0-9]+"
check "lexicon suggest: 'learning walks' among the first 3 for learning walks" $?
grep -Eq "^      q[0-9]/.*\[[Mm]oderation\]" "$work/suggest"; check "lexicon suggest: an example with the word marked" $?
"$returns" lexicon suggest --gold "$dev" --lexicon "$weak" --format json >"$work/suggest.json"
python3 - "$work/suggest.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
assert j["comments"] == 119 and j["lexicon"]["name"] == "weakened"
t = {x["theme"]: x for x in j["themes"]}
terms = [c["term"] for c in t["moderation"]["candidates"]]
assert "moderation" in terms[:3], terms
c = t["moderation"]["candidates"][terms.index("moderation")]
assert c["missed"] >= 2 and c["keyness"] >= 3.84 and "**" in c["example"]["snippet"], c
assert t["moderation"]["missed"] <= t["moderation"]["coded"]
PY
check "lexicon suggest --format json" $?
"$returns" lexicon suggest --gold "$dev" >"$work/default" 2>&1
grep -q "^  rules firing where not coded" "$work/default"; check "lexicon suggest: rules that fire where not coded" $?
# A rule whose matches come in no text order (NEAR: the anchor, then the word near it) once crashed the example.
printf '{"id":"x1","text":"We phone each other for help.","themes":[]}\n' >"$work/near.jsonl"
"$returns" lexicon suggest --gold "$work/near.jsonl" >"$work/near" 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && grep -Eq "^  near:each other.*care for +1$" "$work/near" && grep -qF "      x1: We [phone each other for help]." "$work/near"
ok=$?; check "lexicon suggest: a NEAR rule firing where not coded, its count after the whole rule ($(cat "$work/err"))" $ok
"$returns" lexicon suggest --gold "$work/near.jsonl" --format json | python3 -c "
import json, sys
t = {x['theme']: x for x in json.load(sys.stdin)['themes']}
assert t['relationships']['rules'][0]['example']['snippet'] == 'We **phone each other for help**.', t['relationships']
"; check "lexicon suggest --format json: the NEAR rule's example" $?
for asked in "help lexicon" "lexicon --help"; do
  # shellcheck disable=SC2086
  "$returns" $asked >"$work/out" 2>"$work/err"
  ok=$?
  [ $ok -eq 0 ] && grep -q "^  lexicon check: " "$work/out" && grep -q "^  lexicon suggest: " "$work/out" && [ ! -s "$work/err" ]
  ok=$?; check "returns $asked: both subcommands, exit 0 ($(cat "$work/err"))" $ok
done
expect_error "lexicon suggest: no --gold" 2 "--gold FILE is required" "$returns" lexicon suggest
expect_error "lexicon: unknown subcommand" 2 "usage: returns lexicon check FILE" "$returns" lexicon frob

finish lexicon
