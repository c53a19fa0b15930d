#!/usr/bin/env bash
# End-to-end checks of the `returns` command line: exit statuses, error
# messages naming file and problem, machine output kept apart from messages,
# and byte-identical output from the same input.
# usage: cli_test.sh PATH/TO/returns SOURCE_DIR
set -u
returns=$(realpath "$1")
src=$(realpath "$2")
data=$src/tests/data
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
  grep -qF -- "$text" "$work/err"; check "$name: stderr has '$text' (got: $(head -c 300 "$work/err"))" $?
  [ ! -s "$work/out" ]; check "$name: nothing on stdout" $?
}

expect_error "missing file" 2 "$work/none.txt: error: no such file" "$returns" ingest "$work/none.txt"
expect_error "not UTF-8" 2 "not-utf8.txt:3: error: invalid UTF-8 at byte offset 112 (byte 0xE9)" \
  "$returns" ingest "$data/appendix/not-utf8.txt"
expect_error "empty file" 2 "empty.txt: error: empty file" "$returns" ingest "$data/appendix/empty.txt"
expect_error "no header" 2 "no-header.txt:1: error: no recognisable header" "$returns" ingest "$data/appendix/no-header.txt"
expect_error "no rows" 2 "no-rows.txt: error: no district rows found" "$returns" ingest "$data/appendix/no-rows.txt"
expect_error "bad register" 2 "register-unknown-column.csv:1: error: unknown column 'colour'" \
  "$returns" ingest --register "$data/register-unknown-column.csv" "$src/corpus/kent-2013"
expect_error "unknown option" 2 "unrecognised option" "$returns" ingest --colour "$src/corpus/kent-2013"
expect_error "unknown format" 2 "unknown --format 'csv'" "$returns" ingest --format csv "$src/corpus/kent-2013"
expect_error "unknown command" 2 "unknown command 'tag-all'" "$returns" tag-all
expect_error "no files" 2 "no input files" "$returns" ingest
# A good file before a bad one: still a failure, and no partial output.
expect_error "one bad file among good" 2 "empty.txt: error: empty file" \
  "$returns" ingest "$src/corpus/kent-2013/q2-progress.txt" "$data/appendix/empty.txt"

# JSON Lines on stdout only; the totals line on stderr.
"$returns" ingest "$src/corpus/kent-2013" >"$work/a.jsonl" 2>"$work/a.err"
check "ingest exit 0" $?
python3 -c "
import json, sys
rows = [json.loads(l) for l in open('$work/a.jsonl')]
need = {'return_id','comment_id','district','collaborative','collaborative_canonical','lead_schools','question','heading','text','source','line'}
assert rows and all(need <= set(r) for r in rows), 'missing fields'
assert len({r['comment_id'] for r in rows}) == len(rows), 'comment ids not unique'
assert {r['question'] for r in rows} == {2, 3}
" ; check "ingest writes valid JSON Lines with the fields" $?
grep -q "^ingest: 2 files, 90 returns, " "$work/a.err"; check "ingest totals on stderr ($(cat "$work/a.err"))" $?

# Deterministic: the same input gives byte-identical output, to stdout or --out.
"$returns" ingest "$src/corpus/kent-2013" --out "$work/b.jsonl" 2>/dev/null
cmp -s "$work/a.jsonl" "$work/b.jsonl"; check "ingest is byte-identical across runs" $?

"$returns" overview "$src/corpus/kent-2013" >"$work/overview" 2>/dev/null
check "overview exit 0" $?
grep -Eq "^2 +What progress do you feel you have made against your priorities\? +44 +[0-9]+ +12 +41$" "$work/overview"
check "overview: question 2 has 44 returns, 12 districts, 41 collaboratives" $?
grep -Eq "^3 +Strengths so far as a collaborative\? +46 +[0-9]+ +12 +43$" "$work/overview"
check "overview: question 3 has 46 returns, 12 districts, 43 collaboratives" $?

