#!/usr/bin/env bash
# Names checked against the register, end to end: the warnings and notes a
# new round brings (a collaborative without its "(CATS)", a lead school spelt
# "Lyminge CEP", a wholly new collaborative), no-content answers counted as
# no answer, `register check` listing them, `register add` and a documented
# edit of the CSV making the identification once, and collaborative filters
# taking a register alias (--collaborative RAiD).
# usage: register_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

new="$data/intake/names/new-round.csv"

# ingest: warnings for what the register does not know, a note for what it knows by normal form.
"$returns" ingest "$new" --round 2014-03 >"$work/new.jsonl" 2>"$work/err"
ok=$?; check "ingest of a new round: exit 0 ($(tail -1 "$work/err"))" $ok
grep -qxF "$new:4: warning: unknown lead school 'Lyminge CEP' of 'Shepway Rural Mini Hub'; did you mean 'Lyminge School'?" "$work/err"
check "warning: 'Lyminge CEP', with the register's lead school suggested" $?
# Its returns: line 5 answers, line 6 says "N/A" — no answer, not counted.
grep -qxF "$new:5: warning: unknown collaborative 'Brookland and Snargate Federation'; no register entry is near it: a new collaborative? (returns register add)" "$work/err"
check "warning: a wholly new collaborative, once, its return without an answer not counted" $?
grep -qxF "$new:2: note: collaborative 'Central Ashford Town Schools' read as the register's 'Central Ashford Town Schools (CATS)' (2 returns)" "$work/err"
check "note: 'Central Ashford Town Schools' read as '… (CATS)'" $?
grep -qx "ingest: 1 files, 5 returns, 5 comments, 2 warnings" "$work/err"; check "the counts line says 2 warnings" $?
grep -qx "ingest: read 8, taken 5, no answer 3, rejected 0" "$work/err"; check "totals: no answer counted apart" $?
python3 -c "
import json
rs = [json.loads(l) for l in open('$work/new.jsonl')]
assert len(rs) == 5, len(rs)
cats = [r for r in rs if r['collaborative'] == 'Central Ashford Town Schools']
assert len(cats) == 2 and all(r['collaborative_canonical'] == 'Central Ashford Town Schools (CATS)' for r in cats), cats
assert all(r['text'] not in ('N/A', 'None at this time.', '-') for r in rs)
assert any(r['text'].startswith('None of the schools') for r in rs)
"; check "ingest output: CATS canonical, no-content answers left out, 'None of the schools…' kept" $?

# A district however a form writes it: one district, and the register's collaborative in it found.
printf '%s\n' 'District,Collaborative,Lead School(s),Question,Answer' \
  'thanet,Thanet Catholic Schools Collaborative,St Ethelbert CEP,3,Trust between the heads.' \
  'Tonbridge and Malling,Tonbridge & Malling 4,More Park,3,Shared training days.' >"$work/districts.csv"
"$returns" ingest "$work/districts.csv" --round 2014-03 >"$work/districts.jsonl" 2>"$work/err"
check "districts written otherwise: exit 0" $?
! grep -q ": warning: " "$work/err"; ok=$?; check "districts written otherwise: the collaboratives known, no warning ($(head -c 200 "$work/err"))" $ok
python3 -c "
import json
rs = [json.loads(l) for l in open('$work/districts.jsonl')]
assert [r['district'] for r in rs] == ['Thanet', 'Tonbridge & Malling'], [r['district'] for r in rs]
assert all(r['collaborative_canonical'] for r in rs), rs
"; check "districts written otherwise: read as the register's Thanet and Tonbridge & Malling" $?

# The bundled corpus: every name known.
"$returns" ingest "$corpus" 2>"$work/err" >/dev/null
grep -q "^ingest: 2 files, 90 returns, [0-9]* comments, 0 warnings$" "$work/err" && ! grep -q ": note: " "$work/err"
check "bundled corpus: 0 warnings, no notes" $?

