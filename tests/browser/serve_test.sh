#!/usr/bin/env bash
# The web page in a real browser: starts `returns serve` on free ports over
# the bundled corpus and over tests/data/hostile, then drives Debian's
# Chromium through Playwright (serve.test.mjs). Screenshots go to
# out/browser/ in the source tree. Skips (exit 77) only when Chromium is
# missing; a missing node or playwright-core is a failure, never a pass.
# usage: serve_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
here=$src/tests/browser
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "SKIP: no Chromium at $chromium (Debian package 'chromium'; scripts/install-deps installs it)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "FAIL: no node (Debian package 'nodejs'; scripts/install-deps installs it)"
  exit 1
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  echo "FAIL: playwright-core is not installed: run 'npm ci' in tests/browser (scripts/test does)"
  exit 1
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

"$returns" index "$src/corpus/kent-2013" --db "$work/db" --round 2013-03 2>/dev/null || { echo "FAIL: index"; exit 1; }
"$returns" index "$src/tests/data/hostile/records.jsonl" --db "$work/hostile" \
  --lexicon "$src/tests/data/hostile/lexicon.yaml" 2>/dev/null || { echo "FAIL: index hostile"; exit 1; }

# start NAME DB: `returns serve` on a free port; sets $started to its URL.
# (Not run in $(…): the server's pid must reach `pids` for the cleanup.)
start() {
  "$returns" serve --db "$2" --port 0 --corrections "$work/$1-corrections.jsonl" >"$work/$1.out" 2>"$work/$1.err" &
  pids+=($!)
  started=""
  for _ in $(seq 1 100); do
    started=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/$1.out" 2>/dev/null | head -1)
    [ -n "$started" ] && return 0
    sleep 0.1
  done
  echo "FAIL: returns serve did not start: $(cat "$work/$1.err")"
  exit 1
}
start kent "$work/db"
url=$started
start hostile "$work/hostile"
hostile_url=$started

node "$here/serve.test.mjs" --url "$url" --hostile-url "$hostile_url" --returns "$returns" --db "$work/db" \
  --corrections "$work/kent-corrections.jsonl" --shots "$src/out/browser" --work "$work" --chromium "$chromium"