# tag: the bundled corpus, twice, byte-identical; one object per comment with themes and the lexicon.
"$returns" tag "$src/corpus/kent-2013" >"$work/t1.jsonl" 2>/dev/null
check "tag exit 0" $?
"$returns" tag "$src/corpus/kent-2013" >"$work/t2.jsonl" 2>/dev/null
cmp -s "$work/t1.jsonl" "$work/t2.jsonl"; check "tag is byte-identical across runs" $?
[ "$(wc -l <"$work/t1.jsonl")" -eq "$(wc -l <"$work/a.jsonl")" ]; check "tag gives one record per ingested comment" $?
python3 -c "
import json
rows = [json.loads(l) for l in open('$work/t1.jsonl')]
r = next(r for r in rows if r['id'] == 'q2/maidstone-west-collaboration/west-borough#4')
assert r['themes'] == ['shared_resources'] and r['pending'] == ['shared_resources'], r
assert r['lexicon'] == {'name': 'kent-codebook', 'version': '1.0'}
assert list(r)[0] == 'id' and r['comment_id'] == r['id']
for m in (m for r in rows for m in r['matches']):
    assert set(m) == {'theme', 'rule', 'start', 'end', 'text', 'pending'}
" ; check "tag output: themes, pending, matches, lexicon" $?

"$returns" tag "$src/corpus/kent-2013" --jobs 2 >"$work/t-j2.jsonl" 2>/dev/null
cmp -s "$work/t1.jsonl" "$work/t-j2.jsonl"; check "tag --jobs 2 is byte-identical to one thread" $?
"$returns" tag "$work/t1.jsonl" --jobs 0 --format csv >"$work/t-j0.csv" 2>/dev/null
"$returns" tag "$work/t1.jsonl" --jobs 1 --format csv >"$work/t-j1.csv" 2>/dev/null
cmp -s "$work/t-j0.csv" "$work/t-j1.csv" && [ "$(wc -l <"$work/t-j1.csv")" -ge 446 ]
check "streamed JSON Lines: --jobs 0 (all cores) equals one thread" $?

# tag: JSON Lines on stdin, other fields passed through in order.
printf '%s\n' '{"id":"r1","text":"Joint moderation of writing","school":"Hoath"}' '{"text":"Learning walks are planned for June"}' \
  | "$returns" tag >"$work/s.jsonl" 2>/dev/null
check "tag from stdin exit 0" $?
python3 -c "
import json
a, b = [json.loads(l) for l in open('$work/s.jsonl')]
assert list(a)[:3] == ['id', 'text', 'school'] and a['school'] == 'Hoath'
assert a['themes'] == ['literacy', 'moderation'] and a['pending'] == []
assert b['id'] == '<stdin>:2' and b['themes'] == ['learning_walks'] and b['pending'] == ['learning_walks']
" ; check "tag from stdin passes fields through and names records without id" $?

printf '%s\n' '{"id":"r1","text":"Joint moderation"}' | "$returns" tag --format csv >"$work/t.csv" 2>/dev/null
head -1 "$work/t.csv" | grep -q "^id,question,themes,pending,matches,text" && grep -q '^"r1",,"moderation","","moderation@6-16","Joint moderation"' "$work/t.csv"
check "tag --format csv" $?

# Bad records are rejected, not fatal: the rest is tagged, the rejects file says why, exit 1.
printf '%s\n' '{"id":"r1","text":"Joint moderation"}' 'not json' '{"id":"r3","words":"no text"}' >"$work/bad.jsonl"
"$returns" tag "$work/bad.jsonl" --rejects "$work/bad.rejects" >"$work/out" 2>"$work/err"
[ $? -eq 1 ]; check "tag: rejected records exit 1" $?
[ "$(wc -l <"$work/out")" -eq 1 ] && grep -q '"id":"r1"' "$work/out"; check "tag: the good record is still tagged" $?
grep -q "^tag: read 3, taken 1, rejected 2 (missing required field: 1, not a JSON object: 1)$" "$work/err"
check "tag: the totals line ($(tail -1 "$work/err"))" $?
python3 -c "
import json
r = [json.loads(l) for l in open('$work/bad.rejects')]
assert [(x['line'], x['reason'], x['raw']) for x in r] == [(2, 'not a JSON object', 'not json'), (3, 'missing required field', '{\"id\":\"r3\",\"words\":\"no text\"}')], r
assert r[0]['source'].endswith('bad.jsonl')
"; check "tag: the rejects file names source, line, reason and raw record" $?
printf 'name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - pattern: "Y[0-9"\n' >"$work/bad.yaml"
expect_error "tag: invalid RE2 in the lexicon" 2 "bad.yaml:6: error: invalid RE2 pattern 'Y[0-9'" \
  "$returns" tag --lexicon "$work/bad.yaml" "$work/s.jsonl"

