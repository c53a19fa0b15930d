import json, collections
from collaboratives import COLLABS
from comments import C
ROUND = "2014-8"
info = {s: (n, d, l) for s, n, d, l in COLLABS}
def records():
    k = collections.Counter()
    rows = []
    order = {s: i for i, (s, *_ ) in enumerate(COLLABS)}
    for idx, (slug, q, text) in sorted(enumerate(C), key=lambda t: (order[t[1][0]], t[1][1], t[0])):
        k[(slug, q)] += 1
        n, d, l = info[slug]
        rows.append({"id": f"{ROUND}/{slug}/q{q}#{k[(slug,q)]}", "round": ROUND, "district": d,
                     "collaborative": n, "lead_schools": l, "question": q, "text": text})
    return rows
if __name__ == "__main__":
    with open(f"comments-{ROUND}.uncoded.jsonl", "w") as f:
        for r in records():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
