#!/usr/bin/env bash
# returns export and import-coding (REFI-QDA): the bundled corpus's project
# validates against the REFI-QDA schema (xmllint, ../shared/refi-qda), every
# selection's positions cut its words out of its source (Python slices code
# points), the counts match `summary`, the bytes are the same each time, and
# import-coding gives back the tagging; the codebook alone; errors.
# usage: export_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db="$work/db"
build_db "$db"
"$returns" export --format qdpx --db "$db" --out "$work/kent.qdpx" 2>"$work/err"
ok=$?; check "export exits 0 ($(cat "$work/err"))" $ok
grep -q '^export: .* returns, .* comments, .* codes, .* selections, .* codings → ' "$work/err"
check "export says what it wrote" $?
mkdir "$work/unzipped" && (cd "$work/unzipped" && python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall()" "$work/kent.qdpx")
[ -s "$work/unzipped/project.qde" ]; check "the project has project.qde" $?

# The schema: the copy in tests/data (unchanged from ../shared/refi-qda), and
# the shared one too when it is there.
if command -v xmllint >/dev/null; then
  for xsd in "$data/refi-qda/Project-mrt2019.xsd" "$src/../shared/refi-qda/Project-mrt2019.xsd"; do
    [ -f "$xsd" ] || { echo "note: $xsd is not there: not validated against it"; continue; }
    xmllint --noout --schema "$xsd" "$work/unzipped/project.qde" 2>"$work/xmllint"
    ok=$?; check "project.qde validates against $xsd ($(tail -3 "$work/xmllint"))" $ok
  done
else
  echo "note: schema validation skipped: xmllint missing (scripts/install-deps installs libxml2-utils)"
fi

# Selections against their sources, counts against summary.
"$returns" summary --db "$db" --format json >"$work/summary.json"
python3 - "$work/unzipped" "$work/summary.json" <<'PY' 2>"$work/py"
import json, sys, os, xml.etree.ElementTree as ET
d, summary = sys.argv[1], json.load(open(sys.argv[2]))
ns = {"q": "urn:QDA-XML:project:1.0"}
root = ET.parse(os.path.join(d, "project.qde")).getroot()
assert root.tag == "{urn:QDA-XML:project:1.0}Project", root.tag
codes = {}
def walk(node, parent):
    for c in node.findall("q:Code", ns):
        codes[c.get("guid")] = (c.get("name"), parent)
        walk(c, c.get("guid"))
walk(root.find("q:CodeBook/q:Codes", ns), None)
labels = {t["id"]: t["label"] for t in summary["themes"]}
assert len(codes) == len(summary["themes"]) + 1, (len(codes), len(summary["themes"]))
assert sorted(n for n, _ in codes.values()) == sorted(list(labels.values()) + ["Pending (planned, not yet done)"])
sources = root.findall("q:Sources/q:TextSource", ns)
assert len(sources) == summary["totals"]["returns"], (len(sources), summary["totals"])
comments_by_code, n_comments, n_selections = {}, 0, 0
for s in sources:
    path = s.get("plainTextPath"); assert path.startswith("internal://")
    text = open(os.path.join(d, "sources", path[len("internal://"):]), encoding="utf-8").read()
    spans = [l.split(" ", 1) for l in s.find("q:Description", ns).text.split("\n")[1:]]
    spans = [(tuple(map(int, a.split("-"))), cid) for a, cid in spans]
    n_comments += len(spans)
    for sel in s.findall("q:PlainTextSelection", ns):
        n_selections += 1
        a, b = int(sel.get("startPosition")), int(sel.get("endPosition"))
        assert text[a:b] == sel.get("name"), (text[a:b], sel.get("name"))
        (cid,) = [cid for (x, y), cid in spans if x <= a and b <= y]
        for coding in sel.findall("q:Coding", ns):
            comments_by_code.setdefault(coding.find("q:CodeRef", ns).get("targetGUID"), set()).add(cid)
assert n_comments == summary["totals"]["comments"], n_comments
assert n_selections > 100
by_label = {name: guid for guid, (name, _) in codes.items()}
for t in summary["themes"]:
    got = len(comments_by_code.get(by_label[t["label"]], ()))
    assert got == t["comments"], (t["id"], got, t["comments"])
pending = len(comments_by_code.get(by_label["Pending (planned, not yet done)"], ()))
assert pending > 0
PY
ok=$?; check "selections cut their words; codes, returns, comments and theme counts match summary ($(tail -3 "$work/py"))" $ok

"$returns" export --format qdpx --db "$db" --out "$work/again.qdpx" 2>/dev/null
cmp -s "$work/kent.qdpx" "$work/again.qdpx"; check "the same database gives the same bytes" $?

# A selection: only question 3, only Dover.
"$returns" export --db "$db" --question 3 --district Dover --out "$work/q3.qdpx" 2>"$work/err"
grep -q '^export: [1-9][0-9]* returns' "$work/err"; ok=$?; check "a filtered export ($(cat "$work/err"))" $ok
[ "$(stat -c %s "$work/q3.qdpx")" -lt "$(stat -c %s "$work/kent.qdpx")" ]; check "a filtered export is smaller" $?

# import-coding: the export's coding back, comment for comment.
tag_corpus
"$returns" import-coding "$work/kent.qdpx" --out "$work/gold.jsonl" 2>"$work/err"
ok=$?; check "import-coding exits 0 ($(cat "$work/err"))" $ok
grep -q '^import-coding: [0-9]* text sources, [0-9]* comments ([0-9]* with a theme), ' "$work/err"; check "import-coding says what it read" $?
python3 - "$work/gold.jsonl" "$work/t1.jsonl" <<'PY' 2>"$work/py"
import json, sys
gold = [json.loads(l) for l in open(sys.argv[1])]
tagged = {r["comment_id"]: r for r in map(json.loads, open(sys.argv[2]))}
assert len(gold) == len(tagged), (len(gold), len(tagged))
for g in gold:
    t = tagged[g["id"]]
    assert g["text"] == t["text"] and g["themes"] == t["themes"] and g["pending"] == t["pending"], g["id"]
    assert g["round"] == "2013-03" and g["question"] == t["question"]
PY
ok=$?; check "import of the export gives back every comment's themes and pending ($(tail -3 "$work/py"))" $ok
"$returns" evaluate --gold "$work/gold.jsonl" >"$work/eval" 2>&1
ok=$?; check "evaluate reads the imported gold file ($(head -3 "$work/eval"))" $ok

atlas="$src/../shared/refi-qda/sample-atlas-project.qdpx"
if [ -f "$atlas" ]; then
  "$returns" import-coding "$atlas" >"$work/out" 2>"$work/err"
  ok=$?; check "the ATLAS.ti sample imports without failing ($(cat "$work/err"))" $ok
  [ ! -s "$work/out" ]; check "the ATLAS.ti sample has no text sources: no comments" $?
fi

# The codebook alone.
"$returns" export --format qdc --out "$work/kent.qdc" 2>/dev/null
check "export --format qdc exits 0" $?
xmllint --noout "$work/kent.qdc" 2>/dev/null && grep -q 'xmlns="urn:QDA-XML:codebook:1.0"' "$work/kent.qdc"
check "the .qdc is XML in the codebook namespace" $?
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$data/refi-qda/Codebook.xsd" "$work/kent.qdc" 2>"$work/xmllint"
  ok=$?; check "the .qdc validates against the REFI-QDA codebook schema ($(tail -3 "$work/xmllint"))" $ok
fi
themes=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['themes']))" "$work/summary.json")
[ "$(grep -c '<Code ' "$work/kent.qdc")" -eq $((themes + 1)) ]; check "the .qdc has a code per theme and the pending code" $?
"$returns" export --format qdc --db "$db" >"$work/db.qdc" 2>/dev/null
cmp -s "$work/kent.qdc" "$work/db.qdc"; check "the codebook of --db (the lexicon kept there) on stdout is the bundled one" $?

expect_error "qdpx to stdout" 2 "--format qdpx needs --out FILE.qdpx" "$returns" export --db "$db"
expect_error "unknown format" 2 "unknown --format 'xml' (qdpx or qdc)" "$returns" export --format xml --db "$db" --out "$work/x"
expect_error "no database" 2 "--db DIR is required" "$returns" export --out "$work/x.qdpx"
printf 'not a zip' >"$work/bad.qdpx"
expect_error "import of a file that is no project" 2 "bad.qdpx: error: not a REFI-QDA project: neither a .qdpx (a zip archive) nor its project.qde" "$returns" import-coding "$work/bad.qdpx"
expect_error "import with no file" 2 "which project?" "$returns" import-coding
finish export
