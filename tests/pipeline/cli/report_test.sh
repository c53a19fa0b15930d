#!/usr/bin/env bash
# returns report: per question the themes by share of collaboratives in
# words and a chart, typical comments, what is still planned, the appendix.
# usage: report_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

db="$work/db"
build_db "$db"

"$returns" report --db "$db" --out "$work/report.md"
check "report: md written" $?
[ "$(grep -c '^## Question [23]:' "$work/report.md")" -eq 4 ] && grep -q '^# Appendix: all comments' "$work/report.md"
check "report md: questions 2 and 3, each in the report and in the appendix after it" $?
grep -q '^- Half or more of the collaboratives mention Trust and relationships (63%)\.$' "$work/report.md"
check "report md: the share of collaboratives in a sentence, as summary --question 3 counts it" $?
# The typical comments of question 3, by theme, and the kind 002 chose for
# relationships and shared resources (openness and trust; joint procurement).
python3 - "$work/report.md" >"$work/q3-quotes.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read().split("# Appendix")[0]
q3 = text.split("## Question 3:")[1]
for quote, theme in re.findall(r"^> “(.*)”\n> — \*.*\* \((.*)\)$", q3, re.M):
    print(theme + "\t" + quote)
PY
[ "$(wc -l <"$work/q3-quotes.txt")" -eq 5 ]; check "report md: five typical comments for question 3" $?
grep -P '^Trust and relationships\t' "$work/q3-quotes.txt" | grep -qi 'trust\|openness'
check "report: the relationships comment is about openness and trust" $?
grep -P '^Shared resources and joint procurement\t' "$work/q3-quotes.txt" | grep -qi 'procurement\|economies of scale'
check "report: the shared resources comment is about joint procurement or economies of scale" $?
# The quote for the most-mentioned theme is what quotes picks first.
"$returns" quotes --db "$db" --question 3 --theme relationships --count 1 --format json |
  python3 -c "import json, sys; print(json.load(sys.stdin)[0]['text'])" >"$work/first.txt"
grep -P '^Trust and relationships\t' "$work/q3-quotes.txt" | cut -f2 | diff -q - "$work/first.txt" >/dev/null
check "report: its relationships comment is quotes' first pick" $?

"$returns" report --db "$db" --format html --out "$work/report.html"
check_output html "$work/report.html" --expect "Report on the returns: all comments" \
  --expect "Question 3: Strengths so far as a collaborative?"
check "report html: a well-formed page" $?
[ "$(grep -c '<svg id="chart-question-' "$work/report.html")" -eq 2 ] &&
  grep -q '<section class="appendix" id="appendix">' "$work/report.html"
check "report html: a chart per question, the appendix attached" $?

"$returns" report --db "$db" --question 3 --format docx --out "$work/report.docx"
"$office_python" - "$work/report.docx" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
styles = [p.style.name for p in d.paragraphs]
assert styles.count("Quote") == 5 and styles.count("Attribution") == 5, styles
assert any(p.text.startswith("Appendix: question 3") for p in d.paragraphs)
report, appendix = d.sections
assert report.page_height > report.page_width and abs(report.page_width.mm - 210) < 1
assert appendix.page_width > appendix.page_height
assert d.tables[0].rows[0].cells[0].text == "Theme" and d.tables[1].rows[0].cells[-1].text == "Comments"
PY
check "report docx: five quotes, A4 portrait, the appendix in landscape after it" $?

"$returns" report --db "$db" --question 3 --no-appendix --out "$work/bare.md"
! grep -q 'Appendix' "$work/bare.md"; check "report --no-appendix: no appendix, none mentioned" $?
"$returns" report --db "$db" --question 3 --quoted-themes 2 --no-appendix | grep -c '^> —' >"$work/n"
[ "$(cat "$work/n")" -eq 2 ]; check "report --quoted-themes 2: two quotes" $?

# Over two rounds each typical comment says its round (md, html, docx); one
# round of the two reads as before.
rounds="$work/rounds"
build_two_rounds "$rounds"
"$returns" report --db "$rounds" --question 2 --no-appendix --out "$work/rounds.md"
"$returns" report --db "$rounds" --question 2 --no-appendix --format html --out "$work/rounds.html"
"$returns" report --db "$rounds" --question 2 --no-appendix --format docx --out "$work/rounds.docx"
"$returns" report --db "$rounds" --question 2 --round 2014-03 --no-appendix --out "$work/one-round.md"
"$office_python" - "$work" <<'PY'
import sys, re, docx, html as h
w = sys.argv[1]
md = re.findall(r"^> — \*(.*)\* \(.*\)$", open(w + "/rounds.md").read(), re.M)
assert len(md) == 5 and all(re.search(r", round 201[34]-03$", s) for s in md), md
html = re.findall(r'<p class="who">— ([^<]*) <span class="theme">', open(w + "/rounds.html").read())
assert [h.unescape(s) for s in html] == md, (html, md)
who = [p.text for p in docx.Document(w + "/rounds.docx").paragraphs if p.style.name == "Attribution"]
assert [re.sub(r" \([^()]*\)$", "", s) for s in who] == ["— " + s for s in md], (who, md)
one = re.findall(r"^> — \*(.*)\* \(.*\)$", open(w + "/one-round.md").read(), re.M)
assert len(one) == 5 and not any("round" in s for s in one), one
PY
check "report over two rounds: each quote's round in md, html and docx; none for one round" $?

expect_error "report: unknown format" 2 "unknown --format 'pdf' (md, html or docx)" \
  "$returns" report --db "$db" --format pdf
expect_error "report: unknown page" 2 "--page" "$returns" report --db "$db" --format docx --page a3 --out "$work/x.docx"

finish report
