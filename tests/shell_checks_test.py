#!/usr/bin/env python3
"""Regression: every `check NAME STATUS` in the shell tests can fail.

`cmd; check "message ($(tail -1 err))" $?` never fails: the command
substitution in the message runs first and sets $? to its own status (0), so
`check` is given tail's status, not cmd's. 53 such checks passed whatever the
command did (found 2026-12-01). The status must be saved before the message
is built: `cmd; checked=$?; check "message ($(tail -1 err))" "$checked"`.

Checked: each line of tests/**/*.sh that calls `check` with a message holding
`$(` (a command substitution, not `$((` arithmetic) and passes `$?`.
usage: shell_checks_test.py SOURCE_DIR"""
import os
import re
import sys

CALL = re.compile(r"\bcheck\b\s+(\".*\")\s+\"?\$\?\"?\s*$")
src = sys.argv[1]
found = []
for root, _, files in os.walk(os.path.join(src, "tests")):
    if "node_modules" in root:
        continue
    for name in sorted(files):
        if not name.endswith(".sh"):
            continue
        path = os.path.join(root, name)
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            m = CALL.search(line)
            if m and re.search(r"\$\((?!\()", m.group(1)):
                found.append(f"{os.path.relpath(path, src)}:{number}: check's message runs a command, so $? is its status: save $? first")
for f in found:
    print(f)
print(f"{len(found)} check(s) that cannot fail")
sys.exit(1 if found else 0)
