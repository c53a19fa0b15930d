import json, collections
rs=[json.loads(l) for l in open('../dev-2014-7.jsonl')]
print("n", len(rs))
print("per q", sorted(collections.Counter(r['question'] for r in rs).items()))
print("per district", sorted(collections.Counter(r['district'] for r in rs).items()))
print("themes/comment", sorted(collections.Counter(len(r['themes']) for r in rs).items()))
pend=[r for r in rs if r['pending']]
print("pending comments", len(pend), "wholly", sum(1 for r in pend if r['pending']==r['themes']), "mixed", sum(1 for r in pend if r['pending']!=r['themes']),
      "Q4", sum(1 for r in pend if r['question']==4), "per q", sorted(collections.Counter(r['question'] for r in pend).items()))
c=collections.Counter(t for r in rs for t in r['themes']); p=collections.Counter(t for r in rs for t in r['pending'])
import build
for t in build.THEMES: print(f"| `{t}` | {c[t]} | {p[t]} |")
print("total", sum(c.values()), sum(p.values()))
w=[len(r['text'].split()) for r in rs]; print("words", min(w), max(w), round(sum(w)/len(w),1))
