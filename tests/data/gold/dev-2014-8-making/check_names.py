"""Check no collaborative name or lead school repeats a name, alias or lead in corpus/collaboratives.csv."""
import csv, re
from collaboratives import COLLABS
known = set()
for row in csv.reader(open("/work/main/corpus/collaboratives.csv")):
    for cell in row[:4]:
        for part in re.split(r"[;|]", cell):
            p = re.sub(r"\[.*?\]", "", part).strip().lower()
            if p: known.add(p)
bad = [(n, l) for _, n, _, l in COLLABS if n.lower() in known or l.lower() in known]
words = {w for k in known for w in re.findall(r"[a-z]{5,}", k)} - {"primary", "school", "schools", "junior", "infant", "partnership", "collaborative", "collaboration", "federation"}
overlap = {(n, w) for _, n, _, l in COLLABS for w in re.findall(r"[a-z]{5,}", (n + " " + l).lower()) if w in words}
print("exact clashes:", bad or "none"); print("shared words (for a look):", sorted(overlap))
