import json, re, sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import comments as cm
def slug_ok(s): return re.fullmatch(r"[a-z0-9-]+", s)
rows = []
for slug, name, district, leads in cm.COLLABS:
    assert slug_ok(slug)
    k = {}
    for q, text in sorted(cm.C[slug], key=lambda x: x[0]):
        k[q] = k.get(q, 0) + 1
        rows.append({"id": f"{cm.ROUND}/{slug}/q{q}#{k[q]}", "round": cm.ROUND, "district": district,
                     "collaborative": name, "lead_schools": leads, "question": q, "text": text})
assert set(cm.C) == {c[0] for c in cm.COLLABS}
if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"comments-{cm.ROUND}.uncoded.jsonl"), "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows))
