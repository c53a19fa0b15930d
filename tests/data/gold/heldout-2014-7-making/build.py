"""Merge comments.py + codes.py, write ../dev-2014-7.jsonl and validate it. Run from build/ with /usr/bin/python3."""
import json, re, sys, collections
from write_uncoded import records
from comments import ROUND
import codes

THEMES = ["moderation", "learning_walks", "elc", "governance", "peer_review", "leadership", "teaching_quality",
          "literacy", "mathematics", "professional_development", "ofsted", "vulnerable_groups", "transition",
          "early_years", "teaching_assistants", "parents", "data_assessment", "shared_resources",
          "relationships", "more_able"]
FIELDS = ["id", "round", "district", "collaborative", "lead_schools", "question", "text", "themes", "pending"]

def check_codebook():
    txt = open('/work/shared/THEMES.md', encoding='utf-8').read()
    ids = re.findall(r'^\| `([a-z_]+)` \|', txt, re.M)
    assert ids == THEMES, ids

def main():
    check_codebook()
    recs, cd = records(), codes.codes()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert set(ids) == set(cd), ("uncoded", set(ids) - set(cd), "stray", set(cd) - set(ids))
    out = f'../dev-{ROUND}.jsonl'
    with open(out, 'w', encoding='utf-8') as f:
        for r in recs:
            r = dict(r); r["themes"], r["pending"] = cd[r["id"]]
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # validate the written file
    seen = set(); errors = []
    slugs = collections.defaultdict(set)
    for n, line in enumerate(open(out, encoding='utf-8'), 1):
        r = json.loads(line)
        if list(r) != FIELDS: errors.append((n, "fields", list(r)))
        m = re.fullmatch(rf'{re.escape(ROUND)}/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)', r["id"])
        if not m: errors.append((n, "id", r["id"])); continue
        if int(m.group(2)) != r["question"]: errors.append((n, "question"))
        if r["round"] != ROUND: errors.append((n, "round"))
        if r["id"] in seen: errors.append((n, "dup"))
        seen.add(r["id"]); slugs[(m.group(1), r["question"])].add(int(m.group(3)))
        if any(t not in THEMES for t in r["themes"]): errors.append((n, "theme", r["themes"]))
        if not set(r["pending"]) <= set(r["themes"]): errors.append((n, "pending not subset"))
        if r["themes"] != sorted(set(r["themes"])) or r["pending"] != sorted(set(r["pending"])): errors.append((n, "unsorted"))
        if not r["text"].strip(): errors.append((n, "empty text"))
    for key, ks in slugs.items():
        if ks != set(range(1, len(ks) + 1)): errors.append((key, "k not 1..n", ks))
    # uncoded file must match the texts
    unc = [json.loads(l) for l in open(f'../comments-{ROUND}.uncoded.jsonl', encoding='utf-8')]
    if [(u["id"], u["text"]) for u in unc] != [(r["id"], r["text"]) for r in recs]: errors.append(("uncoded file differs",))
    print(f"{len(seen)} lines; errors: {errors if errors else 'none'}")
    return not errors

if __name__ == '__main__':
    sys.exit(0 if main() else 1)
