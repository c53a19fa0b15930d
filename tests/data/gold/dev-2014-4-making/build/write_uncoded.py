"""Make the uncoded JSONL for round 2014-4 from comments.py (no codes involved)."""
import json, re
from collaboratives import COLLABS
from comments import C

ROUND = "2014-4"

def records():
    order = list(COLLABS)
    out = []
    for key in order:
        (district, name, leads) = COLLABS[key]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        for q in range(1, 6):
            k = 0
            for (ck, cq, text) in C:
                if ck == key and cq == q:
                    k += 1
                    out.append({"id": f"{ROUND}/{slug}/q{q}#{k}", "round": ROUND, "district": district,
                                "collaborative": name, "lead_schools": leads, "question": q, "text": text})
    assert len(out) == len(C)
    return out

if __name__ == "__main__":
    recs = records()
    with open("../comments-2014-4.uncoded.jsonl", "w") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs))