# register check of a folder says what it left out, as the other commands do.
mkdir -p "$work/checked" && cp "$new" "$work/checked/" && printf x >"$work/checked/logo.png"
"$returns" register check "$work/checked" >/dev/null 2>"$work/err"
grep -q "checked/logo.png: warning: skipped: returns does not read .png files" "$work/err"
check "register check DIR: a skipped file is said" $?
# register check: all of them, with counts and places; exit 1 while some are unknown.
"$returns" register check "$new" >"$work/check" 2>"$work/err"
[ $? -eq 1 ]; check "register check: exit 1 with unknown names" $?
grep -qxF "unknown lead school 'Lyminge CEP' of 'Shepway Rural Mini Hub'; did you mean 'Lyminge School'? — 1 return" "$work/check"
check "register check: the lead school" $?
grep -qxF "unknown collaborative 'Brookland and Snargate Federation'; no register entry is near it: a new collaborative? (returns register add) — 1 return, 1 without an answer" "$work/check"
check "register check: the new collaborative, its returns with an answer counted, the one without apart" $?
grep -qxF "  at $new:5, $new:6" "$work/check"; check "register check: where it occurs" $?
grep -qxF "  to add it: returns register add --collaborative 'Brookland and Snargate Federation' --district 'Shepway' --lead-school 'Brookland CEP'" "$work/check"
check "register check: the command that adds it" $?
grep -qxF "collaborative 'Central Ashford Town Schools' read as the register's 'Central Ashford Town Schools (CATS)' — 2 returns" "$work/check"
check "register check: names read by normal form listed too" $?
grep -qx "register check: read 8, taken 5, no answer 3, rejected 0; 2 names unknown, 1 read by normal form" "$work/err"
ok=$?; check "register check: summary line ($(tail -1 "$work/err"))" $ok
# A misspelt district: said with the nearest (else it is a thirteenth district
# in every summary); the advice to add a new collaborative leaves the district to give.
printf 'District,Collaborative,Lead School(s),Question,Answer\nAshfrod,Riverbend Learning Partnership,Riverbend Primary,2,Learning walks.\nDoverr,RAiD,Priory Fields,3,Shared moderation.\n' >"$work/typo.csv"
"$returns" register check "$work/typo.csv" >"$work/check" 2>/dev/null
grep -qxF "unknown district 'Ashfrod'; did you mean 'Ashford'? — 1 return" "$work/check" \
  && grep -qxF "unknown district 'Doverr'; did you mean 'Dover'? — 1 return" "$work/check" \
  && grep -qxF "  to add it: returns register add --collaborative 'Riverbend Learning Partnership' --district DISTRICT --lead-school 'Riverbend Primary'" "$work/check"
ok=$?; check "register check: a misspelt district, with the nearest ($(cat "$work/check"))" $ok
"$returns" overview "$work/typo.csv" >/dev/null 2>"$work/err"
grep -qxF "$work/typo.csv:3: warning: unknown district 'Doverr'; did you mean 'Dover'?" "$work/err"
ok=$?; check "overview: the misspelt district warned at its row ($(cat "$work/err"))" $ok
# Shepway, Folkestone & Hythe since 2018: the register's district, its collaboratives found, nothing to say.
printf 'District,Collaborative,Lead School(s),Question,Answer\nFolkestone & Hythe,Shepway Rural Mini Hub,Lyminge School,2,Learning walks.\n' >"$work/renamed.csv"
"$returns" ingest "$work/renamed.csv" --round 2026 >"$work/out" 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && ! grep -q ": warning: \|: note: " "$work/err" && python3 -c "
import json, sys
r = json.loads(open(sys.argv[1]).readline())
assert r['district'] == 'Shepway' and r['collaborative_canonical'] == 'Shepway Rural Mini Hub', r
" "$work/out"
ok=$?; check "a district renamed since the register (Folkestone & Hythe): the register's, no warning ($(cat "$work/err"))" $ok
"$returns" register check "$corpus" >"$work/check" 2>"$work/err"
[ $? -eq 0 ] && [ ! -s "$work/check" ] && grep -q "; 0 names unknown, 0 read by normal form$" "$work/err"
check "register check of the bundled corpus: exit 0, nothing to list" $?

