import json, re, sys
from collections import Counter
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import comments as cm, codes as cd
from write_uncoded import rows
THEMES = ["moderation","learning_walks","elc","governance","peer_review","leadership","teaching_quality","literacy",
 "mathematics","professional_development","ofsted","vulnerable_groups","transition","early_years","teaching_assistants",
 "parents","data_assessment","shared_resources","relationships","more_able"]
# cross-check against the codebook table
cb = set(re.findall(r"^\| `([a-z_]+)` \|", open("/work/shared/THEMES.md").read(), re.M))
assert cb == set(THEMES), cb ^ set(THEMES)
FIELDS = ["id","round","district","collaborative","lead_schools","question","text","themes","pending"]
errs = []
out = []
keys = set()
for r in rows:
    key = r["id"].split("/", 1)[1]
    keys.add(key)
    if key not in cd.CODES: errs.append("uncoded " + key); continue
    th, pe = cd.CODES[key]
    r = dict(r, themes=sorted(set(th)), pending=sorted(set(pe)))
    out.append(r)
stray = set(cd.CODES) - keys
if stray: errs.append(f"stray codes {sorted(stray)}")
path = os.path.join(HERE, "..", f"dev-{cm.ROUND}.jsonl")
with open(path, "w") as f:
    for r in out: f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
# validate the written file
ids = set(); n = 0
for line in open(path):
    r = json.loads(line); n += 1
    if list(r) != FIELDS: errs.append("field order " + r.get("id", "?"))
    m = re.fullmatch(rf"{re.escape(cm.ROUND)}/([a-z0-9-]+)/q([1-5])#([1-9][0-9]*)", r["id"])
    if not m: errs.append("bad id " + r["id"]); continue
    if r["id"] in ids: errs.append("dup " + r["id"])
    ids.add(r["id"])
    if int(m.group(2)) != r["question"]: errs.append("question mismatch " + r["id"])
    if r["round"] != cm.ROUND: errs.append("round " + r["id"])
    if not all(t in THEMES for t in r["themes"]): errs.append("bad theme " + r["id"])
    if not set(r["pending"]) <= set(r["themes"]): errs.append("pending not subset " + r["id"])
    if r["themes"] != sorted(r["themes"]) or r["pending"] != sorted(r["pending"]): errs.append("unsorted " + r["id"])
    if not r["text"].strip(): errs.append("empty " + r["id"])
# k runs 1..n per collaborative/question
grp = Counter(i.rsplit("#", 1)[0] for i in ids)
for g, c in grp.items():
    for k in range(1, c + 1):
        if f"{g}#{k}" not in ids: errs.append("k gap " + g)
print("lines", n, "errors", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
