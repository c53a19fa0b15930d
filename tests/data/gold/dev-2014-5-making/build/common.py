import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from collaboratives import COLLABS
from comments import C
ROUND = "2014-5"
import re
def slugify(name):
    s = re.sub(r"\([^)]*\)", "", name).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")
def records():
    counters = {}
    out = []
    order = list(COLLABS)
    items = sorted(C, key=lambda x: (order.index(x[0]), x[1]))
    for slug, q, text in items:
        d, name, lead = COLLABS[slug]
        cs = slugify(name)
        counters[(cs, q)] = counters.get((cs, q), 0) + 1
        out.append({"id": f"{ROUND}/{cs}/q{q}#{counters[(cs,q)]}", "round": ROUND, "district": d,
                    "collaborative": name, "lead_schools": lead.replace(";", "; "), "question": q, "text": text})
    return out
