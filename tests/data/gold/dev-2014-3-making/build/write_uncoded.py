import json, collections, csv, re
from comments import COLLABS, COMMENTS, ROUND
def rows():
    info = {s: (n, d, l) for s, n, d, l in COLLABS}
    k = collections.Counter()
    out = []
    for slug, q, text in COMMENTS:
        k[(slug, q)] += 1
        n, d, l = info[slug]
        out.append({"id": f"{ROUND}/{slug}/q{q}#{k[(slug,q)]}", "round": ROUND, "district": d,
                    "collaborative": n, "lead_schools": l, "question": q, "text": text})
    return out
def check_names():
    bad = []
    words = set()
    with open('/work/main/corpus/collaboratives.csv', newline='') as f:
        for r in csv.DictReader(f):
            for fld in ('collaborative', 'lead_schools', 'aliases'):
                for part in re.split(r'[;|]', r.get(fld) or ''):
                    p = re.sub(r'\[.*?\]', '', part).strip().lower()
                    if p: words.add(p)
    for s, n, d, l in COLLABS:
        for x in (n, l):
            if x.lower() in words: bad.append(x)
    return bad
if __name__ == "__main__":
    print("name clashes:", check_names())
    with open(f"../comments-{ROUND}.uncoded.jsonl", "w") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows()))
