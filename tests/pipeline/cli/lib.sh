# Shared by the command-line tests in this folder (one script per command):
# the program and source tree from the arguments, a work directory removed at
# exit, the check helpers, and the setup steps several scripts need.
# usage, at the top of a script: source "$(dirname "$0")/lib.sh" PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
data=$src/tests/data
corpus=$src/corpus/kent-2013
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0

check() {  # check NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# expect_error NAME EXPECTED_STATUS EXPECTED_STDERR_TEXT COMMAND...
expect_error() {
  local name=$1 status=$2 text=$3
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$status" ]; check "$name: exit $got, wanted $status" $?
  grep -qF -- "$text" "$work/err"; ok=$?; check "$name: stderr has '$text' (got: $(head -c 300 "$work/err"))" $ok
  [ ! -s "$work/out" ]; check "$name: nothing on stdout" $?
}

# A python3 with Debian's python3-openpyxl and python3-docx, for reading back
# the Excel and Word files (a pyenv python3 first on PATH may lack them).
office_python=python3
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import openpyxl, docx" 2>/dev/null; then office_python=$candidate; break; fi
done

# Setup, not checks: a failure here shows as failed checks further on.

# The bundled corpus ingested: $work/a.jsonl, one comment per line.
ingest_corpus() { "$returns" ingest "$corpus" >"$work/a.jsonl" 2>/dev/null; }

# The bundled corpus tagged with the default lexicon: $work/t1.jsonl.
tag_corpus() { "$returns" tag "$corpus" >"$work/t1.jsonl" 2>/dev/null; }

# build_db DIR: the bundled corpus indexed as round 2013-03.
build_db() { "$returns" index "$corpus" --db "$1" --round 2013-03 2>/dev/null; }

# build_two_rounds DIR: the bundled corpus as round 2013-03 and a second
# round made from it (tests/data/rounds/make_second_round.py) as 2014-03;
# leaves the tagged rounds in $work/round-2013.jsonl and $work/round-2014.jsonl.
build_two_rounds() {
  "$returns" tag "$corpus" --round 2013-03 >"$work/round-2013.jsonl" 2>/dev/null
  python3 "$data/rounds/make_second_round.py" "$work/round-2013.jsonl" >"$work/round-2014.jsonl"
  build_db "$1"
  "$returns" index "$work/round-2014.jsonl" --db "$1" 2>/dev/null
}

# build_hostile_db DIR: tests/data/hostile indexed with its lexicon: theme
# labels, district, collaborative and school names, headings and comments
# full of markup, scripts, quotes, '&' and spreadsheet formulas.
build_hostile_db() {
  "$returns" index "$data/hostile/records.jsonl" --db "$1" --lexicon "$data/hostile/lexicon.yaml" 2>/dev/null
}

# check_output KIND FILE [--expect TEXT]...: tests/pipeline/check_output.py (csv, html or dom).
check_output() { python3 "$src/tests/pipeline/check_output.py" "$@"; }

# Ends the script: the tally, and the exit status ctest reads.
finish() {  # finish NAME
  echo "$1: $pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
