#!/usr/bin/python3
"""Makes the test files of tests/data/intake/resubmitted (see tests/data/README.md):
a Microsoft Forms export in which one collaborative submitted the form twice.

Run with Debian's python3 (python3-openpyxl; python3-xlsxwriter for make_forms.py,
whose Forms header and helpers it uses), from anywhere:
    /usr/bin/python3 tests/data/intake/resubmitted/make_resubmitted.py

- resubmitted.xlsx: a Forms-shaped workbook written by openpyxl: ID, Start
  time, Completion time (Excel dates, custom formats dd/mm/yyyy), Email, Name,
  District, Collaborative, Lead school(s) and the five question wordings.
  Four responses: Faversham Schools Collaborative (row 2), a collaborative the
  register has never met whose lead schools are typed "Lyminge CEP, Elham CEP"
  (row 3), M7 Partnership (row 4), and Faversham again three days later with
  corrected answers (row 5).
- resubmitted.csv: its "CSV UTF-8" twin as Excel saves one (BOM, CRLF, times
  as displayed).
- twice-no-time.csv: the two Faversham responses without the Forms columns
  (no completion time): the second is a duplicate of the first.
"""

import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The Forms shape and its helpers are make_forms.py's (which needs python3-xlsxwriter too).
sys.path.insert(0, os.path.join(HERE, "..", "forms"))
sys.dont_write_bytecode = True
from make_forms import HEADER, displayed, row_values, when, write_forms_csv, write_forms_xlsx  # noqa: E402


# id, start, end, email, name, district, collaborative, lead school(s), five answers (None: left empty).
RESPONSES = [
    (1, when(10, 9, 5, 12), when(10, 9, 31), "j.bloggs@ospringe.kent.sch.uk", "Jo Bloggs",
     "Swale", "Faversham Schools Collaborative", "Ospringe CEP",
     ["Learning walks in three schools.",
      "Writing levels rose in two schools.",
      "Heads’ trust and openness.",
      None,
      "Draft: to be completed."]),
    (2, when(11, 14, 0, 45), when(11, 14, 42), "h.shah@lyminge.kent.sch.uk", "Hana Shah",
     "Shepway", "Elham Valley Schools", "Lyminge CEP, Elham CEP",
     ["Joint INSET on questioning.",
      "Guided reading daily in every class.",
      "Small schools sharing a music leader.",
      "Moderation of writing in Key Stage 1.",
      None]),
    (3, when(12, 16, 30, 0), when(12, 17, 5), "k.patel@minster.kent.sch.uk", "Kiran Patel",
     "Thanet", "M7 Partnership", "Minster Primary",
     ["We have completed two learning walks.",
      "Governors attended joint training.",
      "Experienced headteachers who work together.",
      "Time for middle leaders to meet.",
      None]),
    (4, when(14, 8, 0, 3), when(14, 8, 10), "j.bloggs@ospringe.kent.sch.uk", "Jo Bloggs",
     "Swale", "Faversham Schools Collaborative", "Ospringe CEP",
     ["Learning walks in all five schools.",
      "Writing levels rose in four of the five schools.",
      "Heads’ trust and openness; a shared budget for cover.",
      "Moderation of maths.",
      "Thank you for the support this term."]),
]


def write_csv(path, header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for values in rows:
        w.writerow(values)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


def main():
    write_forms_xlsx(os.path.join(HERE, "resubmitted.xlsx"), RESPONSES)
    write_forms_csv(os.path.join(HERE, "resubmitted.csv"), RESPONSES)
    faversham = [r for r in RESPONSES if r[6] == "Faversham Schools Collaborative"]
    write_csv(os.path.join(HERE, "twice-no-time.csv"), HEADER[5:],
              [[displayed(v, None) for v in row_values(r)[5:]] for r in faversham])


if __name__ == "__main__":
    main()
