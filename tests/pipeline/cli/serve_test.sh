#!/usr/bin/env bash
# returns serve: options and their errors, then a server on a free port over
# the bundled corpus, spoken to with curl: pages, limits, refusals, the page
# following an index run that commits while it serves, and a clean stop.
source "$(dirname "$0")/lib.sh" "$1" "$2"

expect_error "serve: no database" 2 "--db DIR is required" "$returns" serve
expect_error "serve: a database that is not there" 2 "no database here" "$returns" serve --db "$work/nothing" --port 0
expect_error "serve: a bad port" 2 "--port is 0-65535" "$returns" serve --db "$work/nothing" --port 70000
build_db "$work/db"
expect_error "serve: corrections in a folder that is not there" 2 "its folder does not exist" \
  "$returns" serve --db "$work/db" --port 0 --corrections "$work/no/such/c.jsonl"
"$returns" serve --help >"$work/help" 2>&1
grep -q -- "--bind" "$work/help"; check "serve --help names --bind" $?

# Started on a free port; the URL is the first line on stdout.
"$returns" serve --db "$work/db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.out" 2>/dev/null | head -1)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ]; ok=$?; check "serve prints the URL to open ($(cat "$work/serve.err"))" $ok
grep -qF "corrections: $work/corrections.jsonl" "$work/serve.out"; check "corrections go beside the database by default" $?
port=${url##*:}
port=${port%/}
# A port in use is an error, not a second server sharing it (timeout: a regression must not hang the test).
expect_error "serve: a port in use" 3 "cannot listen here" timeout 10 "$returns" serve --db "$work/db" --port "$port"

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(status "$url")" = 200 ]; check "GET / is 200" $?
[ "$(status "${url}?theme=moderation&district=Dover")" = 200 ]; check "a filtered search is 200" $?
[ "$(status "${url}assets/style.css")" = 200 ]; check "the style sheet is built in" $?
[ "$(status -H 'Host: evil.example' "$url")" = 403 ]; check "another host name is refused" $?
[ "$(status -X POST --data 'action=wrong' "${url}corrections")" = 403 ]; check "a POST without the token is refused" $?
[ "$(status -X DELETE "$url")" = 405 ]; check "DELETE is not allowed" $?
[ "$(status "${url}?q=$(head -c 2000 /dev/zero | tr '\0' a)")" = 400 ]; check "a query over 1000 bytes is refused" $?
[ "$(status "${url}?q=moderation%20AND%20(")" = 400 ]; check "a query the parser rejects is a 400 page" $?
head -c 100000 /dev/zero | tr '\0' a >"$work/big"
[ "$(status -X POST --data-binary @"$work/big" "${url}corrections")" = 413 ]; check "a body over the limit is refused" $?
curl -s -D "$work/headers" -o /dev/null "$url"
grep -qi "^Content-Security-Policy: .*script-src 'self'" "$work/headers"; check "pages carry a Content-Security-Policy" $?

# Another round indexed while the page is open: the next request sees it.
curl -s "$url" >"$work/before.html"
grep -q 'data-facet="round"' "$work/before.html" && ! grep -q 'data-value="2014-03"' "$work/before.html"
check "one round before" $?
"$returns" index "$corpus/q2-progress.txt" --db "$work/db" --round 2014-03 2>/dev/null
curl -s "$url" >"$work/after.html"
grep -q 'data-value="2014-03"' "$work/after.html"; check "the new round after the index run, without a restart" $?
total=$("$returns" search --db "$work/db" --format json --limit 0 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
grep -q "<b id=\"total\">$total</b>" "$work/after.html"; check "the page's total is search's ($total)" $?

kill -TERM "$pid"
wait "$pid"
[ $? -eq 0 ]; check "SIGTERM stops it cleanly (exit 0)" $?
grep -q "returns serve: stopped" "$work/serve.out"; check "and it says so" $?

# Listening beyond this machine is said out loud.
"$returns" serve --db "$work/db" --port 0 --bind 0.0.0.0 >"$work/open.out" 2>"$work/open.err" &
pid=$!
# Waited for rather than slept on: under the sanitizers, on a busy machine,
# starting takes more than a second.
for _ in $(seq 1 300); do
  grep -q "anyone who can reach it" "$work/open.err" 2>/dev/null && break
  sleep 0.1
done
kill -TERM "$pid"
wait "$pid"
grep -q "anyone who can reach it can read every comment" "$work/open.err"; check "--bind 0.0.0.0 warns" $?

finish serve
