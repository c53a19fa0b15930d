"""Validate /work/heldout/new-round-2014-1.jsonl against the codebook's theme ids."""
import json, re, sys, collections
book = open("/work/shared/THEMES.md").read()
ids = set(re.findall(r"^\| `([a-z_]+)` \|", book, re.M))
assert len(ids) == 20, ids
keys = ["id","round","district","collaborative","lead_schools","question","text","themes","pending"]
seen=set(); th=collections.Counter(); pe=collections.Counter(); qs=collections.Counter(); collabs=set(); errs=0
csv = open("/work/main/corpus/collaboratives.csv").read().lower()
for n,line in enumerate(open(sys.argv[1] if len(sys.argv)>1 else "/work/heldout/new-round-2014-1.jsonl"),1):
    r=json.loads(line)
    def bad(m):
        global errs; errs+=1; print(f"line {n}: {m}")
    if list(r)!=keys: bad(f"keys {list(r)}")
    if r["id"] in seen: bad("duplicate id")
    seen.add(r["id"])
    if not re.fullmatch(r"2014-1/[a-z0-9-]+/q[1-5]#[0-9]+", r["id"]) or f"/q{r['question']}#" not in r["id"]: bad("id form")
    if r["round"]!="2014-1" or r["question"] not in range(1,6) or not r["text"].strip(): bad("field")
    if set(r["themes"])-ids or set(r["pending"])-ids: bad("unknown theme id")
    if r["themes"]!=sorted(set(r["themes"])) or r["pending"]!=sorted(set(r["pending"])): bad("not sorted/unique")
    if not set(r["pending"])<=set(r["themes"]): bad("pending not subset of themes")
    if r["collaborative"].lower() in csv: bad("collaborative name already in corpus")
    collabs.add(r["collaborative"]); qs[r["question"]]+=1; th.update(r["themes"]); pe.update(r["pending"])
print(f"{len(seen)} comments, {len(collabs)} collaboratives, errors {errs}")
print("per question", dict(sorted(qs.items())))
print("no theme:", sum(1 for l in open(sys.argv[1] if len(sys.argv)>1 else "/work/heldout/new-round-2014-1.jsonl") if not json.loads(l)["themes"]))
for t in sorted(ids, key=lambda t:(-th[t],t)): print(f"  {t:26} {th[t]:3}  pending {pe[t]}")
sys.exit(1 if errs else 0)
