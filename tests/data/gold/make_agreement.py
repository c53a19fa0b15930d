#!/usr/bin/env python3
"""Writes agreement-a.jsonl and agreement-b.jsonl: two coders on the same comments.

    python3 tests/data/gold/make_agreement.py

Twelve short comments written for the test, in the returns' voice. Coder A
codes c1-c11, coder B c1-c10 and c12; B writes its lines in reverse order and
gives c10 no id (so it is matched by text). The two differ on purpose, so that
tests/pipeline/reports/agreement_test.cpp can work kappa and alpha out by
hand: moderation (A c1-c5, B c1-c4 and c6), transition (A c6-c8, B c7 and
c9), pending moderation (A c3, B c3 and c4), pending transition (A c8).
"""
import json
from pathlib import Path

TEXTS = {
    "c1": "Joint moderation of writing across the five schools in March; judgements were agreed for every year group.",
    "c2": "Year 6 teachers moderated maths books together at the cluster meeting.",
    "c3": "Moderation of EYFS profiles is planned for the summer term.",
    "c4": "Heads sat down together to agree levels on a sample of books from each school.",
    "c5": "A shared standardisation afternoon gave staff confidence in their assessments.",
    "c6": "Year 6 and Year 7 staff met to agree what pupils need when they move up.",
    "c7": "Transition days for Year 6 pupils at the secondary school went well.",
    "c8": "A transition project with the feeder infant schools is to start in September.",
    "c9": "Pupils visited the secondary school for a science day.",
    "c10": "The collaborative's finance group agreed the budget for next year.",
    "c11": "Governors from each school attended the joint training evening.",
    "c12": "Parents' workshops on phonics were well attended.",
}
# comment: (themes, pending)
A = {"c1": (["moderation"], []), "c2": (["moderation"], []), "c3": (["moderation"], ["moderation"]),
     "c4": (["moderation"], []), "c5": (["moderation"], []), "c6": (["transition"], []),
     "c7": (["transition"], []), "c8": (["transition"], ["transition"]), "c9": ([], []), "c10": ([], []),
     "c11": (["governance"], [])}
B = {"c1": (["moderation"], []), "c2": (["moderation"], []), "c3": (["moderation"], ["moderation"]),
     "c4": (["moderation"], ["moderation"]), "c5": ([], []), "c6": (["moderation"], []),
     "c7": (["transition"], []), "c8": ([], []), "c9": (["transition"], []), "c10": ([], []),
     "c12": (["parents"], [])}


def write(path, coding, order, no_id=()):
    with open(path, "w", encoding="utf-8") as f:
        for k in order:
            if k not in coding:
                continue
            themes, pending = coding[k]
            record = {} if k in no_id else {"id": "2014-1/test-cluster/q2#" + k[1:]}
            record.update({"question": 2, "text": TEXTS[k], "themes": themes, "pending": pending})
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


here = Path(__file__).resolve().parent
order = ["c%d" % i for i in range(1, 13)]
write(here / "agreement-a.jsonl", A, order)
write(here / "agreement-b.jsonl", B, list(reversed(order)), no_id=("c10",))
