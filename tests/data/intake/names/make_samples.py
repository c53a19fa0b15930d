#!/usr/bin/env python3
"""Writes the samples of a new round as an officer's spreadsheet exports them
(Python's csv module, as Excel's "CSV" and "CSV UTF-8" write: quoted where
needed, CRLF line ends):

  names/new-round.csv        UTF-8: a collaborative without its "(CATS)", a
                             lead school spelt "Lyminge CEP", a wholly new
                             collaborative, a register alias (RAiD), answers
                             that say nothing ("N/A", "None at this time.", "-")
                             and one that merely contains "None".
  bad/windows-1252-batch.csv the same kind of export saved as "CSV (Comma
                             delimited)" on Windows: 8 rows, 7 of them with
                             curly quotes, dashes or £ in Windows-1252 bytes,
                             which read as UTF-8 reject the row.

usage: make_samples.py   (run from anywhere; writes beside itself)"""
import csv
import os

here = os.path.dirname(os.path.abspath(__file__))
header = ["District", "Collaborative", "Lead School(s)", "Question", "Answer"]

new_round = [
    ["Ashford", "Central Ashford Town Schools", "Willesborough Junior", "2",
     "Joint moderation of writing across the three schools."],
    ["Ashford", "Central Ashford Town Schools", "Willesborough Junior", "3",
     "Trust between the headteachers."],
    ["Shepway", "Shepway Rural Mini Hub", "Lyminge CEP", "2", "Learning walks in all five schools."],
    ["Shepway", "Brookland and Snargate Federation", "Brookland CEP", "2",
     "We have agreed priorities for writing and booked the first moderation meeting."],
    ["Shepway", "Brookland and Snargate Federation", "Brookland CEP", "5", "N/A"],
    ["Dover", "RAiD", "Priory Fields", "5", "None at this time."],
    ["Dover", "RAiD", "Priory Fields", "4", "-"],
    ["Dover", "RAiD", "Priory Fields", "3",
     "None of the schools had moderated writing together before; now all of them do."],
]

batch = [
    ["Thanet", "M7 Partnership", "Minster Primary", "2", "Heads\u2019 moderation saved \u00a3125 \u2013 a \u201cgood\u201d start."],
    ["Dover", "Raising Achievement in Dover (RAiD)", "Priory Fields", "2", "Learning walks \u2013 all schools."],
    ["Ashford", "ACE", "Hamstreet Primary", "2", "Shared INSET day \u2013 \u00a3400 saved."],
    ["Canterbury", "Coastal Alliance", "Herne Bay High", "2", "Y6/7 transition \u2013 joint project."],
    ["Dartford", "Temple Hill & Oakfield Collaborative Reading Project", "Oakfield", "2", "Reading buddies\u2019 scheme."],
    ["Gravesham", "The Valley School Partnership", "Kings Farm", "2", "Moderation \u2013 writing."],
    ["Maidstone", "Weald Consortium", "Coxheath", "2", "Governors\u2019 training."],
    ["Sevenoaks", "Longfield Collaboration", "New Ash Green Primary", "2", "Peer review of maths teaching."],
]


def write(path, rows, encoding):
    with open(os.path.join(here, path), "w", encoding=encoding, newline="") as f:
        w = csv.writer(f)  # Excel's dialect: CRLF, quotes where needed
        w.writerow(header)
        w.writerows(rows)


write("new-round.csv", new_round, "utf-8")
write(os.path.join("..", "bad", "windows-1252-batch.csv"), batch, "cp1252")
