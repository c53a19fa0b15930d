#!/usr/bin/env python3
"""Regression (found by scripts/sanitize, an AddressSanitizer heap overflow):
no two files define a type of the same name in namespace `returns` outside an
anonymous namespace. The program had two `returns::TableRow`s (placed_table.h
and table_returns.h) of different sizes, and two `XlsxWorkbook`s, two
`DocxParagraph`s and two `TableLayout`s: the linker keeps one copy of each
inline function of such a type (std::vector<TableRow>::push_back), so one
file's code ran on the other's objects — undefined behaviour, a heap overflow
under ASan. The C++ rule broken is the one-definition rule; the compiler does
not see it, as each file alone is right.

Checked: a `struct` or `class` definition that starts a line (the house style
for namespace-scope types) in corpus/, lexicon/, index/ and pipeline/, in a
header or in a source file outside `namespace {`.
usage: one_definition_test.py SOURCE_DIR"""
import os
import re
import sys

DEFINITION = re.compile(r"^(?:struct|class) ([A-Za-z_][A-Za-z_0-9]*)(?![A-Za-z_0-9:])[^;]*$")  # not X::Impl
src = sys.argv[1]
defined = {}  # name -> [file:line]
for top in ("corpus", "lexicon", "index", "pipeline"):
    for root, _, files in os.walk(os.path.join(src, top)):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(root, name)
            anonymous = 0
            for number, line in enumerate(open(path, encoding="utf-8"), 1):
                if line.startswith("namespace {"):
                    anonymous += 1
                elif line.startswith("}  // namespace") and anonymous and "returns" not in line:
                    anonymous -= 1
                m = DEFINITION.match(line)
                if m and not anonymous:
                    defined.setdefault(m.group(1), []).append(f"{os.path.relpath(path, src)}:{number}")
twice = {n: places for n, places in defined.items() if len(places) > 1}
for n, places in sorted(twice.items()):
    print(f"returns::{n} is defined {len(places)} times: {', '.join(places)}")
print(f"{len(defined)} types checked, {len(twice)} defined more than once")
sys.exit(1 if twice else 0)