# A Forms export (wide: a row per return, a column per question): each
# unknown name listed once, each row once, only answers counted as returns.
forms="$work/forms.csv"
{
  echo 'ID,Start time,Completion time,Email,Name,District,Collaborative,Lead school(s),What activity have you undertaken to date?,What progress do you feel you have made against your priorities?,Strengths so far as a collaborative?,Areas for further development as a collaborative?,Additional comments.'
  echo '1,10/03/2014 09:05,10/03/2014 09:31,a@x.kent.sch.uk,A Head,Dover,Harbour Schools Partnership,Harbour Primary,Learning walks.,Writing rose.,Trust between heads.,N/A,'
  echo '2,11/03/2014 14:00,11/03/2014 14:42,b@x.kent.sch.uk,B Head,Dover,Harbour Schools Partnership,Harbour Junior,Joint moderation.,Reading rose.,Openness.,Governors.,None at this time.'
  echo '3,12/03/2014 08:15,12/03/2014 09:02,c@x.kent.sch.uk,C Head,Dover,Lighthouse Federation,Lighthouse Primary,N/A,-,,,'
} >"$forms"
"$returns" register check "$forms" --round 2014-03 >"$work/check" 2>"$work/err"
[ $? -eq 1 ]; check "register check of a Forms export: exit 1" $?
[ "$(grep -c "^unknown collaborative 'Harbour Schools Partnership'" "$work/check")" -eq 1 ] &&
  grep -q "^unknown collaborative 'Harbour Schools Partnership'.* — 7 returns, 2 without an answer$" "$work/check"
ok=$?; check "register check of a Forms export: the name once, its 7 answers counted, 2 without an answer apart ($(head -1 "$work/check"))" $ok
grep -qxF "  at $forms:2, $forms:3" "$work/check"; check "register check of a Forms export: each row once" $?
grep -q "^unknown collaborative 'Lighthouse Federation'.* — no return with an answer (2 without)$" "$work/check" &&
  grep -qxF "  at $forms:4" "$work/check"
check "register check of a Forms export: a name only in rows without an answer, said so" $?
grep -qx "register check: read 11, taken 7, no answer 4, rejected 0; 2 names unknown, 0 read by normal form" "$work/err"
ok=$?; check "register check of a Forms export: the totals ($(tail -1 "$work/err"))" $ok

# register add: the new collaborative, into a copy of the register (temp file + rename).
cp "$src/corpus/collaboratives.csv" "$work/reg.csv"
"$returns" register add --register "$work/reg.csv" --collaborative "Brookland and Snargate Federation" \
  --district Shepway --lead-school "Brookland CEP" --alias "Brookland Federation" --note "2014 returns" 2>"$work/err"
ok=$?; check "register add: exit 0 ($(cat "$work/err"))" $ok
[ "$(tail -1 "$work/reg.csv")" = "Brookland and Snargate Federation,Shepway,Brookland CEP,Brookland Federation,2014 returns" ]
ok=$?; check "register add: the row appended ($(tail -1 "$work/reg.csv"))" $ok
[ "$(head -n -1 "$work/reg.csv")" = "$(cat "$src/corpus/collaboratives.csv")" ] && [ ! -e "$work/reg.csv.partial" ]
check "register add: every other row as it was, no partial file left" $?
"$returns" register check "$new" --register "$work/reg.csv" >"$work/check" 2>/dev/null
[ $? -eq 1 ] && ! grep -q "Brookland" "$work/check" && grep -q "Lyminge CEP" "$work/check"
check "after register add: only the lead school is unknown" $?
# The documented edit: another spelling of a lead school after '|'.
sed -i 's/^Shepway Rural Mini Hub,Shepway,Lyminge School,/Shepway Rural Mini Hub,Shepway,Lyminge School|Lyminge CEP,/' "$work/reg.csv"
"$returns" register check "$new" --register "$work/reg.csv" >"$work/check" 2>/dev/null
check "after the CSV edit: register check exit 0" $?
"$returns" ingest "$new" --register "$work/reg.csv" 2>"$work/err" | python3 -c "
import json, sys
rs = [json.loads(l) for l in sys.stdin]
b = [r for r in rs if r['collaborative'] == 'Brookland and Snargate Federation'][0]
assert b['collaborative_canonical'] == 'Brookland and Snargate Federation', b
l = [r for r in rs if r['lead_schools'] == ['Lyminge CEP']][0]
assert l['lead_schools_canonical'] == ['Lyminge School'] and l['return_id'] == 'q2/shepway-rural-mini-hub/lyminge-school', l
"; check "after both: the returns are identified" $?
grep -q ", 0 warnings$" "$work/err"; check "after both: 0 warnings" $?
# What register add refuses leaves the file as it was.
cp "$work/reg.csv" "$work/reg-before.csv"
expect_error "register add: a known name" 2 "the register already knows 'RAiD' in Dover as 'Raising Achievement in Dover (RAiD)'" \
  "$returns" register add --register "$work/reg.csv" --collaborative RAiD --district Dover
