#!/usr/bin/env bash
# Help that teaches (pipeline/cli/help.h): every command's --help has its
# purpose, grouped options and examples, and every example runs — from a
# project directory like the clone's, after the database scripts/run builds.
# usage: help_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

# The commands as `returns --help` lists them (lexicon and register by subcommand).
commands=()
while read -r first second _; do
  case "$first" in
    lexicon) commands+=("lexicon check" "lexicon suggest") ;;
    register) commands+=("register check" "register add" "register list") ;;
    *) commands+=("$first") ;;
  esac
done < <("$returns" --help | sed -n '/^commands:/,/^$/p' | sed '1d;/^$/d')
[ "${#commands[@]}" -ge 18 ]; check "the command list read (${#commands[@]} commands)" $?

# A project directory: the clone's corpus, lexicon and test data; the database scripts/run builds.
proj="$work/project"
mkdir -p "$proj/out/kent-2013"
for d in corpus lexicon tests; do ln -s "$src/$d" "$proj/$d"; done
(cd "$proj" && "$returns" index corpus/kent-2013 --db out/kent-2013/db --round 2013-03 2>/dev/null)
# compare's example needs a second round: the one the README's "Rounds compared" makes (tests/data/rounds).
(cd "$proj" && "$returns" tag corpus/kent-2013 --round 2013-03 2>/dev/null >"$work/round-2013.jsonl" &&
  python3 tests/data/rounds/make_second_round.py "$work/round-2013.jsonl" >"$work/round-2014.jsonl" &&
  "$returns" index "$work/round-2014.jsonl" --db out/kent-2013/db 2>/dev/null)
cp -r "$proj/out/kent-2013/db" "$work/pristine-db"

for c in "${commands[@]}"; do
  # shellcheck disable=SC2086  # "lexicon check" is two words
  "$returns" $c --help >"$work/help" 2>&1
  check "$c --help: exit 0" $?
  grep -q "^usage: returns $c" "$work/help"; check "$c --help: usage first" $?
  [ "$(sed -n 3p "$work/help" | wc -c)" -gt 20 ]; check "$c --help: a purpose line" $?
  grep -q "^examples" "$work/help"; check "$c --help: examples" $?
  ! grep -Eq -- "--(query|file|queries) " "$work/help"; check "$c --help: internal options hidden" $?
  n=0
  while read -r example; do
    n=$((n + 1))
    rm -rf "$proj/out/kent-2013/db" && cp -r "$work/pristine-db" "$proj/out/kent-2013/db"
    # Our own fixed strings, with their quotes: run as a shell would.
    line="\"\$returns\"${example#returns}"
    if [ "$c" = serve ]; then
      # The page serves until stopped: still serving after 3 s is success (port 0: any free one).
      (cd "$proj" && eval "timeout 3 ${line/--port 8080/--port 0}") >"$work/ex.out" 2>"$work/ex.err"
      status=$?
      [ "$status" -eq 124 ]; ok=$?; check "example '$example': serving (exit $status: $(head -c 200 "$work/ex.err"))" $ok
    else
      (cd "$proj" && eval "$line") >"$work/ex.out" 2>"$work/ex.err"
      status=$?
      [ "$status" -eq 0 ]; ok=$?; check "example '$example': exit $status ($(head -c 200 "$work/ex.err"))" $ok
    fi
  done < <(sed -n '/^examples/,/^$/p' "$work/help" | sed -n 's/^  \(returns .*\)$/\1/p')
  [ "$n" -ge 1 ]; check "$c: $n examples run" $?
done

# The query syntax: on search --help and as returns help query.
"$returns" search --help | grep -q 'theme:"Trust and relationships"'; check "search --help: the query syntax" $?
"$returns" help query | grep -q '^  "learning walk"'; check "help query" $?
"$returns" help summary | grep -q "^usage: returns summary"; check "help COMMAND is COMMAND --help" $?
# ingest takes --format for its input: shown once, not also as --input-format.
! "$returns" ingest --help | grep -q -- "--input-format"; check "ingest: one input format option" $?
# Grouped: the filters of a selecting command under their heading.
"$returns" appendix --help | sed -n '/^filters:/,/^$/p' | grep -q -- "--district"; check "appendix: filters grouped" $?

finish help
