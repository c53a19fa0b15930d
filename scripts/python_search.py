#!/usr/bin/env python3
"""The search peer for scripts/bench: python-xapian running the same queries
on the same database as `returns search --queries`, the way a Python analyst
would — Xapian's QueryParser (English stemming, default AND, the filters as
boolean prefixes) and, with facets, a ValueCountMatchSpy on the one slot that
packs a comment's facets (district, collaborative, question, round, themes,
pending: schema 5 on) with every match checked — counting the packed values,
as Xapian's own spy does, without unpacking them. Each shown hit's document
data is read (it is a compact binary record since schema 5, not JSON: the
peer does not decode it). Prints the same latency figures (JSON). Needs
python3-xapian.

usage: scripts/python_search.py DB QUERIES [--no-facets]
"""
import json
import sys
import time

import xapian

from query_filters import BOOLEAN_PREFIXES, normalised

db_path, queries_path = sys.argv[1], sys.argv[2]
facets = "--no-facets" not in sys.argv[3:]
db = xapian.Database(db_path)
qp = xapian.QueryParser()
qp.set_database(db)
qp.set_stemmer(xapian.Stem("english"))
# Every word stemmed, phrases too: since schema 8 only the stemmed words have
# positions, and since schema 9 they are the only text terms (the bench's
# queries have no wildcards, which ours expand against the kept vocabulary).
qp.set_stemming_strategy(xapian.QueryParser.STEM_ALL_Z)
qp.set_default_op(xapian.Query.OP_AND)
for field, prefix in BOOLEAN_PREFIXES:
    qp.add_boolean_prefix(field, prefix)
flags = xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_WILDCARD


ms = []
for line in open(queries_path):
    line = line.rstrip("\n")
    start = time.perf_counter()
    enquire = xapian.Enquire(db)
    enquire.set_query(qp.parse_query(normalised(line), flags))
    spies = []
    if facets:
        spy = xapian.ValueCountMatchSpy(1)  # schema::kFacetsSlot
        enquire.add_matchspy(spy)
        spies.append(spy)
    mset = enquire.get_mset(0, 10, db.get_doccount() if facets else 0)
    counts = [{item.term: item.termfreq for item in spy.values()} for spy in spies]
    shown = [m.document.get_data() for m in mset]
    ms.append((time.perf_counter() - start) * 1000)
ms.sort()
at = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]
print(json.dumps({"queries": len(ms), "facets": facets, "median_ms": at(0.5), "p99_ms": at(0.99), "max_ms": ms[-1]}))
