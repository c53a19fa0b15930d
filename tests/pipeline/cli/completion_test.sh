#!/usr/bin/env bash
# Bash completion (pipeline/cli/completion/returns.bash): commands, a
# command's options from its --help, theme ids after --theme.
# usage: completion_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"
source "$src/pipeline/cli/completion/returns.bash"

# complete WORD...: the completions of the last word, one per line.
complete_words() {
  COMP_WORDS=("$returns" "${@}")
  COMP_CWORD=$#
  COMPREPLY=()
  _returns
  printf '%s\n' "${COMPREPLY[@]}"
}
complete_words sea | grep -qx search; check "a command: 'sea' → search" $?
[ "$(complete_words sea | wc -l)" -eq 1 ]; check "only search starts with 'sea'" $?
[ "$(complete_words se | sort | tr '\n' ' ')" = "search serve " ]; check "'se' → search and serve" $?
complete_words search --th | grep -qx -- --theme; check "an option from search --help: --theme" $?
complete_words search --theme mod | grep -qx moderation; check "a theme id after --theme" $?
complete_words search --theme "" | grep -qx more_able; check "every theme id after --theme" $?
complete_words summary --format "" | grep -qx html; check "summary's formats after --format" $?
complete_words help "" | grep -qx query; check "help: the query syntax" $?
complete_words help ap | grep -qx appendix; check "help: a command" $?
complete_words he | grep -qx help; check "'he' → help" $?
[ "$(complete_words lexicon "" | tr '\n' ' ')" = "check suggest " ]; check "lexicon's subcommands" $?
[ "$(complete_words register "" | sort | tr '\n' ' ')" = "add check list " ]; check "register's subcommands" $?
complete_words register add --al | grep -qx -- --alias; check "register add's options: --alias" $?
complete_words search --district Ton | grep -qx "Tonbridge & Malling"; check "a district with spaces after --district" $?
complete_words search --district "" | grep -qx Dover; check "every district after --district" $?
complete_words appendix --collaborative RA | grep -qx RAiD; check "a collaborative's alias after --collaborative" $?
finish completion
