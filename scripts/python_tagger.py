#!/usr/bin/env python3
"""The analyst's baseline: a plain Python `re` tagger doing what the lexicon
does — words and globs, phrases, acronyms, patterns, proximity, exclusions —
one compiled regular expression per rule, every rule tried on every record.
Reads JSON Lines records with "text", prints one line per record: id TAB themes.

usage: scripts/python_tagger.py LEXICON.yaml < records.jsonl
"""
import json
import re
import sys

import yaml


def word_re(word):
    # A glob on a case-folded word; ASCII word boundaries, as the fast peers use.
    return r"\b" + re.escape(word.lower()).replace(r"\*", r"\w*") + r"\b"


def rule_regex(kind, text):
    if kind in ("word", "words"):
        return re.compile(word_re(text), re.I)
    if kind in ("phrase", "phrases"):
        return re.compile(r"[\s\-]+".join(word_re(w) for w in re.split(r"[\s\-]+", text)), re.I)
    if kind in ("acronym", "acronyms"):
        return re.compile(r"\b" + re.escape(text) + r"(?:s|'s|’s)?\b")
    if kind in ("pattern", "patterns"):
        return re.compile(text)
    if kind == "near":
        a, n, b = re.match(r"\s*(\S+)\s+NEAR/(\d+)\s+(\S+)", text).groups()
        gap = r"(?:\W+\w+){0,%d}?\W+" % (int(n) - 1)
        return re.compile("(?:%s%s%s|%s%s%s)" % (word_re(a), gap, word_re(b), word_re(b), gap, word_re(a)), re.I)
    raise ValueError(kind)


def load(path):
    lexicon = yaml.safe_load(open(path))
    themes = []
    for t in lexicon["themes"]:
        rules = []
        for r in t.get("rules", []):
            for kind, value in r.items():
                if kind == "questions":
                    continue
                for v in value if isinstance(value, list) else [value]:
                    rules.append(rule_regex(kind, str(v)))
        excludes = [rule_regex("phrase", x) for x in t.get("exclude", [])]
        excludes += [re.compile(x) for x in t.get("exclude_patterns", [])]
        themes.append((t["id"], rules, excludes))
    return themes


def tag(themes, text):
    found = []
    for theme, rules, excludes in themes:
        spans = [m.span() for x in excludes for m in x.finditer(text)]
        for rule in rules:
            if any(not any(s <= m.start() and m.end() <= e for s, e in spans) for m in rule.finditer(text)):
                found.append(theme)
                break
    return found


def main():
    themes = load(sys.argv[1])
    out = sys.stdout
    for line in sys.stdin:
        record = json.loads(line)
        out.write("%s\t%s\n" % (record.get("id", ""), ",".join(tag(themes, record["text"]))))


if __name__ == "__main__":
    main()
