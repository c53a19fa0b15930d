"""Merge comments + hand codes, write dev-2014-5.jsonl, validate. Run: /usr/bin/python3 build.py"""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from common import records, slugify, ROUND
from collaboratives import COLLABS
from codes import K
os.chdir("..")  # the uncoded file and the output live in dev-2014-5-making/, beside build/

AB = {"mod": "moderation", "lw": "learning_walks", "elc": "elc", "gov": "governance", "pr": "peer_review",
      "lead": "leadership", "tq": "teaching_quality", "lit": "literacy", "math": "mathematics",
      "pd": "professional_development", "ofs": "ofsted", "vul": "vulnerable_groups", "tran": "transition",
      "ey": "early_years", "ta": "teaching_assistants", "par": "parents", "data": "data_assessment",
      "sr": "shared_resources", "rel": "relationships", "ma": "more_able"}
THEMES = re.findall(r"^\| `([a-z_]+)` \|", open("/work/shared/THEMES.md").read(), re.M)
assert len(THEMES) == 20 and set(THEMES) == set(AB.values()), THEMES

full2short = {slugify(COLLABS[s][1]): s for s in COLLABS}
errors = []
out = []
used = set()
for r in records():
    _, cs, qk = r["id"].split("/")
    key = f"{full2short[cs]}/{qk}"
    if key not in K:
        errors.append(f"uncoded: {r['id']}"); continue
    used.add(key)
    th, pe, prefix = K[key]
    if not r["text"].startswith(prefix):
        errors.append(f"prefix mismatch {key}: {prefix!r} vs {r['text'][:40]!r}")
    r["themes"] = sorted(AB[t] for t in th.split())
    r["pending"] = sorted(AB[t] for t in pe.split())
    out.append(r)
for k in set(K) - used:
    errors.append(f"stray code: {k}")

with open(f"dev-{ROUND}.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# validate the written file
FIELDS = ["id", "round", "district", "collaborative", "lead_schools", "question", "text", "themes", "pending"]
DISTRICTS = {"Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks", "Shepway",
             "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"}
ids = set(); perq = {}
uncoded = [json.loads(l)["id"] for l in open(f"comments-{ROUND}.uncoded.jsonl")]
lines = open(f"dev-{ROUND}.jsonl").read().splitlines()
for n, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: parse {e}"); continue
    if list(r) != FIELDS: errors.append(f"line {n}: fields {list(r)}")
    m = re.fullmatch(rf"{re.escape(ROUND)}/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)", r["id"])
    if not m: errors.append(f"line {n}: bad id {r['id']}"); continue
    if r["id"] in ids: errors.append(f"dup id {r['id']}")
    ids.add(r["id"])
    if int(m.group(2)) != r["question"]: errors.append(f"{r['id']}: question mismatch")
    if m.group(1) != slugify(r["collaborative"]): errors.append(f"{r['id']}: slug mismatch")
    perq.setdefault((m.group(1), r["question"]), []).append(int(m.group(3)))
    if r["round"] != ROUND: errors.append(f"{r['id']}: round")
    if r["district"] not in DISTRICTS: errors.append(f"{r['id']}: district")
    for t in r["themes"]:
        if t not in THEMES: errors.append(f"{r['id']}: unknown theme {t}")
    if not set(r["pending"]) <= set(r["themes"]): errors.append(f"{r['id']}: pending not subset")
    for fld in ("themes", "pending"):
        if r[fld] != sorted(set(r[fld])): errors.append(f"{r['id']}: {fld} not sorted/unique")
    if not r["text"].strip(): errors.append(f"{r['id']}: empty text")
for key, ks in perq.items():
    if sorted(ks) != list(range(1, len(ks) + 1)): errors.append(f"{key}: k not 1..n {ks}")
if sorted(ids) != sorted(uncoded): errors.append("coded ids differ from uncoded ids")
if errors:
    print("VALIDATION FAILED"); print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(lines)} lines valid")
