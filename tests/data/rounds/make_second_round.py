#!/usr/bin/env python3
"""A second round of returns for the compare tests, made from the bundled
corpus as `returns tag corpus/kent-2013 --round 2013-03` writes it (its
themes say which comments to change; the tags are stripped, the index tags
again). Round 2014-03:
- asks question 2, and question 4 in place of question 3 (its question-3
  comments re-filed as question 4), so a comparison keeps question 2 only;
- the first three collaboratives by name send no return, and the first of
  them comes back under a new name (one joined, three left);
- the next two collaboratives mentioning trust and relationships leave out
  every comment that does (a theme dropped);
- the next two not mentioning moderation add a sentence on it to their first
  question-2 comment (a theme gained).
Deterministic. usage: make_second_round.py TAGGED.jsonl > round-2014.jsonl"""
import json
import sys

TAGS = ("id", "themes", "pending", "matches", "lexicon")
NEW = "Harbour Schools Partnership"
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
name = lambda r: r.get("collaborative_canonical") or r["collaborative"]
names = sorted({name(r) for r in rows})
q2_themes = {n: set() for n in names}
for r in rows:
    if r["question"] == 2:
        q2_themes[name(r)].update(r["themes"])
gone, renamed = names[:3], names[0]
rest = names[3:]
quieter = [n for n in rest if "relationships" in q2_themes[n]][:2]
moderating = [n for n in rest if "moderation" not in q2_themes[n] and n not in quieter][:2]
added = set()
for r in rows:
    n = name(r)
    if n in gone and n != renamed:
        continue
    if n in quieter and r["question"] == 2 and "relationships" in r["themes"]:
        continue
    out = {k: v for k, v in r.items() if k not in TAGS}
    out["round"] = "2014-03"
    if r["question"] == 3:
        out["question"] = 4
        for key in ("return_id", "comment_id"):
            out[key] = "q4/" + out[key][3:]
    if n in moderating and r["question"] == 2 and n not in added:
        out["text"] += " We have started joint moderation of writing across the schools."
        out["end"] = out["start"] + len(out["text"].encode("utf-8"))
        added.add(n)
    if n == renamed:
        slug = out["return_id"].split("/")[1]
        out["collaborative"] = NEW
        out.pop("collaborative_canonical", None)
        for key in ("return_id", "comment_id"):
            out[key] = out[key].replace("/" + slug + "/", "/harbour-schools-partnership/")
    print(json.dumps(out, ensure_ascii=False))
