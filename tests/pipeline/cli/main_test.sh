#!/usr/bin/env bash
# The command dispatcher (pipeline/cli/main.cpp): an unknown command is an
# error, with nothing on stdout.
# usage: main_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

expect_error "unknown command" 2 "unknown command 'tag-all'" "$returns" tag-all

# --version: the program, the default lexicon (name and version as its file
# says) and the loaded libraries' versions.
"$returns" --version >"$work/version" 2>&1
check "--version: exit 0" $?
grep -qx "returns $(sed -n 's/^project(returns VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" <(head -1 "$work/version")
ok=$?; check "--version: the program's version first ($(head -1 "$work/version"))" $ok
lexicon_name=$(sed -n 's/^name: *//p' "$src/lexicon/themes.yaml" | head -1)
lexicon_version=$(sed -n 's/^version: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$src/lexicon/themes.yaml" | head -1)
grep -q "^lexicon: *$lexicon_name $lexicon_version " "$work/version"; check "--version: the lexicon ($lexicon_name $lexicon_version)" $?
for lib in ICU RE2 Xapian Boost; do
  grep -Eq "(^|, )$lib [0-9]" "$work/version"; check "--version: $lib's version" $?
done

finish main
