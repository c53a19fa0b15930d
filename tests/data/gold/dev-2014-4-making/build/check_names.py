"""Check that no invented collaborative name or lead school repeats a name, alias or lead school in collaboratives.csv."""
import csv
from collaboratives import COLLABS
rows = list(csv.DictReader(open('/work/main/corpus/collaboratives.csv', encoding='utf-8')))
names = set()
for r in rows:
    for f in ('collaborative', 'aliases', 'lead_schools'):
        for part in (r.get(f) or '').replace('|', ';').split(';'):
            if part.strip():
                names.add(part.strip().lower())
clash = 0
for k, (d, n, l) in COLLABS.items():
    for x in [n] + l.split(';'):
        for y in names:
            if x.lower() == y or (len(y) > 8 and y in x.lower()) or (len(x) > 8 and x.lower() in y):
                print("CLASH", k, x, "~", y); clash += 1
print(f"{len(COLLABS)} collaboratives checked, {clash} clashes")
