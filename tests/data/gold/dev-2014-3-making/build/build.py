"""Merge comments-2014-3.uncoded.jsonl with codes.py, write dev-2014-3.jsonl, validate."""
import json, re, sys, collections
from codes import CODES
ROUND = "2014-3"
FIELDS = ["id", "round", "district", "collaborative", "lead_schools", "question", "text", "themes", "pending"]
THEMES_MD = "/work/shared/THEMES.md"
DISTRICTS = {"Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks",
             "Shepway", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"}

def theme_ids():
    ids = []
    for line in open(THEMES_MD, encoding="utf-8"):
        m = re.match(r"\|\s*`([a-z_]+)`\s*\|", line)
        if m: ids.append(m.group(1))
    assert len(ids) == 20, ids
    return set(ids)

def main():
    valid = theme_ids()
    rows = [json.loads(l) for l in open(f"../comments-{ROUND}.uncoded.jsonl", encoding="utf-8")]
    out = []
    for r in rows:
        if r["id"] not in CODES:
            sys.exit(f"uncoded: {r['id']}")
        t, p = CODES[r["id"]]
        r = dict(r); r["themes"] = list(t); r["pending"] = list(p)
        out.append({k: r[k] for k in FIELDS})
    stray = set(CODES) - {r["id"] for r in rows}
    assert not stray, f"stray codes: {stray}"
    with open(f"../dev-{ROUND}.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate the written file
    errs = []
    seen = set()
    pat = re.compile(rf"^{re.escape(ROUND)}/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)$")
    per = collections.defaultdict(list)
    lines = open(f"../dev-{ROUND}.jsonl", encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {i}: parse {e}"); continue
        if list(r) != FIELDS: errs.append(f"line {i}: fields {list(r)}")
        m = pat.match(r["id"])
        if not m: errs.append(f"line {i}: bad id {r['id']}"); continue
        if r["id"] in seen: errs.append(f"dup id {r['id']}")
        seen.add(r["id"])
        if r["round"] != ROUND: errs.append(f"{r['id']}: round")
        if int(m.group(2)) != r["question"]: errs.append(f"{r['id']}: question mismatch")
        if r["district"] not in DISTRICTS: errs.append(f"{r['id']}: district")
        per[(m.group(1), r["question"])].append(int(m.group(3)))
        for t in r["themes"]:
            if t not in valid: errs.append(f"{r['id']}: bad theme {t}")
        if not set(r["pending"]) <= set(r["themes"]): errs.append(f"{r['id']}: pending not subset")
        if r["themes"] != sorted(set(r["themes"])) or r["pending"] != sorted(set(r["pending"])):
            errs.append(f"{r['id']}: lists not sorted/unique")
        if not r["text"].strip(): errs.append(f"{r['id']}: empty text")
    for key, ks in per.items():
        if ks != list(range(1, len(ks) + 1)): errs.append(f"{key}: k not 1..n in order: {ks}")
    if len(lines) != len(rows): errs.append("row count mismatch")
    if errs:
        print("INVALID"); print("\n".join(errs)); sys.exit(1)
    print(f"OK: {len(lines)} comments valid")
    # stats
    q = collections.Counter(r["question"] for r in map(json.loads, lines))
    recs = [json.loads(l) for l in lines]
    print("per question:", dict(sorted(q.items())))
    print("per district:", dict(sorted(collections.Counter(r["district"] for r in recs).items())))
    print("collaboratives:", len({r["collaborative"] for r in recs}))
    print("themes per comment:", dict(sorted(collections.Counter(len(r["themes"]) for r in recs).items())))
    pend = [r for r in recs if r["pending"]]
    whole = [r for r in pend if set(r["pending"]) == set(r["themes"])]
    print("pending comments:", len(pend), "wholly pending:", len(whole), "mixed:", len(pend) - len(whole),
          "in Q4:", sum(r["question"] == 4 for r in pend))
    words = [len(r["text"].split()) for r in recs]
    print("words min/max/mean:", min(words), max(words), round(sum(words) / len(words), 1))
    tc = collections.Counter(t for r in recs for t in r["themes"])
    pc = collections.Counter(t for r in recs for t in r["pending"])
    order = [l for l in re.findall(r"^\|\s*`([a-z_]+)`", open(THEMES_MD).read(), re.M)]
    print("| theme | comments | pending |\n|---|---:|---:|")
    for t in order:
        print(f"| `{t}` | {tc[t]} | {pc[t]} |")
    print(f"| total | {sum(tc.values())} | {sum(pc.values())} |")

if __name__ == "__main__":
    main()
