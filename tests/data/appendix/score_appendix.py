#!/usr/bin/env python3
"""Scores what `returns ingest` read from an appendix against the rows it was made from.

Usage: score_appendix.py EXPECTED.json INGESTED.jsonl [--verbose]
  EXPECTED.json: written by make_appendix_pdfs.py ({"question", "rows": [...]}).
  INGESTED.jsonl: `returns ingest FILE` output (one comment record a line).

A row is right when a return read has its district, collaborative and lead
schools as written and exactly its comments (text and heading), in order; its
names are right when the first three are. Prints "rows R/N, names S/N,
comments C/M" (M counts the expected comments; a comment is right when its row
was found and it appears at its position) and exits 0.
"""
import json
import sys


def main(argv):
    expected = json.load(open(argv[0], encoding="utf-8"))
    verbose = "--verbose" in argv
    returns = {}
    order = []
    for line in open(argv[1], encoding="utf-8"):
        rec = json.loads(line)
        key = (rec.get("source"), rec.get("return_line"), rec.get("question"))
        if key not in returns:
            returns[key] = {"district": rec.get("district"), "collaborative": rec.get("collaborative"),
                            "lead_schools": rec.get("lead_schools") or [], "comments": []}
            order.append(key)
        returns[key]["comments"].append({"heading": rec.get("heading"), "text": rec.get("text")})
    read = [returns[k] for k in order]
    by_name = {}
    for r in read:
        by_name.setdefault((r["district"], r["collaborative"]), []).append(r)

    rows_right = names_right = comments_right = comments_all = 0
    for row in expected["rows"]:
        comments_all += len(row["comments"])
        candidates = by_name.get((row["district"], row["collaborative"]), [])
        best = None
        for r in candidates:
            score = sum(1 for a, b in zip(r["comments"], row["comments"]) if a == b)
            if best is None or score > best[0]:
                best = (score, r)
        if best is None:
            if verbose:
                print("MISSING %s / %s" % (row["district"], row["collaborative"]))
            continue
        score, r = best
        comments_right += score
        names_right += r["lead_schools"] == row["lead_schools"]
        exact = r["lead_schools"] == row["lead_schools"] and r["comments"] == row["comments"]
        rows_right += exact
        if verbose and not exact:
            print("WRONG %s / %s" % (row["district"], row["collaborative"]))
            if r["lead_schools"] != row["lead_schools"]:
                print("  leads: %r != %r" % (r["lead_schools"], row["lead_schools"]))
            for i in range(max(len(r["comments"]), len(row["comments"]))):
                a = r["comments"][i] if i < len(r["comments"]) else None
                b = row["comments"][i] if i < len(row["comments"]) else None
                if a != b:
                    print("  #%d read    : %r\n     expected: %r" % (i + 1, a, b))
    n = len(expected["rows"])
    print("rows %d/%d, names %d/%d, comments %d/%d, returns read %d" % (rows_right, n, names_right, n, comments_right,
                                                                       comments_all, len(read)))


if __name__ == "__main__":
    main(sys.argv[1:])
