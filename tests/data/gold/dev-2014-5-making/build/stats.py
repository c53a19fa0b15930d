import json, collections, sys
R=[json.loads(l) for l in open('../dev-2014-5.jsonl')]
q=collections.Counter(r['question'] for r in R); print('n',len(R),'perq',sorted(q.items()))
d=collections.Counter(r['district'] for r in R); print('districts',sorted(d.values()), len(set(r['collaborative'] for r in R)))
n=collections.Counter(len(r['themes']) for r in R); print('themes per comment',sorted(n.items()))
pend=[r for r in R if r['pending']]; whole=[r for r in pend if set(r['pending'])==set(r['themes'])]
print('pending comments',len(pend),'wholly',len(whole),'mixed',len(pend)-len(whole),'q4',sum(r['question']==4 for r in pend), 'q2', sum(r['question']==2 for r in pend))
T=collections.Counter(t for r in R for t in r['themes']); P=collections.Counter(t for r in R for t in r['pending'])
import re
order=re.findall(r"^\| `([a-z_]+)` \|", open('/work/shared/THEMES.md').read(), re.M)
for t in order: print(f"| `{t}` | {T[t]} | {P[t]} |")
print('total',sum(T.values()),sum(P.values()))
w=[len(r['text'].split()) for r in R]; print('words',min(w),max(w),round(sum(w)/len(w),1))
if len(sys.argv)>1:
    for r in R: print(r['id'].split('/',1)[1], r['themes'], 'P:'+','.join(r['pending']) if r['pending'] else '', '|', r['text'][:150])
