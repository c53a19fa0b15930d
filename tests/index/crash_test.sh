#!/usr/bin/env bash
# A run killed at any moment leaves the database whole (issue 16): `index` of
# a generated batch killed with SIGKILL at 20 random moments; after each, the
# database opens, `info` and a search work, and the document count is the old
# one or the new one, never between; the lock is free for the next writer.
# usage: crash_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
check() { if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }
now() { date +%s.%N; }

python3 "$src/scripts/generate-corpus" 0.2 "$work/base" --seed 1 --returns "$returns" 2>/dev/null
python3 "$src/scripts/generate-corpus" 0.6 "$work/batch" --seed 2 --returns "$returns" 2>/dev/null
# The batches' own rounds out: each run takes the round --round gives it.
for f in base batch; do sed -E 's/"round": "[^"]*", //' "$work/$f.jsonl" >"$work/$f.tmp" && mv "$work/$f.tmp" "$work/$f.jsonl"; done
db="$work/db"
"$returns" index "$work/base.jsonl" --db "$db" --round base 2>/dev/null; check "the base database is built" $?
documents() { "$returns" info --db "$db" 2>/dev/null | sed -n 's/^documents: //p'; }
old=$(documents)
# One whole run: the new count, and how long a run takes here.
start=$(now)
"$returns" index "$work/batch.jsonl" --db "$db" --round crash 2>/dev/null; check "a whole run" $?
span=$(python3 -c "print($(now) - $start)")
new=$(documents)
[ -n "$old" ] && [ -n "$new" ] && [ "$new" -gt "$old" ]; check "the batch adds comments ($old, then $new)" $?

seen_old=0
seen_new=0
for i in $(seq 20); do
  # Back to the old contents when the last run got through (remove is a run too).
  [ "$(documents)" = "$new" ] && "$returns" remove --db "$db" --round crash 2>/dev/null
  # Spread over the run and a little past it (stratified: some kills land after the switch).
  delay=$(python3 -c "import random; print(($i - 1 + random.random()) / 20 * $span * 1.6)")
  "$returns" index "$work/batch.jsonl" --db "$db" --round crash >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  got=$(documents)
  case "$got" in
    "$old") seen_old=$((seen_old + 1)); ok=0 ;;
    "$new") seen_new=$((seen_new + 1)); ok=0 ;;
    *) ok=1 ;;
  esac
  check "kill $i after ${delay}s: the old count ($old) or the new ($new), got '$got'" $ok
  "$returns" search moderation --db "$db" --limit 3 --format json >/dev/null 2>"$work/err"
  ok=$?; check "kill $i: search works ($(head -c 200 "$work/err"))" $ok
done
echo "crash: killed runs left the old contents $seen_old times, the new $seen_new times"
[ "$seen_old" -gt 0 ]; check "some kills came before the switch" $?

# The lock died with the killed writer; the next run cleans up what kills left.
"$returns" index "$work/batch.jsonl" --db "$db" --round crash 2>"$work/err"; ok=$?; check "a run after the kills ($(head -c 200 "$work/err"))" $ok
[ "$(documents)" = "$new" ]; check "and it has the new count" $?
[ "$(find "$db" -maxdepth 1 -name 'gen-*' | wc -l)" -le 2 ]; check "at most the current and previous generations remain" $?

echo "crash: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
