#!/usr/bin/env python3
"""Splits the project's gold set into a development part and a held-out part, once.

Run once, on 2026-11-30, from the repository root:

    python3 tests/data/gold/make_split.py themes-gold.jsonl

It read tests/data/gold/themes-gold.jsonl (198 comments) and wrote
themes-gold-dev.jsonl (about 60%) and themes-gold-heldout.jsonl (about 40%)
beside it; the original file was then removed, since the two parts hold every
comment of it exactly once, in its order. The split is stratified: each comment
falls in the stratum of its rarest theme (counted over the whole set; "none"
for a comment with no theme), each stratum's comments are shuffled with
random.Random(SEED) in file order and the first round(0.6 * n) go to the
development part, so rare themes land on both sides (Python 3.11's random).

Do not re-split: the held-out part is held out only if it stays the same.
"""
import collections
import json
import random
import sys
from pathlib import Path

SEED = 20141201
DEV_SHARE = 0.6


def main():
    here = Path(__file__).resolve().parent
    source = here / (sys.argv[1] if len(sys.argv) > 1 else "themes-gold.jsonl")
    lines = [l for l in source.read_text(encoding="utf-8").splitlines() if l.strip()]
    records = [json.loads(l) for l in lines]
    freq = collections.Counter(t for r in records for t in r["themes"])

    def stratum(r):
        if not r["themes"]:
            return "none"
        return min(r["themes"], key=lambda t: (freq[t], t))

    strata = collections.defaultdict(list)
    for i, r in enumerate(records):
        strata[stratum(r)].append(i)
    rng = random.Random(SEED)
    dev = set()
    for name in sorted(strata):
        members = list(strata[name])
        rng.shuffle(members)
        dev.update(members[: round(DEV_SHARE * len(members))])
    with open(here / "themes-gold-dev.jsonl", "w", encoding="utf-8") as d, \
         open(here / "themes-gold-heldout.jsonl", "w", encoding="utf-8") as h:
        for i, line in enumerate(lines):
            (d if i in dev else h).write(line + "\n")
    print(f"{len(dev)} development, {len(lines) - len(dev)} held out, {len(strata)} strata", file=sys.stderr)


if __name__ == "__main__":
    main()