expect_error "register add: an unknown district" 2 "--district 'Kent' is not a Kent district" \
  "$returns" register add --register "$work/reg.csv" --collaborative "New" --district Kent
expect_error "register add: no district" 2 "--collaborative NAME and --district DISTRICT are required" \
  "$returns" register add --register "$work/reg.csv" --collaborative "New"
cmp -s "$work/reg.csv" "$work/reg-before.csv"; check "register add refused: the register unchanged" $?
expect_error "register: unknown subcommand" 2 "unknown subcommand 'lsit'" "$returns" register lsit

# register list: every collaborative of the register, with its district; the districts; the names filters take.
"$returns" register list --register "$work/reg.csv" >"$work/list.txt"; check "register list: exit 0" $?
grep -c "^  district: " "$work/list.txt" >"$work/n"
[ "$(cat "$work/n")" -eq "$(($(wc -l <"$work/reg.csv") - 1))" ]; ok=$?; check "register list: one entry per register row ($(cat "$work/n"))" $ok
"$returns" register list --districts >"$work/districts.txt"
[ "$(wc -l <"$work/districts.txt")" -eq 12 ] && grep -qx "Tonbridge & Malling" "$work/districts.txt"
check "register list --districts: the twelve Kent districts" $?
"$returns" register list --names | grep -qx "RAiD"; check "register list --names: aliases too" $?
expect_error "register list: both" 2 "--districts or --names, not both" "$returns" register list --districts --names

# Filters take aliases: --collaborative RAiD finds RAiD's comments (RAiD is an alias in the register).
db="$work/db"
build_db "$db"
count() { "$returns" search --db "$db" --limit 0 --format json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
full=$(count --collaborative "Raising Achievement in Dover (RAiD)")
[ "$full" -gt 0 ] && [ "$(count --collaborative RAiD)" = "$full" ] && [ "$(count 'collaborative:RAiD')" = "$full" ]
check "search --collaborative RAiD and collaborative:RAiD find RAiD's $full comments" $?
# The register is read only when a search names a collaborative: with a broken
# one in the data folder, a search by words works and one by collaborative says what is wrong.
mkdir -p "$work/broken-data/corpus"
printf 'collaborative,district\n"never closed,Dover\n' >"$work/broken-data/corpus/collaboratives.csv"
n=$(RETURNS_DATA_DIR="$work/broken-data" count moderation 2>"$work/err")
[ "${n:-0}" -gt 0 ] && [ ! -s "$work/err" ]; check "search by words does not read the register ($n found)" $?
RETURNS_DATA_DIR="$work/broken-data" "$returns" search --db "$db" --collaborative RAiD >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "broken-data/corpus/collaboratives.csv" "$work/err"
check "search --collaborative reads it and names the broken register" $?
"$returns" summary --db "$db" --collaborative RAiD --format json | python3 -c "
import json, sys
assert json.load(sys.stdin)['totals']['comments'] == $full
"; check "summary --collaborative RAiD: the same comments" $?
# Indexed with the new round, CATS is one collaborative, not two.
"$returns" index "$new" --db "$db" --round 2014-03 2>/dev/null
"$returns" summary --db "$db" --by collaborative --format json | python3 -c "
import json, sys
values = json.dumps(json.load(sys.stdin)['by'])
assert 'Central Ashford Town Schools (CATS)' in values and 'Central Ashford Town Schools\"' not in values, values[:300]
"; check "summary --by collaborative counts CATS once across rounds" $?

finish register
