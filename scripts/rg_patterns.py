#!/usr/bin/env python3
"""The lexicon's rules as ripgrep patterns, one per line: the raw-scan peer of
`returns tag` in the benchmarks. ASCII word boundaries and classes throughout
(Unicode \\b, \\s and \\w are ripgrep's slow path).
usage: rg_patterns.py OUT [LEXICON]"""
import re, sys, yaml
lex = yaml.safe_load(open(sys.argv[2] if len(sys.argv) > 2 else "lexicon/themes.yaml"))
b = r"(?-u:\b)"
def word(w): return b + re.escape(w.lower()).replace(r"\*", r"(?-u:\w)*") + b
def phrase(x): return r"[\s\-]+".join(word(w) for w in re.split(r"[\s\-]+", x.strip()))
out = []
for t in lex["themes"]:
    for r in t.get("rules", []):
        for kind, v in r.items():
            if kind == "questions": continue
            for x in v if isinstance(v, list) else [v]:
                x = str(x)
                if kind.startswith("word"): out.append(word(x))
                elif kind.startswith("phrase"): out.append(phrase(x))
                elif kind.startswith("acronym"): out.append(b + re.escape(x) + b)
                # ASCII classes, as for words: Unicode \b, \s and \w are ripgrep's slow path.
                elif kind.startswith("pattern"): out.append(x.replace(r"\b", b).replace(r"\s", r"(?-u:\s)").replace(r"\w", r"(?-u:\w)"))
                # NEAR sides and all parts: each alternative (a|b) a word or a phrase.
                elif kind == "near": out.extend(phrase(a) for side in re.split(r"\s+NEAR/\d+\s+", x.strip()) for a in side.split("|"))
                elif kind == "all": out.extend(phrase(a) for a in x.split("|"))
open(sys.argv[1], "w").write("\n".join(out) + "\n")
