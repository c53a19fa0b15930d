import json, csv, re
from comments import ROUND, COLLABS

def records():
    recs = []
    for slug, name, district, leads, items in COLLABS:
        k = {}
        for q, text in sorted(items, key=lambda x: x[0]):  # stable: keeps order within a question
            k[q] = k.get(q, 0) + 1
            recs.append({"id": f"{ROUND}/{slug}/q{q}#{k[q]}", "round": ROUND, "district": district,
                         "collaborative": name, "lead_schools": leads, "question": q, "text": text})
    return recs

def check_names():
    rows = list(csv.DictReader(open('/work/main/corpus/collaboratives.csv', encoding='utf-8')))
    theirs = set()
    for r in rows:
        for f in ('collaborative', 'aliases', 'lead_schools'):
            for part in re.split(r'[;|]', r[f] or ''):
                part = re.sub(r'\[.*?\]', '', part).strip().lower()
                if part: theirs.add(part)
    bad = []
    for slug, name, district, leads, items in COLLABS:
        for n in [name] + leads.split(';'):
            if n.strip().lower() in theirs: bad.append(n)
    return bad

if __name__ == '__main__':
    print('name clashes:', check_names())
    recs = records()
    with open(f'../comments-{ROUND}.uncoded.jsonl', 'w', encoding='utf-8') as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(recs), 'written')
