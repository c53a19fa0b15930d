#!/usr/bin/env bash
# returns compare: the bundled corpus (round 2013-03) against a second round
# made from it (tests/data/rounds/make_second_round.py: question 3 re-asked as
# 4, collaboratives gone, renamed, quieter and adding moderation): like-for-
# like questions, shares and changes, new and gone themes, joined and left,
# gained and dropped — all against an independent count from tag output; md,
# html, csv and xlsx; the errors.
# usage: compare_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

"$returns" tag "$corpus" --round 2013-03 >"$work/a.jsonl" 2>/dev/null
python3 "$data/rounds/make_second_round.py" "$work/a.jsonl" >"$work/b.jsonl"
"$returns" tag "$work/b.jsonl" >"$work/b-tagged.jsonl" 2>/dev/null
db="$work/db"
build_db "$db"
"$returns" index "$work/b.jsonl" --db "$db" 2>/dev/null

"$returns" compare --db "$db" --round 2013-03 --round 2014-03 --format json >"$work/compare.json"
python3 - "$work/compare.json" "$work/a.jsonl" "$work/b-tagged.jsonl" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
a = [json.loads(l) for l in open(sys.argv[2])]
b = [json.loads(l) for l in open(sys.argv[3])]
name = lambda r: r.get("collaborative_canonical") or r["collaborative"]
qa, qb = {r["question"] for r in a}, {r["question"] for r in b}
both = qa & qb
assert c["questions"] == {"compared": sorted(both), "only_a": sorted(qa - qb), "only_b": sorted(qb - qa)}, c["questions"]
assert c["questions"]["compared"] == [2] and c["questions"]["only_a"] == [3] and c["questions"]["only_b"] == [4]
a = [r for r in a if r["question"] in both]
b = [r for r in b if r["question"] in both]
ca, cb = {name(r) for r in a}, {name(r) for r in b}
assert c["totals"]["a"]["collaboratives"] == len(ca) and c["totals"]["b"]["collaboratives"] == len(cb)
assert c["totals"]["a"]["comments"] == len(a) and c["totals"]["b"]["comments"] == len(b)
themes_of = lambda rows: {n: {t for r in rows if name(r) == n for t in r["themes"]} for n in {name(r) for r in rows}}
ta, tb = themes_of(a), themes_of(b)
for t in c["themes"]:
    na = sum(t["id"] in s for s in ta.values())
    nb = sum(t["id"] in s for s in tb.values())
    assert (t["a"]["collaboratives"], t["b"]["collaboratives"]) == (na, nb), t
    assert t["change_points"] == round(100 * nb / len(cb) + 1e-9) - round(100 * na / len(ca) + 1e-9), t
    assert (t["id"] in c["new_themes"]) == (na == 0 < nb) and (t["id"] in c["gone_themes"]) == (nb == 0 < na)
assert c["joined"] == sorted(cb - ca) == ["Harbour Schools Partnership"], c["joined"]
assert c["left"] == sorted(ca - cb) and len(c["left"]) >= 3, c["left"]
changed = {k["collaborative"]: k for k in c["collaboratives"]}
for n in sorted(ca & cb):
    gained, dropped = tb[n] - ta[n], ta[n] - tb[n]
    if gained or dropped:
        assert set(changed[n]["gained"]) == gained and set(changed[n]["dropped"]) == dropped, (n, changed.get(n))
    else:
        assert n not in changed, n
assert c["unchanged"] == len(ca & cb) - len(changed)
assert any("moderation" in k["gained"] for k in changed.values())
assert any("relationships" in k["dropped"] for k in changed.values())
PY
check "compare json: like-for-like questions, shares, changes, joined, left, gained, dropped equal an independent count" $?

"$returns" compare --db "$db" --round 2013-03 --round 2014-03 >"$work/compare.txt"
grep -q "^Like for like: question 2. Left out: question 3 (asked in 2013-03 only); question 4 (asked in 2014-03 only).$" "$work/compare.txt" &&
  grep -q "^Joined in 2014-03 (1): Harbour Schools Partnership.$" "$work/compare.txt"
check "compare text: says which questions were left out and who joined" $?
"$returns" compare --db "$db" --round 2013-03 --round 2014-03 --format html --out "$work/compare.html"
check_output html "$work/compare.html" --expect "Rounds compared: 2013-03 and 2014-03"
check "compare html: a well-formed page" $?
[ "$(grep -o '<circle class="b"' "$work/compare.html" | wc -l)" -eq 20 ]; check "compare html: a dumbbell per theme" $?
"$returns" compare --db "$db" --round 2013-03 --round 2014-03 --format csv >"$work/compare.csv"
check_output csv "$work/compare.csv" --expect moderation --expect 2013-03
check "compare csv: text quoted, spreadsheet-safe" $?
"$returns" compare --db "$db" --round 2013-03 --round 2014-03 --format xlsx --out "$work/compare.xlsx"
"$office_python" - "$work/compare.xlsx" "$work/compare.json" <<'PY'
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
c = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Themes", "Collaboratives"]
ws = wb["Themes"]
assert ws.freeze_panes == "A5"
rows = list(ws.iter_rows(min_row=5, values_only=True))
assert [r[1] for r in rows] == [t["id"] for t in c["themes"]]
for r, t in zip(rows, c["themes"]):
    assert (r[2], r[4], r[6]) == (t["a"]["collaboratives"], t["b"]["collaboratives"], t["change_points"]), r
    assert all(isinstance(v, (int, float)) for v in r[2:7])
for sheet in wb:
    for row in sheet.iter_rows():
        assert all(cell.data_type != "f" for cell in row)
statuses = [r[2] for r in wb["Collaboratives"].iter_rows(min_row=2, values_only=True)]
assert statuses.count("joined in 2014-03") == 1 and statuses.count("left after 2013-03") == len(c["left"])
PY
check "compare xlsx: the figures as numbers, the collaboratives' status" $?

expect_error "compare: one round" 2 "give two different rounds" "$returns" compare --db "$db" --round 2013-03
expect_error "compare: a round not there" 2 "no comments of round '2015-03'" \
  "$returns" compare --db "$db" --round 2013-03 --round 2015-03
expect_error "compare: unknown format" 2 "unknown --format 'pdf'" \
  "$returns" compare --db "$db" --round 2013-03 --round 2014-03 --format pdf

# A round mistyped: the nearest named, with the rounds there.
expect_error "compare, a round mistyped" 2 "no comments of round '2014-3' in the selection — did you mean '2014-03'? (rounds there: 2013-03, 2014-03)" \
  "$returns" compare --db "$db" --round 2013-03 --round 2014-3
# The later round first: compared as given, with a warning on stderr, stdout the same shape.
"$returns" compare --db "$db" --round 2014-03 --round 2013-03 --format json >"$work/backwards.json" 2>"$work/err"
ok=$?
[ $ok -eq 0 ] && grep -qx "compare: warning: round '2014-03' is given first, so the changes read from it to '2013-03'; give the earlier round first (--round 2013-03 --round 2014-03) if that is not meant" "$work/err" \
  && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/backwards.json"
check "compare, the later round first: a warning, the JSON still whole" $?
"$returns" compare --db "$db" --round 2013-03 --round 2014-03 >/dev/null 2>"$work/err"
[ ! -s "$work/err" ]; check "compare, the earlier round first: no warning" $?

finish compare
