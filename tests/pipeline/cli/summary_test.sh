#!/usr/bin/env bash
# returns summary: the approved Markdown file, figures against an
# independent count from tag output, co-occurrence, text width; on hostile
# data (tests/data/hostile) a CSV a spreadsheet reads as text and an html
# page with nothing injected.
# usage: summary_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

tag_corpus
db2="$work/db2"
build_db "$db2"

"$returns" summary --db "$db2" --format md --by question >"$work/summary.md"
cmp -s "$work/summary.md" "$src/tests/approved/summary-kent-2013.md"
ok=$?; check "summary md matches the approved file (diff: $(diff "$work/summary.md" "$src/tests/approved/summary-kent-2013.md" | head -5))" $ok

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
none = [r for r in rows if not r['themes']]
assert s['no_theme']['comments'] == len(none) > 0, s['no_theme']
assert s['no_theme']['returns'] == len({r['return_id'] for r in none}), s['no_theme']
assert s['no_theme']['collaboratives'] == len({r['collaborative_canonical'] for r in none}), s['no_theme']
assert cell['no_theme']['comments'] == sum(not r['themes'] for r in dover)
"; check "summary figures (and the no-theme row) equal an independent count from tag output" $?

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

# --sort: the themes by share of collaboratives, by comments, by label.
for sort in share comments label; do
  "$returns" summary --db "$db2" --format json --sort "$sort" >"$work/sorted-$sort.json"
done
python3 -c "
import json
s = {k: json.load(open('$work/sorted-%s.json' % k))['themes'] for k in ('share', 'comments', 'label')}
key = {'share': lambda t: -t['collaboratives'], 'comments': lambda t: -t['comments'], 'label': lambda t: t['label'].lower()}
for k, themes in s.items():
    assert [key[k](t) for t in themes] == sorted(key[k](t) for t in themes), k
    assert len(themes) == 20
"; check "summary --sort share|comments|label: the themes in that order" $?
expect_error "summary: unknown --sort" 2 "unknown --sort 'size' (codebook, share, comments or label)" \
  "$returns" summary --db "$db2" --sort size

# Excel: the figures sheet and theme x collaborative, read back with openpyxl and held to the json.
"$returns" summary --db "$db2" --format xlsx --out "$work/summary.xlsx"
"$returns" summary --db "$db2" --format json --by collaborative >"$work/by-collaborative.json"
"$office_python" - "$work/summary.xlsx" "$work/by-collaborative.json" <<'PY'
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
s = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Themes", "By collaborative"], wb.sheetnames
ws = wb["Themes"]
assert [c.value for c in ws[4]] == ["Theme", "Theme id", "Comments", "Returns", "Collaboratives",
                                    "Share of collaboratives", "Done", "Pending"]
assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:H24", (ws.freeze_panes, ws.auto_filter.ref)
rows = list(ws.iter_rows(min_row=5, values_only=True))
assert len(rows) == len(s["themes"]) == 20
for r, t in zip(rows, s["themes"]):
    assert r[0] == t["label"] and r[1] == t["id"]
    assert all(isinstance(v, int) for v in (r[2], r[3], r[4], r[6], r[7])), r
    assert (r[2], r[3], r[4], r[7]) == (t["comments"], t["returns"], t["collaboratives"], t["pending"])
    assert abs(r[5] - t["collaborative_share"]) < 1e-4
for r in ws.iter_rows(min_row=5):
    assert r[5].number_format == "0%", r[5].number_format
cross = wb["By collaborative"]
names = [c.value for c in cross[4]][2:]
collabs = list(s["by"]["values"])
assert names == collabs, (names[:3], collabs[:3])
assert cross.freeze_panes == "B6", cross.freeze_panes
for r, t in zip(cross.iter_rows(min_row=6, values_only=True), s["themes"]):
    assert r[1] == t["id"]
    assert list(r[2:]) == [s["by"]["values"][c]["themes"][t["id"]]["comments"] for c in collabs]
for sheet in wb:
    for row in sheet.iter_rows():
        for c in row:
            assert c.data_type != "f", c.coordinate
PY
check "summary --format xlsx: figures and theme x collaborative as numbers and percentages, frozen, filtered, equal to the json" $?
"$returns" summary --db "$db2" --format xlsx --by district | "$office_python" -c "
import sys, io, openpyxl
wb = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))
ws = wb['By district']
assert ws['C4'].value.startswith('district ') and ws['C5'].value == 'collaboratives' and ws['D5'].value == 'share'
assert ws['D6'].number_format == '0%' and 0 <= ws['D6'].value <= 1
"; check "summary --format xlsx --by district, to a pipe: collaboratives and their share per district" $?

