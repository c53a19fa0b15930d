"""Merge comments.py + codes.py into dev-2014-9.jsonl and validate. Run: /usr/bin/python3 build.py [--uncoded]"""
import json, sys, re, os
from collections import OrderedDict, Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from comments import ROUND, COLLABS, C

THEMES = ["moderation","learning_walks","elc","governance","peer_review","leadership","teaching_quality",
 "literacy","mathematics","professional_development","ofsted","vulnerable_groups","transition","early_years",
 "teaching_assistants","parents","data_assessment","shared_resources","relationships","more_able"]

def records():
    counters = Counter(); out = []
    # order: by collaborative as listed, then question, then written order
    order = list(COLLABS)
    items = sorted(enumerate(C), key=lambda e: (order.index(e[1][0]), e[1][1], e[0]))
    for _, (slug, q, text) in items:
        counters[(slug, q)] += 1
        d, name, lead = COLLABS[slug]
        out.append(OrderedDict([("id", f"{ROUND}/{slug}/q{q}#{counters[(slug,q)]}"), ("round", ROUND),
            ("district", d), ("collaborative", name), ("lead_schools", lead), ("question", q), ("text", text)]))
    return out

def main():
    recs = records()
    if "--uncoded" in sys.argv:
        with open(f"comments-{ROUND}.uncoded.jsonl", "w") as f:
            for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", len(recs)); return
    from codes import CODES
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    missing = [i for i in ids if i not in CODES]; stray = [i for i in CODES if i not in ids]
    assert not missing, f"uncoded: {missing}"; assert not stray, f"stray codes: {stray}"
    with open(f"dev-{ROUND}.jsonl", "w") as f:
        for r in recs:
            th, pe = CODES[r["id"]]
            r["themes"] = sorted(th); r["pending"] = sorted(pe)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate the written file
    fields = ["id","round","district","collaborative","lead_schools","question","text","themes","pending"]
    seen = set(); n = 0
    for line in open(f"dev-{ROUND}.jsonl"):
        r = json.loads(line); n += 1
        assert list(r) == fields, r["id"]
        m = re.fullmatch(re.escape(ROUND) + r"/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)", r["id"]); assert m, r["id"]
        assert int(m.group(2)) == r["question"], r["id"]
        assert r["id"] not in seen; seen.add(r["id"])
        assert all(t in THEMES for t in r["themes"]), r["id"]
        assert len(set(r["themes"])) == len(r["themes"]), r["id"]
        assert set(r["pending"]) <= set(r["themes"]), r["id"]
        assert r["themes"] == sorted(r["themes"]) and r["pending"] == sorted(r["pending"]), r["id"]
    # k contiguous from 1
    per = Counter()
    for i in seen:
        per[i.rsplit("#",1)[0]] += 1
    for base, k in per.items():
        assert {f"{base}#{j}" for j in range(1, k+1)} <= seen, base
    print(f"OK: {n} lines valid")

if __name__ == "__main__":
    main()