"$returns" evaluate --gold "$src/tests/data/gold/themes-gold.jsonl" >"$work/eval" 2>&1
check "evaluate exit 0" $?
grep -Eq "^micro average +[0-9]+ +[0-9]+ +[0-9]+ +0\.[89][0-9]{2}" "$work/eval"; check "evaluate prints the micro average" $?

# lexicon check: every problem as file:line, exit 2 on errors; the default lexicon passes.
"$returns" lexicon check "$src/tests/data/lexicons/broken.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ]; check "lexicon check: errors exit 2" $?
[ "$(grep -c 'broken.yaml:[0-9]*: error: ' "$work/err")" -eq 6 ]; check "lexicon check: all six errors reported ($(cat "$work/err"))" $?
grep -q "^6 errors, 0 warnings$" "$work/err"; check "lexicon check: totals line" $?
"$returns" lexicon check "$src/lexicon/themes.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 0 ]; check "lexicon check: the default lexicon has no errors" $?
grep -q "themes.yaml:[0-9]*: warning: rule 'acronym:G&T' of theme 'more_able' never fires on" "$work/err"
check "lexicon check: warns of rules that never fire on the corpus" $?
printf 'name: x\nversion: 1\nthemes: [\n' >"$work/badyaml.yaml"
"$returns" lexicon check "$work/badyaml.yaml" >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && grep -q "badyaml.yaml:[0-9]*: error: bad YAML" "$work/err"; check "lexicon check: bad YAML" $?

# index / search / reindex / info on the bundled corpus.
db="$work/db"
"$returns" index "$src/corpus/kent-2013" --db "$db" --round 2013-03 >"$work/out" 2>"$work/err"
check "index exit 0 ($(cat "$work/err"))" $?
n=$(wc -l <"$work/a.jsonl")
"$returns" info --db "$db" >"$work/info"
grep -q "^documents: $n$" "$work/info" && grep -q "^returns:   90$" "$work/info" && grep -q "^rounds:    2013-03$" "$work/info" \
  && grep -q "^lexicon:   kent-codebook 1.0" "$work/info" && grep -q "^schema:    1$" "$work/info"
check "info: documents, returns, rounds, lexicon, schema ($(tr '\n' ' ' <"$work/info"))" $?
"$returns" index "$src/corpus/kent-2013" --db "$db" --round 2013-03 2>/dev/null
"$returns" info --db "$db" | grep -q "^documents: $n$"; check "indexing the same input again keeps the count" $?

# Killed mid-way (the test hook aborts after 100 comments, as kill -9 would): the earlier contents stay.
RETURNS_TEST_ABORT_AFTER=100 "$returns" index "$src/corpus/kent-2013" --db "$db" --round 2014-03 >/dev/null 2>&1
[ $? -ge 128 ]; check "the aborted run died" $?
"$returns" info --db "$db" >"$work/info2" 2>&1
grep -q "^documents: $n$" "$work/info2" && grep -q "^rounds:    2013-03$" "$work/info2"
check "a killed run leaves the database as it was ($(tr '\n' ' ' <"$work/info2"))" $?

