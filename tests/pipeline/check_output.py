#!/usr/bin/env python3
"""Checks an output file of ours is safe to open: for the command-line
tests on hostile data (tests/data/hostile). Prints each problem and exits 1
if there is any.

usage: check_output.py csv FILE [--expect CELL]...

csv:  RFC 4180 with CRLF; no cell begins with a character a spreadsheet runs
      as a formula (= + - @ tab CR); every cell that is not a number is
      quoted; each --expect CELL is some cell, exactly.
"""
import csv
import io
import sys

FORMULA = ("=", "+", "-", "@", "\t", "\r")


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
            if cell.startswith(FORMULA):
                problems.append(f"record {n}: a cell a spreadsheet would run: {cell!r}")
    # Read again as QUOTE_NONNUMERIC: an unquoted cell must be a number.
    body = text.split("\r\n", 1)[1]
    try:
        list(csv.reader(io.StringIO(body, newline=""), quoting=csv.QUOTE_NONNUMERIC, strict=True))
    except ValueError as e:
        problems.append(f"a cell that is not a number is not quoted: {e}")
    problems += [f"no cell {c!r}" for c in expect if c not in cells]
    return problems


def main(argv):
    kind, path, rest = argv[1], argv[2], argv[3:]
    expect = [rest[i + 1] for i in range(0, len(rest), 2) if rest[i] == "--expect"]
    data = open(path, "rb").read()
    if kind != "csv":
        print(f"check_output.py: unknown kind {kind!r}")
        return 2
    problems = check_csv(data, expect)
    for p in problems[:20]:
        print(f"{path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
