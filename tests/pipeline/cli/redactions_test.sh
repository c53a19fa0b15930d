#!/usr/bin/env bash
# returns redactions, and --redact on appendix, quotes and report: the names
# of tests/data/redaction/names.txt listed with their context and gone from
# every format; the names of keep.txt still there; the user's lists; errors.
# usage: redactions_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db="$work/db"
build_db "$db"
names="$data/redaction/names.txt"
keep="$data/redaction/keep.txt"

# The listing: each name with its comment id, rule and context.
"$returns" redactions --db "$db" --format json >"$work/r.json"
check "redactions --format json: exit 0" $?
python3 - "$work/r.json" "$names" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
names = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip() and not l.startswith("#")]
words = [x["words"] for x in r["redactions"]]
missing = [n for n in names if not any(n in w for w in words)]
assert not missing, missing
for x in r["redactions"]:
    assert x["id"] and x["rule"] and x["replacement"] == "[name]", x
    assert x["words"] in x["context"] and "\n" not in x["context"], x
    assert len(x["context"]) <= len(x["words"]) + 2 * 40 + 8, x
assert r["comments"] == 445, r["comments"]
PY
check "redactions json: every listed name, with id, rule and its context" $?

"$returns" redactions --db "$db" --format csv >"$work/r.csv"
check "redactions --format csv: exit 0" $?
python3 - "$work/r.csv" "$work/r.json" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
j = json.load(open(sys.argv[2]))["redactions"]
assert [r["words"] for r in rows] == [x["words"] for x in j]
assert [r["context"] for r in rows] == [x["context"] for x in j]
PY
check "redactions csv: the same redactions as json" $?

"$returns" redactions --db "$db" --district Dover >"$work/r.txt"
check "redactions text: exit 0" $?
grep -q "Jackie Cox → \[name\]  (delivered by)" "$work/r.txt"; check "text: the words, the replacement and the rule" $?
grep -q "Delivered by Jackie Cox/Veronica Smith" "$work/r.txt"; check "text: the context" $?
! grep -q "Alison Floyd" "$work/r.txt"; check "text: the district filter holds (Alison Floyd is in Dartford)" $?

# --redact on every format: no listed name left, every kept name as often as before.
leftover() {  # leftover FILE: the listed names FILE still holds
  python3 - "$1" "$names" "$keep" "$2" <<'PY'
import sys, zipfile, re
path, names, keep, plain = sys.argv[1:5]
def text(p):
    if p.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode()
        return re.sub(r"<[^>]+>", "", x)
    return open(p, encoding="utf-8").read()
t, before = text(path), text(plain)
ls = lambda f: [l.strip() for l in open(f, encoding="utf-8") if l.strip() and not l.startswith("#")]
bad = [n for n in ls(names) if n in t]
bad += ["kept: " + k for k in ls(keep) if before.count(k) != t.count(k)]
print("\n".join(bad)); sys.exit(1 if bad else 0)
PY
}
for f in md html csv; do
  "$returns" appendix --db "$db" --format $f --out "$work/plain.$f"
  "$returns" appendix --db "$db" --format $f --redact --out "$work/red.$f"
  check "appendix --format $f --redact: exit 0" $?
  grep -q "\[name\]\|\\\\\[name\\\\\]" "$work/red.$f"; check "appendix $f: [name] written (Markdown: \\[name\\])" $?
  leftover "$work/red.$f" "$work/plain.$f"; check "appendix $f: no listed name, every kept name" $?
done
"$returns" appendix --db "$db" --format docx --out "$work/plain.docx"
"$returns" appendix --db "$db" --format docx --redact --out "$work/red.docx"
leftover "$work/red.docx" "$work/plain.docx"; check "appendix docx: no listed name, every kept name" $?
"$returns" appendix --db "$db" --format xlsx --redact --out "$work/red.xlsx"
check "appendix xlsx --redact: exit 0" $?
python3 -c "import zipfile,sys; s=zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode() if 'xl/sharedStrings.xml' in zipfile.ZipFile(sys.argv[1]).namelist() else ''.join(zipfile.ZipFile(sys.argv[1]).read(n).decode() for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith('xl/worksheets')); sys.exit(0 if 'Jackie Cox' not in s and 'Bruce Potts' not in s and '[name]' in s else 1)" "$work/red.xlsx"
check "appendix xlsx: names out" $?

for f in md html; do
  "$returns" report --db "$db" --format $f --out "$work/rp.$f"
  "$returns" report --db "$db" --format $f --redact --out "$work/rr.$f"
  check "report --format $f --redact: exit 0" $?
  leftover "$work/rr.$f" "$work/rp.$f"; check "report $f: no listed name, every kept name" $?
done
"$returns" report --db "$db" --format docx --redact --out "$work/rr.docx"
"$returns" report --db "$db" --format docx --out "$work/rp.docx"
leftover "$work/rr.docx" "$work/rp.docx"; check "report docx: no listed name, every kept name" $?

# quotes: the theme of the comments naming Bruce Potts, all of them quoted.
for f in text md json html; do
  "$returns" quotes --db "$db" --theme professional_development --count 200 --format $f --redact >"$work/q.$f"
  check "quotes --format $f --redact: exit 0" $?
  ! grep -q "Bruce Potts\|Jackie Cox\|Penny Bill" "$work/q.$f"; check "quotes $f: names out" $?
done
"$returns" quotes --db "$db" --theme professional_development --count 200 >"$work/q0.txt"
grep -q "Bruce Potts\|Jackie Cox\|Penny Bill" "$work/q0.txt"; check "quotes without --redact: the names are there (the check above means something)" $?

# Initials, and the user's lists.
"$returns" appendix --db "$db" --format md --redact --redact-style initials --out "$work/i.md"
grep -q "J\.C\./V\.S\." "$work/i.md"; check "--redact-style initials: J.C./V.S." $?
printf '# always\nKingsnorth\n' >"$work/always.txt"
printf 'Bruce Potts\n' >"$work/never.txt"
"$returns" appendix --db "$db" --format md --redact --redact-list "$work/always.txt" --keep-list "$work/never.txt" --out "$work/u.md"
! grep -q "Kingsnorth" "$work/u.md"; check "--redact-list: a listed name redacted" $?
grep -q "Bruce Potts" "$work/u.md"; check "--keep-list: a listed name kept" $?

# Errors.
expect_error "unknown --redact-style" 2 "unknown --redact-style 'dots'" \
  "$returns" appendix --db "$db" --redact --redact-style dots
expect_error "missing --redact-list" 2 "nope.txt" \
  "$returns" appendix --db "$db" --redact --redact-list "$work/nope.txt"
expect_error "no word list" 2 "wbritish" env RETURNS_WORDS="$work/none" "$returns" redactions --db "$db"
expect_error "unknown redactions --format" 2 "unknown --format 'xml'" "$returns" redactions --db "$db" --format xml
finish redactions
