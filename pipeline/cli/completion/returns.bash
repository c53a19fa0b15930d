# Bash completion for returns: commands, each command's options (read from
# its own --help, so they never drift), theme ids after --theme (from
# `returns themes --format ids`), districts and collaboratives after
# --district and --collaborative (`returns register list`), formats after --format, the subcommands of
# lexicon and register, what `returns help` explains, files elsewhere.
# Installed to share/bash-completion/completions/returns.
# The command names of `returns --help` (its list ends at the first empty line).
_returns_commands() {
  "$1" --help 2>/dev/null | awk '/^commands:/ {on = 1; next} on && !NF {exit} on {print $1}'
}
_returns() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
  local prog=${COMP_WORDS[0]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$(_returns_commands "$prog") help --help --version" -- "$cur"))
    return
  fi
  local cmd=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 2 ]; then
    case $cmd in
      help)
        COMPREPLY=($(compgen -W "query $(_returns_commands "$prog")" -- "$cur"))
        return ;;
      lexicon) COMPREPLY=($(compgen -W "check suggest" -- "$cur")); return ;;
      register) COMPREPLY=($(compgen -W "check add list" -- "$cur")); return ;;
    esac
  fi
  # "lexicon check", "register add": the options are the subcommand's.
  case $cmd in lexicon|register) cmd="$cmd ${COMP_WORDS[2]}" ;; esac
  case $prev in
    --theme|--pending)
      COMPREPLY=($(compgen -W "$("$prog" themes --format ids 2>/dev/null)" -- "$cur"))
      return ;;
    --district|--collaborative)
      # Names with spaces ("Tonbridge & Malling"): one per line, not per word.
      local IFS=$'\n' what=--names
      [ "$prev" = --district ] && what=--districts
      COMPREPLY=($(compgen -W "$("$prog" register list $what 2>/dev/null)" -- "$cur"))
      return ;;
    --format)
      COMPREPLY=($(compgen -W "$("$prog" $cmd --help 2>/dev/null | grep -- '--format' | grep -o '[a-z]*' | sort -u)" -- "$cur"))
      return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$("$prog" $cmd --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _returns returns
