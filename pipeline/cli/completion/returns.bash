# Bash completion for returns: commands, each command's options (read from
# its own --help, so they never drift), theme ids after --theme (from
# `returns themes --format ids`), formats after --format, files elsewhere.
# Installed to share/bash-completion/completions/returns.
_returns() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
  local prog=${COMP_WORDS[0]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    local commands
    commands=$("$prog" --help 2>/dev/null | awk '/^commands:/ {on = 1; next} on && NF {print $1}')
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  local cmd=${COMP_WORDS[1]}
  case $prev in
    --theme|--pending)
      COMPREPLY=($(compgen -W "$("$prog" themes --format ids 2>/dev/null)" -- "$cur"))
      return ;;
    --format)
      COMPREPLY=($(compgen -W "$("$prog" "$cmd" --help 2>/dev/null | grep -- '--format' | grep -o '[a-z]*' | sort -u)" -- "$cur"))
      return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$("$prog" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _returns returns