# Output safety: hostile labels, names and text (tests/data/hostile).
hostile="$work/hostile"
build_hostile_db "$hostile"
label="=Moderation <script>document.body.dataset.pwned='label'</script> & \"co\""
attr_label="\" onmouseover=\"document.body.dataset.pwned='attr'\" x=\"' <b>walks</b>"
svg_label="+SUM(1,2) & 'single' </title></text></svg><script>document.body.dataset.pwned='svg'</script>"
dover="Dover <script>document.body.dataset.pwned='district'</script>"
for by in district collaborative round; do
  "$returns" summary --db "$hostile" --format csv --by "$by" >"$work/hostile-$by.csv"
  check_output csv "$work/hostile-$by.csv" --expect "'$label" --expect "$attr_label" --expect "'$svg_label" \
    --expect "'@cmd|' /C calc'!A0" --expect moderation --expect all --expect "$by"
  check "regression: summary --format csv --by $by: every text cell quoted (the theme id too), none a formula" $?
done
check_output csv "$work/hostile-district.csv" --expect "'-Thanet" --expect "'=Swale" --expect "$dover"
check "regression: summary csv: district names starting with '-' and '=' are text to a spreadsheet" $?
check_output csv "$work/hostile-round.csv" --expect "'-2014"
check "regression: summary csv: a round starting with '-' is text to a spreadsheet" $?
for by in district collaborative round; do
  "$returns" summary --db "$hostile" --format html --by "$by" "moderation OR '<script>x</script>' OR \"&amp;\"" \
    >"$work/hostile-$by.html"
  check_output html "$work/hostile-$by.html" --expect "$label" --expect "$attr_label" --expect "$svg_label" \
    --expect "'<script>x</script>'" --expect '"&amp;"'
  check "summary --format html --by $by: labels, values and the query escaped; no element or attribute injected" $?
done
check_output html "$work/hostile-district.html" --expect "$dover" --expect "-Thanet" --expect "=Swale"
check "summary html: hostile district names shown as text" $?
check_output html "$work/hostile-collaborative.html" --expect "\"><img src=x onerror=\"document.body.dataset.pwned='collaborative'\"> & Co"
check "summary html: a hostile collaborative name shown as text" $?
"$returns" summary --db "$hostile" --format xlsx --by district --out "$work/hostile.xlsx"
"$office_python" - "$work/hostile.xlsx" "$label" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
texts = set()
for ws in wb:
    for row in ws.iter_rows():
        for c in row:
            assert c.data_type != "f", (ws.title, c.coordinate, c.value)
            if isinstance(c.value, str): texts.add(c.value)
assert sys.argv[2] in texts
assert any(t.startswith("district =Swale") for t in texts) and any(t.startswith("district -Thanet") for t in texts)
PY
check "regression: summary --format xlsx: labels and names starting with = - are text, never formulas" $?

# Regression: summary md wrote labels, names and the selection raw: a '|' broke
# the table and '<script>' reached a renderer. Every '<' from data is escaped.
"$returns" summary --db "$hostile" --format md --by district "moderation OR '<script>x</script>'" >"$work/hostile.md"
! grep -q "[^\\]<script" "$work/hostile.md" && ! grep -q "^<script" "$work/hostile.md"
check "regression: summary md: no raw <script> from data or the query" $?
python3 -c "
import sys
rows = [l for l in open('$work/hostile.md') if l.startswith('|') and not l.startswith('|---')]
cells = {len([c for c in l.replace(chr(92) + '|', '').split('|')]) for l in rows}
assert len(cells) <= 2, cells  # the figures table and the district table: each has one width
"; check "regression: summary md: a '|' in a label or name does not break a table" $?

# The database keeps the lexicon's text: labels come from it whatever the
# directory the command runs in, and after the file is gone.
mkdir -p "$work/here/lex" "$work/elsewhere"
sed 's/label: Learning walks/label: Walks of learning/' "$data/lexicons/weakened.yaml" >"$work/here/lex/mine.yaml"
(cd "$work/here" && "$returns" index "$corpus" --db db --round 2013-03 --lexicon lex/mine.yaml 2>/dev/null)
rm "$work/here/lex/mine.yaml"
(cd "$work/elsewhere" && "$returns" summary --db ../here/db) >"$work/kept.txt" 2>&1
ok=$?; check "summary with the lexicon file gone: exit 0 ($(head -c 200 "$work/kept.txt"))" $ok
grep -q "^Walks of learning " "$work/kept.txt"; check "summary: labels from the lexicon kept in the database" $?
(cd "$work/elsewhere" && "$returns" quotes --db ../here/db --theme learning_walks --count 1) >"$work/kept-quotes.txt" 2>&1
grep -q "^Typical comments: Walks of learning " "$work/kept-quotes.txt"; check "quotes: the label from the kept lexicon" $?
"$returns" info --db "$work/here/db" | grep -q "^lexicon:   weakened 1 ($work/here/lex/mine.yaml; its text kept in the database)$"
check "info: the lexicon's absolute path, and its text kept" $?

finish summary
