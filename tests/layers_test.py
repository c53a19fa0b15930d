#!/usr/bin/env python3
"""Every #include points down the layers (ARCHITECTURE.md), never up or sideways,
and tests include nothing above the library they test.
usage: layers_test.py SOURCE_DIR"""
import os
import re
import sys

# Lower rank is lower in the layers; a folder may include its own files and
# folders of lower rank only.
RANK = {
    "corpus/base": 0, "corpus/model": 1, "corpus/text": 2, "corpus/codec": 2,
    "corpus/register": 3, "corpus/readers": 4, "corpus/intake": 5,
    "lexicon/codebook": 6, "lexicon/matcher": 7, "lexicon/tools": 8, "lexicon/redact": 8,
    "index/store": 9, "index/query": 10,
    "pipeline/writers": 11, "pipeline/stages": 11, "pipeline/reports": 12, "pipeline/serve": 13,
    "pipeline/cli": 14,
}
TOP = ["corpus", "lexicon", "index", "pipeline"]
INCLUDE = re.compile(r'^\s*#include "([^"]+)"', re.M)

src = sys.argv[1]
problems, checked = [], 0
for root, _, files in os.walk(src):
    rel_root = os.path.relpath(root, src)
    if rel_root.startswith(("build", ".git", "out")):
        continue
    for name in files:
        if not name.endswith((".h", ".cpp")):
            continue
        path = os.path.join(rel_root, name)
        text = open(os.path.join(src, path), encoding="utf-8").read()
        folder = os.path.dirname(path)
        for inc in INCLUDE.findall(text):
            target = os.path.dirname(inc)
            if target not in RANK:
                continue  # tests' own helpers, third-party headers
            checked += 1
            if folder in RANK:
                if target != folder and RANK[target] >= RANK[folder]:
                    problems.append(f"{path}: includes {inc} ({target} is not below {folder})")
            elif folder.startswith("tests/"):
                top = folder.split("/")[1]
                if top in TOP and TOP.index(target.split("/")[0]) > TOP.index(top):
                    problems.append(f"{path}: a {top} test includes {inc}, above the library it tests")
            else:
                problems.append(f"{path}: in no layer of ARCHITECTURE.md")
for p in problems:
    print("FAIL:", p)
print(f"layers: {checked} includes checked, {len(problems)} pointing the wrong way")
sys.exit(1 if problems or checked < 100 else 0)
