#!/usr/bin/env python3
"""The analyst's baseline: a plain Python `re` tagger doing what the lexicon
does — words and globs, phrases, acronyms, patterns, proximity, all parts in
one sentence, exclusions —
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


def alternatives_re(text):
    # "looks like|level*": alternatives, each a phrase of glob words.
    return "(?:%s)" % "|".join(r"[\s\-]+".join(word_re(w) for w in re.split(r"[\s\-]+", a.strip()))
                               for a in text.split("|") if a.strip())


def spans_of(regex):
    return lambda text: [m.span() for m in regex.finditer(text)]


SENTENCE = re.compile(r"[^.!?;\n]+")


def all_in_sentence(parts):
    # `all: [A, B]`: every part in one sentence, any order; the sentence is the match.
    regexes = [re.compile(alternatives_re(p), re.I) for p in parts]
    return lambda text: [m.span() for m in SENTENCE.finditer(text) if all(r.search(m.group()) for r in regexes)]


def rule_spans(kind, text):
    # A rule as a function from a text to its matches' spans.
    if kind in ("word", "words", "phrase", "phrases"):
        return spans_of(re.compile(alternatives_re(text), re.I))
    if kind in ("acronym", "acronyms"):
        return spans_of(re.compile(r"\b" + re.escape(text) + r"(?:s|'s|’s)?\b"))
    if kind in ("pattern", "patterns"):
        return spans_of(re.compile(text))
    if kind == "near":
        a, n, b = re.match(r"\s*(.+?)\s+NEAR/(\d+)\s+(.+)", text).groups()
        a, b = alternatives_re(a), alternatives_re(b)
        gap = r"(?:\W+\w+){0,%d}?\W+" % (int(n) - 1)
        return spans_of(re.compile("(?:%s%s%s|%s%s%s)" % (a, gap, b, b, gap, a), re.I))
    raise ValueError(kind)


def load(path):
    lexicon = yaml.safe_load(open(path))
    themes = []
    for t in lexicon["themes"]:
        rules = []
        for r in t.get("rules", []):
            for kind, value in r.items():
                if kind in ("questions", "scope"):
                    continue
                if kind == "all":
                    rules.append(all_in_sentence([str(v) for v in value]))
                    continue
                for v in value if isinstance(value, list) else [value]:
                    rules.append(rule_spans(kind, str(v)))
        excludes = [rule_spans("phrase", x) for x in t.get("exclude", [])]
        excludes += [spans_of(re.compile(x)) for x in t.get("exclude_patterns", [])]
        themes.append((t["id"], rules, excludes))
    return themes


def tag(themes, text):
    found = []
    for theme, rules, excludes in themes:
        spans = [span for x in excludes for span in x(text)]
        for rule in rules:
            if any(not any(s <= start and end <= e for s, e in spans) for start, end in rule(text)):
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
