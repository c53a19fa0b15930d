#!/usr/bin/env python3
"""Checks an output file of ours is safe to open: for the command-line and
render tests on hostile data (tests/data/hostile). Prints each problem and
exits 1 if there is any.

usage: check_output.py csv FILE [--expect CELL]...
       check_output.py html FILE [--expect TEXT]...
       check_output.py dom FILE [--expect TEXT]...

csv:  RFC 4180 with CRLF; no cell begins with a character a spreadsheet runs
      as a formula (= + - @ tab CR); every cell that is not a number is
      quoted; each --expect CELL is some cell, exactly.
html: the page as we wrote it: only the elements and attributes our pages
      use, every attribute value quoted, no '<script'; each --expect TEXT is
      in the page's text (after unescaping), so hostile text is shown, not
      dropped.
dom:  the page as Chromium rendered it (scripts/screenshots): no element or
      attribute our pages do not use (a script that ran would have added
      data-pwned to <body>); each --expect TEXT is in the text.
"""
import csv
import html.parser
import io
import re
import sys

ELEMENTS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "strong", "svg", "text", "rect",
            "table", "thead", "tbody", "tr", "th", "td", "span", "mark", "blockquote",
            "circle", "line", "g", "section", "ul", "li", "h3", "a"}
ATTRIBUTES = {"lang", "charset", "id", "role", "aria-label", "width", "height", "xmlns", "x", "y", "text-anchor",
              "class", "data-theme", "fill", "transform", "cx", "cy", "r", "stroke", "stroke-width", "x1", "y1", "x2",
              "y2", "href"}
FORMULA = ("=", "+", "-", "@", "\t", "\r")


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ELEMENTS:
            self.problems.append(f"an element <{tag}> our pages do not write")
        for name, _ in attrs:
            if name not in ATTRIBUTES:
                self.problems.append(f"an attribute '{name}' on <{tag}> our pages do not write")

    def handle_data(self, data):
        self.text.append(data)


def check_csv(data, expect):
    problems = []
    text = data.decode("utf-8")
    if not text.endswith("\r\n"):
        problems.append("the file does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    cells = set()
    for n, row in enumerate(rows[1:], start=2):
        for cell in row:
            cells.add(cell)
            if cell.startswith(FORMULA) and not re.fullmatch(r"-[0-9]+(\.[0-9]+)?", cell):  # a negative number is one
                problems.append(f"record {n}: a cell a spreadsheet would run: {cell!r}")
    # Read again as QUOTE_NONNUMERIC: an unquoted cell must be a number.
    body = text.split("\r\n", 1)[1]
    try:
        list(csv.reader(io.StringIO(body, newline=""), quoting=csv.QUOTE_NONNUMERIC, strict=True))
    except ValueError as e:
        problems.append(f"a cell that is not a number is not quoted: {e}")
    problems += [f"no cell {c!r}" for c in expect if c not in cells]
    return problems


def check_page(data, expect, raw):
    text = data.decode("utf-8")
    page = Page()
    page.feed(text)
    page.close()
    problems = page.problems
    if raw:
        if "<script" in text.lower():
            problems.append("'<script' in the page")
        # Every attribute as written: name="value", the value without '"', '<' or '>'.
        for tag in re.findall(r"<[a-z][^>]*>", text):
            rest = re.sub(r'\s+[a-z][a-z0-9-]*="[^"<>]*"', "", tag[1:-1].rstrip("/"))
            if not re.fullmatch(r"[a-z0-9]+\s*", rest):
                problems.append(f"a tag with something other than quoted attributes: {tag[:120]}")
    shown = "".join(page.text)
    problems += [f"not shown as text: {t!r}" for t in expect if t not in shown]
    return problems


def main(argv):
    kind, path, rest = argv[1], argv[2], argv[3:]
    expect = [rest[i + 1] for i in range(0, len(rest), 2) if rest[i] == "--expect"]
    data = open(path, "rb").read()
    if kind == "csv":
        problems = check_csv(data, expect)
    else:
        problems = check_page(data, expect, raw=(kind == "html"))
    for p in problems[:20]:
        print(f"{path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