# Theme facets equal counts computed independently from `returns tag` output.
"$returns" search --db "$db" --limit 0 --format json >"$work/all.json"
python3 -c "
import json, collections
facets = json.load(open('$work/all.json'))
counts = collections.Counter(t for l in open('$work/t1.jsonl') for t in json.loads(l)['themes'])
assert facets['total'] == $n, facets['total']
assert facets['facets']['themes'] == dict(counts), (facets['facets']['themes'], counts)
"; check "theme facets equal counts from tag output" $?

# A phrase query returns exactly the comments containing the phrase.
"$returns" search '"learning walk"' --db "$db" --limit 1000 --format json >"$work/phrase.json"
python3 -c "
import json, re
got = {r['comment_id'] for r in json.load(open('$work/phrase.json'))['results']}
want = set()
for l in open('$work/a.jsonl'):
    r = json.loads(l)
    words = re.findall(r\"[\w’']+\", r['text'].lower())
    if any(a == 'learning' and b == 'walk' for a, b in zip(words, words[1:])): want.add(r['comment_id'])
assert got == want and got, (sorted(got ^ want))
"; check "a phrase query returns exactly the comments with the phrase" $?

"$returns" search 'theme:moderation district:Dover' --db "$db" --format json >"$work/dover.json"
python3 -c "
import json
d = json.load(open('$work/dover.json'))
assert d['total'] > 0 and all(r['district'] == 'Dover' and 'moderation' in r['themes'] for r in d['results'])
assert all('**' in r['snippet'] for r in d['results'])
"; check "every comment on moderation in Dover, highlighted" $?

expect_error "search: a query the parser rejects" 2 "cannot parse the query 'moderation AND ('" \
  "$returns" search "moderation AND (" --db "$db"
expect_error "search: no database" 2 "$work/nodb: error: no database here" "$returns" search moderation --db "$work/nodb"

# summary, appendix, quotes on a fresh database built with the default lexicon.
db2="$work/db2"
"$returns" index "$src/corpus/kent-2013" --db "$db2" --round 2013-03 2>/dev/null
"$returns" summary --db "$db2" --format md --by question >"$work/summary.md"
cmp -s "$work/summary.md" "$src/tests/approved/summary-kent-2013.md"
check "summary md matches the approved file (diff: $(diff "$work/summary.md" "$src/tests/approved/summary-kent-2013.md" | head -5))" $?
"$returns" appendix --db "$db2" --theme learning_walks --format md >"$work/appendix.md"
cmp -s "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md"
check "appendix md matches the approved file (diff: $(diff "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md" | head -5))" $?

# Summary figures against an independent count from `returns tag` output.
"$returns" summary --db "$db2" --format json --by district >"$work/summary.json"
python3 -c "
import json, collections
s = json.load(open('$work/summary.json'))
rows = [json.loads(l) for l in open('$work/t1.jsonl')]
collabs = {r['collaborative_canonical'] for r in rows}
assert s['totals'] == {'comments': len(rows), 'returns': len({r['return_id'] for r in rows}), 'collaboratives': len(collabs)}, s['totals']
for t in s['themes']:
    mine = [r for r in rows if t['id'] in r['themes']]
    assert t['comments'] == len(mine), t
    assert t['returns'] == len({r['return_id'] for r in mine}), t
    assert t['collaboratives'] == len({r['collaborative_canonical'] for r in mine}), t
    assert t['pending'] == sum(t['id'] in r['pending'] for r in mine), t
    assert abs(t['collaborative_share'] - round(t['collaboratives'] / len(collabs), 4)) < 1e-9, t
dover = [r for r in rows if r['district'] == 'Dover']
cell = s['by']['values']['Dover']
assert s['by']['dimension'] == 'district' and cell['totals']['comments'] == len(dover)
assert cell['themes']['moderation']['comments'] == sum('moderation' in r['themes'] for r in dover)
"; check "summary figures equal an independent count from tag output" $?

"$returns" summary --db "$db2" --cooccurrence --format json >"$work/co.json"
python3 -c "
import json
s = json.load(open('$work/co.json'))
co = s['cooccurrence']
rows = [json.loads(l) for l in open('$work/t1.jsonl')]
for t in s['themes']:
    assert co[t['id']][t['id']] == t['comments']
    for u in s['themes']:
        assert co[t['id']][u['id']] == co[u['id']][t['id']]
assert co['moderation']['peer_review'] == sum('moderation' in r['themes'] and 'peer_review' in r['themes'] for r in rows)
"; check "summary --cooccurrence: symmetric, diagonal = comments, pairs counted" $?
"$returns" summary --db "$db2" --by district --cooccurrence >"$work/summary.txt"
[ "$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$work/summary.txt")" -le 100 ]
check "summary text fits 100 columns" $?

# Appendix: every matching comment exactly once, grouped by question, district, collaborative, in return order.
"$returns" appendix --db "$db2" --theme moderation --format csv >"$work/appendix.csv"
python3 -c "
import csv, json
rows = list(csv.DictReader(open('$work/appendix.csv', newline='')))
want = {(r['return_id'], r['position']) for r in map(json.loads, open('$work/t1.jsonl')) if 'moderation' in r['themes']}
got = [(r['return_id'], int(r['position'])) for r in rows]
assert len(got) == len(set(got)) and set(got) == want, (len(got), len(want))
keys = [(int(r['question']), r['district'], r['collaborative'], r['return_id'], int(r['position'])) for r in rows]
# Sections by question; within one, district then collaborative then position in the return.
assert [k[0] for k in keys] == sorted(k[0] for k in keys)
for q in {k[0] for k in keys}:
    section = [k[1:] for k in keys if k[0] == q]
    assert section == sorted(section), section
"; check "appendix: each matching comment once, in district, collaborative, position order" $?
"$returns" appendix --db "$db2" --question 3 --format html >"$work/appendix.html"
[ "$(grep -o '<p class="quote">' "$work/appendix.html" | wc -l)" -eq "$(grep -c '"question":3' "$work/t1.jsonl")" ]
check "html appendix of question 3 holds every comment of question 3 once" $?

if command -v pandoc >/dev/null; then
  "$returns" appendix --db "$db2" --theme elc --format docx --out "$work/elc.docx"
  pandoc -f docx -t html "$work/elc.docx" >"$work/elc.txt" 2>/dev/null
  grep -q "Appendix: theme elc" "$work/elc.txt" && grep -q "Weald Consortium" "$work/elc.txt" && grep -q "first cohort is complete" "$work/elc.txt"
  check "docx appendix converts back to the text it should hold" $?
fi
expect_error "appendix: docx needs --out" 2 "docx needs --out" "$returns" appendix --db "$db2" --format docx

"$returns" quotes --theme moderation --count 4 --db "$db2" --format json >"$work/quotes.json"
python3 -c "
import json
q = json.load(open('$work/quotes.json'))
assert len(q) == 4 and len({x['collaborative'] for x in q}) == 4
assert all('moderat' in x['text'].lower() or 'levelling' in x['text'].lower() for x in q)
assert [x['score'] for x in q] == sorted((x['score'] for x in q), reverse=True)
"; check "quotes: four typical moderation comments from four collaboratives" $?
expect_error "quotes: one theme" 2 "give exactly one --theme" "$returns" quotes --db "$db2"

# reindex with a changed lexicon changes exactly the tags it should: here, a new theme for ICT.
sed 's/^themes:$/themes:\n  - id: ict\n    label: ICT\n    rules:\n      - acronym: ICT/' "$src/lexicon/themes.yaml" \
  | sed 's/^version: "1.0"$/version: "1.1-ict"/' >"$work/ict.yaml"
"$returns" tag --lexicon "$work/ict.yaml" "$src/corpus/kent-2013" >"$work/ict-tags.jsonl" 2>/dev/null
"$returns" reindex --db "$db" --lexicon "$work/ict.yaml" >"$work/out" 2>"$work/err"
check "reindex exit 0 ($(cat "$work/err"))" $?
"$returns" search --db "$db" --limit 1000 --format json >"$work/after.json"
python3 -c "
import json
before = {json.loads(l)['id']: json.loads(l)['themes'] for l in open('$work/t1.jsonl')}
want = {json.loads(l)['id']: json.loads(l)['themes'] for l in open('$work/ict-tags.jsonl')}
after = {r['comment_id']: r['themes'] for r in json.load(open('$work/after.json'))['results']}
assert after == want
changed = {k for k in before if before[k] != after[k]}
assert changed and all(set(after[k]) - set(before[k]) == {'ict'} for k in changed)
assert changed == {k for k, v in want.items() if 'ict' in v}
"; check "reindex changes exactly the tags it should" $?
grep -q "^reindex: [1-9][0-9]* comments re-tagged differently with kent-codebook 1.1-ict$" "$work/err"
check "reindex reports the lexicon" $?
"$returns" info --db "$db" | grep -q "^lexicon:   kent-codebook 1.1-ict"; check "info shows the new lexicon" $?

# Intake: every bad or awkward input in tests/data/intake/bad, its exit status, totals and rejects.
bad="$src/tests/data/intake/bad"
check_reject() {  # check_reject FILE REASON LINE
  "$returns" ingest "$bad/$1" --rejects "$work/r.jsonl" >"$work/out" 2>"$work/err"
  local status=$?
  [ $status -eq 1 ]; check "$1: exit 1 (got $status)" $?
  grep -q "^ingest: read 2, taken 1, rejected 1 ($2: 1)$" "$work/err"; check "$1: totals line ($(tail -1 "$work/err"))" $?
  python3 -c "
import json
r = [json.loads(l) for l in open('$work/r.jsonl')]
assert len(r) == 1 and r[0]['reason'] == '$2' and r[0]['line'] == $3 and r[0]['source'].endswith('$1'), r
assert r[0]['raw'], r
"; check "$1: the rejects file says source, line $3, reason and the raw record" $?
  [ "$(wc -l <"$work/out")" -ge 1 ]; check "$1: the good record is still taken" $?
}
check_reject invalid-utf8.csv "invalid UTF-8" 3
check_reject wrong-field-count.csv "wrong number of fields" 3
check_reject missing-field.csv "missing required field" 3
check_reject empty-answer.csv "empty answer" 3
check_reject unknown-question.csv "unknown question" 3
check_reject duplicate.csv "duplicate within the batch" 3
check_reject too-large.csv "record over the size limit" 3
check_reject not-json.jsonl "not a JSON object" 2
grep -q '"detail":"an answer over 100000 bytes"' <("$returns" ingest "$bad/too-large.csv" --rejects /dev/stdout 2>/dev/null | grep rejected -i; "$returns" ingest "$bad/too-large.csv" --rejects "$work/r.jsonl" >/dev/null 2>&1; cat "$work/r.jsonl")
check "too-large: the rejects file says the limit" $?

expect_error "empty CSV" 2 "empty.csv: error: empty file (no header row)" "$returns" ingest "$bad/empty.csv"
expect_error "unknown column" 2 "unknown-column.csv:1: error: unknown column 'Timestamp'" "$returns" ingest "$bad/unknown-column.csv"
"$returns" ingest "$bad/unknown-column.csv" --columns ignore=Timestamp >/dev/null 2>&1
check "unknown column: --columns ignore=Timestamp takes the file" $?
"$returns" ingest "$bad/header-only.csv" >"$work/out" 2>"$work/err"
[ $? -eq 0 ] && grep -q "^ingest: read 0, taken 0, rejected 0$" "$work/err" && [ ! -s "$work/out" ]
check "header-only CSV: nothing read, exit 0" $?
"$returns" ingest "$bad/bom-crlf.csv" 2>/dev/null | grep -q '"text":"Shared purpose and trust."'
check "BOM and CRLF: taken, text clean" $?
[ "$("$returns" ingest "$bad/quoted-newlines.csv" 2>/dev/null | grep -c '"collaborative":"M7, the Minster seven"')" -eq 3 ]
check "quoted commas, quotes and line breaks: one return of three comments" $?
"$returns" ingest "$bad/windows-1252.csv" --encoding windows-1252 2>/dev/null | grep -q '"text":"Heads’ moderation saved £125 – “good”"'
check "Windows-1252 with --encoding: converted" $?
"$returns" ingest "$bad/windows-1252.csv" >/dev/null 2>"$work/err"
[ $? -eq 1 ] && grep -q "rejected 1 (invalid UTF-8: 1)" "$work/err"; check "Windows-1252 without --encoding: rejected as invalid UTF-8" $?
"$returns" ingest "$bad/duplicate.csv" --strict >"$work/out" 2>"$work/err"
[ $? -eq 1 ] && [ ! -s "$work/out" ] && grep -q "duplicate.csv:3: error: duplicate within the batch" "$work/err"
check "--strict: stops at the first bad record, writes nothing" $?
expect_error "unknown --format" 2 "unknown --format 'xml'" "$returns" ingest --format xml "$bad/duplicate.csv"
expect_error "bad --columns" 2 "unknown field 'colour'" "$returns" ingest --columns colour=Area "$bad/duplicate.csv"

# The same returns as long CSV, wide CSV, return documents and JSON Lines give identical tag output.
same="$src/tests/data/intake/same"
for f in returns-long.csv returns-wide.csv returns.jsonl "return-1.md return-2.md"; do
  (cd "$same" && "$returns" ingest $f 2>/dev/null) | "$returns" tag 2>/dev/null >"$work/same-$(echo $f | cut -c1-12).jsonl"
done
python3 -c "
import json, glob
outs = {}
for p in sorted(glob.glob('$work/same-*.jsonl')):
    outs[p] = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in open(p)]
