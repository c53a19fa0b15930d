"""Merge comments-2014-4.uncoded.jsonl with codes.py, write dev-2014-4.jsonl and validate it."""
import json, re, sys
from collections import Counter, OrderedDict
from codes import CODES

ROUND = "2014-4"
UNCODED = "../comments-2014-4.uncoded.jsonl"
OUT = "../dev-2014-4.jsonl"
FIELDS = ["id", "round", "district", "collaborative", "lead_schools", "question", "text", "themes", "pending"]
DISTRICTS = {"Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks", "Shepway",
             "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"}

def theme_ids():
    ids = []
    for line in open("/work/shared/THEMES.md", encoding="utf-8"):
        m = re.match(r"\|\s*`([a-z_]+)`\s*\|", line)
        if m:
            ids.append(m.group(1))
    assert len(ids) == 20, ids
    return set(ids)

def main():
    themes = theme_ids()
    recs = [json.loads(l) for l in open(UNCODED, encoding="utf-8")]
    ids = [r["id"] for r in recs]
    stray = set(CODES) - set(ids)
    missing = set(ids) - set(CODES)
    assert not stray, f"codes for unknown ids: {stray}"
    assert not missing, f"uncoded comments: {missing}"
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            t, p = CODES[r["id"]]
            o = OrderedDict((k, r[k]) for k in FIELDS[:7])
            o["themes"] = list(t); o["pending"] = list(p)
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    validate(themes)

def validate(themes):
    errs = []
    seen = set()
    n = 0
    pat = re.compile(r"^2014-4/([a-z0-9]+(?:-[a-z0-9]+)*)/q([1-5])#([1-9][0-9]*)$")
    ks = {}
    for i, line in enumerate(open(OUT, encoding="utf-8"), 1):
        try:
            o = json.loads(line, object_pairs_hook=OrderedDict)
        except Exception as e:
            errs.append(f"line {i}: parse {e}"); continue
        n += 1
        if list(o) != FIELDS: errs.append(f"line {i}: fields {list(o)}")
        m = pat.match(o["id"])
        if not m: errs.append(f"line {i}: bad id {o['id']}"); continue
        if o["id"] in seen: errs.append(f"dup id {o['id']}")
        seen.add(o["id"])
        slug = re.sub(r"[^a-z0-9]+", "-", o["collaborative"].lower()).strip("-")
        if m.group(1) != slug: errs.append(f"{o['id']}: slug != collaborative")
        if int(m.group(2)) != o["question"]: errs.append(f"{o['id']}: question mismatch")
        ks.setdefault((slug, o["question"]), []).append(int(m.group(3)))
        if o["round"] != ROUND: errs.append(f"{o['id']}: round")
        if o["district"] not in DISTRICTS: errs.append(f"{o['id']}: district")
        if not o["text"].strip(): errs.append(f"{o['id']}: empty text")
        for fld in ("themes", "pending"):
            v = o[fld]
            if not isinstance(v, list) or v != sorted(set(v)): errs.append(f"{o['id']}: {fld} not sorted/unique")
            if set(v) - themes: errs.append(f"{o['id']}: unknown theme {set(v)-themes}")
        if not set(o["pending"]) <= set(o["themes"]): errs.append(f"{o['id']}: pending not subset")
    for key, v in ks.items():
        if sorted(v) != list(range(1, len(v) + 1)): errs.append(f"k numbering {key}: {v}")
    if errs:
        print("INVALID"); print("\n".join(errs)); sys.exit(1)
    print(f"OK: {n} comments, all valid")

if __name__ == "__main__":
    main()
