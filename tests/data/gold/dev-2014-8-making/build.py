"""Merge comments + codes -> dev-2014-8.jsonl, then validate it."""
import json, re, sys, collections
from write_uncoded import records, ROUND
from codes import CODES

THEMES = ["moderation", "learning_walks", "elc", "governance", "peer_review", "leadership",
          "teaching_quality", "literacy", "mathematics", "professional_development", "ofsted",
          "vulnerable_groups", "transition", "early_years", "teaching_assistants", "parents",
          "data_assessment", "shared_resources", "relationships", "more_able"]
# cross-check against the codebook table
codebook = open("/work/shared/THEMES.md").read()
ids_in_book = re.findall(r"^\| `([a-z_]+)` \|", codebook, re.M)
assert sorted(ids_in_book) == sorted(THEMES), ids_in_book

OUT = f"dev-{ROUND}.jsonl"
FIELDS = ["id", "round", "district", "collaborative", "lead_schools", "question", "text", "themes", "pending"]

def main():
    rows = records()
    short = {r["id"].split("/", 1)[1] for r in rows}
    errors = []
    missing = short - set(CODES); stray = set(CODES) - short
    if missing: errors.append(f"uncoded: {sorted(missing)}")
    if stray: errors.append(f"stray codes: {sorted(stray)}")
    with open(OUT, "w") as f:
        for r in rows:
            th, pe = CODES.get(r["id"].split("/", 1)[1], ([], []))
            r["themes"] = sorted(set(th)); r["pending"] = sorted(set(pe))
            if len(th) != len(set(th)) or len(pe) != len(set(pe)):
                errors.append(f"duplicate theme in {r['id']}")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate the written file
    seen = set(); per = collections.Counter()
    idre = re.compile(rf"^{re.escape(ROUND)}/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)$")
    for n, line in enumerate(open(OUT), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: does not parse: {e}"); continue
        if list(o) != FIELDS: errors.append(f"line {n}: fields {list(o)}")
        m = idre.match(o["id"])
        if not m: errors.append(f"line {n}: bad id {o['id']}"); continue
        if o["id"] in seen: errors.append(f"dup id {o['id']}")
        seen.add(o["id"])
        if o["round"] != ROUND: errors.append(f"{o['id']}: round")
        if int(m.group(2)) != o["question"] or not isinstance(o["question"], int):
            errors.append(f"{o['id']}: question mismatch")
        per[(m.group(1), int(m.group(2)))] += 1
        if int(m.group(3)) != per[(m.group(1), int(m.group(2)))]:
            errors.append(f"{o['id']}: k not consecutive from 1")
        for t in o["themes"]:
            if t not in THEMES: errors.append(f"{o['id']}: unknown theme {t}")
        if not set(o["pending"]) <= set(o["themes"]): errors.append(f"{o['id']}: pending not subset")
        if o["themes"] != sorted(o["themes"]) or o["pending"] != sorted(o["pending"]):
            errors.append(f"{o['id']}: unsorted")
        if not o["text"].strip(): errors.append(f"{o['id']}: empty text")
    # stats
    data = [json.loads(l) for l in open(OUT)]
    print(f"{len(data)} comments -> {OUT}")
    print("per question:", sorted(collections.Counter(o["question"] for o in data).items()))
    print("per district:", sorted(collections.Counter(o["district"] for o in data).items()))
    print("themes per comment:", sorted(collections.Counter(len(o["themes"]) for o in data).items()))
    pend = [o for o in data if o["pending"]]
    print(f"with pending: {len(pend)} (wholly pending {sum(o['pending']==o['themes'] for o in pend)}, "
          f"mixed {sum(o['pending']!=o['themes'] for o in pend)}); by question",
          sorted(collections.Counter(o['question'] for o in pend).items()))
    words = [len(o["text"].split()) for o in data]
    print(f"words {min(words)}-{max(words)} mean {sum(words)/len(words):.1f}")
    tc = collections.Counter(t for o in data for t in o["themes"])
    pc = collections.Counter(t for o in data for t in o["pending"])
    print("| theme | comments | pending |\n|---|---:|---:|")
    for t in THEMES: print(f"| `{t}` | {tc[t]} | {pc[t]} |")
    print(f"| total | {sum(tc.values())} | {sum(pc.values())} |")
    if errors:
        print("VALIDATION FAILED:"); [print(" ", e) for e in errors]; sys.exit(1)
    print("VALIDATION OK")

if __name__ == "__main__":
    main()