vals = list(outs.values())
assert len(vals) == 4 and len(vals[0]) == 6 and all(v == vals[0] for v in vals), {k: len(v) for k, v in outs.items()}
assert vals[0][0]['id'] == 'q3/samphire-hub/no-lead#1'
"; check "the same returns in four formats give identical tag output" $?
"$returns" tag "$same/returns-long.csv" 2>/dev/null | python3 -c "
import json, sys
a = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in sys.stdin]
b = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in open('$work/same-returns-long.jsonl')]
assert a == b
"; check "tag reads CSV directly as ingest would" $?

# Incremental batches: the bundled corpus, then a CSV batch for another round, then the same batch again.
db3="$work/db3"
"$returns" index "$src/corpus/kent-2013" --db "$db3" --round 2013-03 2>/dev/null
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 6))$"; check "a new round adds its comments" $?
"$returns" index "$same/returns-long.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" >"$work/info3"
grep -q "^documents: $((n + 6))$" "$work/info3" && grep -q "^rounds:    2013-03, 2014-03$" "$work/info3"
check "the same batch again replaces, never duplicates ($(tr '\n' ' ' <"$work/info3"))" $?
"$returns" search --db "$db3" --theme learning_walks --round 2014-03 --format json >"$work/new.json"
python3 -c "
import json
d = json.load(open('$work/new.json'))
assert d['total'] == 1 and d['results'][0]['comment_id'] == 'q2/m7-partnership/minster-primary#1', d['total']
"; check "search finds the new comment by theme and round" $?
# A return re-sent shorter replaces its earlier version whole.
printf 'District,Collaborative,Lead School(s),Question,Answer\nThanet,M7 Partnership,Minster Primary,2,"Learning walks continue."\n' >"$work/shorter.csv"
"$returns" index "$work/shorter.csv" --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 5))$"; check "a return sent again replaces all its earlier comments" $?
"$returns" remove --db "$db3" --round 2014-03 --collaborative "M7 Partnership" 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $((n + 2))$"; check "remove --round --collaborative" $?
"$returns" remove --db "$db3" --round 2014-03 2>/dev/null
"$returns" info --db "$db3" | grep -q "^documents: $n$"; check "remove --round" $?

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
