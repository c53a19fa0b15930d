#!/usr/bin/env python3
"""Makes the appendix PDFs of tests/data/appendix/ the way people make them.

Each appendix is an HTML table District | Collaborative | Lead School(s) |
<answer>, laid out like the seed appendices (A4 landscape, a repeated header
row on every page, rows that run over a page break), printed to PDF by
headless Chromium, then extracted by pdftotext as people do (default reading
order, -layout and -raw). The rows it was made from are written beside it as
NAME.expected.json: district, collaborative, lead schools and every comment
(with the heading it sits under), which the tests compare with what the
readers give back.

Usage: make_appendix_pdfs.py [OUT_DIR] [--held-out SEED...]
  Without --held-out: the checked-in files (unseen-q4, q5-additional,
  return-document, no-text) in OUT_DIR (default: this folder).
  --held-out SEED: one more appendix per seed, in another style (font,
  column widths, bullets), for measuring accuracy on data nobody tuned on.

Needs chromium and pdftotext (Debian: chromium, poppler-utils). The output
is deterministic for a given Chromium and poppler.
"""
import html
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

QUESTIONS = {
    1: "What activity have you undertaken to date?",
    2: "What progress do you feel you have made against your priorities?",
    3: "Strengths so far as a collaborative:",
    4: "Areas for further development as a collaborative?",
    5: "Additional comments",
}

# Invented collaboratives, none of them in corpus/collaboratives.csv:
# (district, collaborative, lead schools).
UNSEEN = [
    ("Ashford", "Stour Valley Learning Alliance", ["Great Chart Primary", "Kennington CEP"]),
    ("Ashford", "Ashford Rural Partnership", ["Smarden Primary"]),
    ("Canterbury", "Blean Woods Schools Network", ["Hersden Village Primary"]),
    ("Canterbury", "Whitstable Coastal Collaborative", ["Swalecliffe Junior", "Joy Lane Primary"]),
    ("Dartford", "Darent Valley Partnership", ["Sutton-at-Hone CEP"]),
    ("Dartford", "Swanscombe and Greenhithe Learning Trust", ["Craylands School"]),
    ("Dover", "White Cliffs Primary Collaboration", ["Whitfield Aspen School", "Guston CEP"]),
    ("Dover", "Deal Schools Together", ["Warden House Primary"]),
    ("Gravesham", "Thames Gateway Primaries", ["Cecil Road Primary"]),
    ("Gravesham", "Gravesend Riverside Partnership", ["Rosherville CEP", "Holy Trinity CE Primary"]),
    ("Maidstone", "Medway Valley Teaching Partnership", ["East Farleigh Primary"]),
    ("Maidstone", "Leeds and Langley Federation Group", ["Leeds and Broomfield CEP"]),
    ("Sevenoaks", "Darent Edge Collaborative", ["Otford Primary", "Shoreham Village School"]),
    ("Sevenoaks", "Edenbridge Schools Partnership", ["Edenbridge Primary"]),
    ("Shepway", "Romney Marsh Learning Partnership", ["Brookland CEP", "Lydd Primary"]),
    ("Shepway", "Folkestone Hills Alliance", ["Sandgate Primary"]),
    ("Swale", "Sheppey Island Partners", ["Minster College"]),
    ("Swale", "Swale Learning Trust", ["Milton Court Primary"]),
    ("Thanet", "Isle of Thanet Reading Hub", ["Garlinge Primary", "St Saviour's CE Junior"]),
    ("Thanet", "Margate Schools Network", ["Salmestone Primary"]),
    ("Tonbridge & Malling", "Malling Valley Schools Group", ["Kings Hill School", "Offham Primary"]),
    ("Tonbridge & Malling", "Medway Gap Alliance", ["Snodland CEP"]),
    ("Tunbridge Wells", "High Weald Learning Community", ["Bidborough CEP", "Speldhurst CEP"]),
    ("Tunbridge Wells", "Paddock Wood and Capel Cluster", ["Capel Primary"]),
]

# Collaboratives the register knows, as the register writes them.
KNOWN = [
    ("Ashford", "ACE", ["Hamstreet Primary"]),
    ("Canterbury", "Coastal Alliance", ["Herne Bay High"]),
    ("Dover", "Samphire Hub", []),
    ("Maidstone", "Weald Consortium", ["Coxheath"]),
    ("Shepway", "SAMS Collaboration", ["All Souls"]),
    ("Thanet", "M7 Partnership", ["Minster Primary"]),
    ("Tunbridge Wells", "Cranbrook and Paddock Wood Partnership", ["Lamberhurst", "St Mary’s"]),
]

OPENINGS = [
    "Joint moderation of writing across all of our schools",
    "Termly meetings of the headteachers",
    "Middle leaders from each school",
    "The maths subject leaders",
    "Paired lesson observations between schools",
    "Our shared INSET day in February",
    "The collaborative's data tracking system",
    "Teaching assistants from the partner schools",
    "Governors of all five schools",
    "The reading project in Years 1 and 2",
    "Learning walks led by the lead school",
    "Staff in the Early Years Foundation Stage",
    "The transition group for Year 6 pupils",
    "Pupil premium champions in each school",
    "Our phonics leads",
    "Newly qualified teachers across the group",
]
MIDDLES = [
    "gave staff a clear picture of standards at the end of each key stage",
    "agreed a common approach to marking and feedback",
    "improved the consistency of teacher assessment in reading and writing",
    "shared planning and resources through the collaborative's online platform",
    "raised expectations of what pupils can achieve in mathematics",
    "identified vulnerable groups whose progress needs to accelerate",
    "led to better questioning in lessons, as seen in joint observations",
    "trained together on the new teaching standards",
    "strengthened the links between our infant and junior schools",
    "brought staff into each other's classrooms to see good practice at first hand",
    "helped us to commission training that no single school could afford",
    "produced a shared calculation policy for Key Stages 1 and 2",
]
ENDINGS = [
    "",
    " and this will continue next year",
    " with support from the local authority adviser",
    " although there is more to do in Key Stage 2",
    " (see the attached action plan)",
    " – impact will be measured in July",
    " across all schools in the group",
    " so that no pupil falls behind",
]
SHORT = [
    "Shared INSET days for all staff",
    "Joint moderation of writing",
    "Termly headteacher meetings",
    "A shared assessment calendar",
    "Peer review of the school development plans",
    "Sharing of good practice",
    "Better use of the pupil premium",
    "Cross-school book scrutinies",
]
# Comments that start with a district's name: each must stay inside its answer.
DISTRICT_STARTS = [
    "Dover schools have joined our writing project and two heads now attend our meetings.",
    "Canterbury Christ Church University has supported the action research strand of the plan.",
    "Swale teachers came to our phonics training in March.",
    "Ashford Oaks and Great Chart shared their tracking systems with the group.",
    "Thanet heads have asked to join the moderation sessions next term.",
    "Sevenoaks Primary School hosted the first learning walk.",
]
DISTRICT_MIDDLE = [
    "Staff from schools in Maidstone and in Tonbridge & Malling took part in the same moderation day, which "
    "helped to compare standards",
    "The local authority adviser for Shepway and Dover attended two of our meetings and gave feedback on the "
    "plan",
]
PRIORITY_TITLES = [
    "Improve the quality of writing",
    "Raise attainment in mathematics",
    "Develop middle leaders",
    "Narrow the gap for vulnerable pupils",
    "Improve transition from Year 6 to Year 7",
    "Increase the proportion of good or better teaching",
]


class Maker:
    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def sentence(self):
        r = self.rnd
        return r.choice(OPENINGS) + " " + r.choice(MIDDLES) + r.choice(ENDINGS) + "."

    def comment(self):
        r = self.rnd
        roll = r.random()
        if roll < 0.12:
            return r.choice(SHORT)
        if roll < 0.2:
            return r.choice(DISTRICT_STARTS)
        if roll < 0.26:
            return r.choice(DISTRICT_MIDDLE) + "."
        return " ".join(self.sentence() for _ in range(r.choice([1, 1, 2, 2, 3])))

    def answer(self, style):
        """(html, comments) of one answer cell: comments are {"heading", "text"}."""
        r = self.rnd
        kind = r.choice(style["kinds"])
        parts, comments = [], []

        def items(n, heading, tag):
            texts = [self.comment() for _ in range(n)]
            for t in texts:
                comments.append({"heading": heading, "text": t})
            if tag == "ul":
                parts.append("<ul>" + "".join("<li>%s</li>" % html.escape(t) for t in texts) + "</ul>")
            elif tag == "circle":
                parts.append('<ul class="circle">' + "".join("<li>%s</li>" % html.escape(t) for t in texts) + "</ul>")
            elif tag == "glyph":
                # Bullets pasted from Word: the glyph is text at the start of the paragraph.
                glyph = r.choice(["•", "o", "-"])
                parts.append("".join('<p class="glyph">%s %s</p>' % (glyph, html.escape(t)) for t in texts))
            else:
                parts.append("".join("<p>%s</p>" % html.escape(t) for t in texts))

        if kind == "paras":
            items(r.randint(1, 3), None, "p")
        elif kind == "bullets":
            items(r.randint(2, 5), None, r.choice(style["lists"]))
        elif kind == "glyphs":
            items(r.randint(2, 4), None, "glyph")
        elif kind == "priorities":
            for n in range(1, r.randint(2, 3) + 1):
                title = "Priority %d: %s" % (n, r.choice(PRIORITY_TITLES))
                parts.append("<p>%s</p>" % html.escape(title))
                items(r.randint(1, 3), title, r.choice(style["lists"] + ["p"]))
        elif kind == "numbered":
            for n in range(1, r.randint(2, 4) + 1):
                text = "%d.%d %s" % (r.randint(1, 4), n, self.sentence())
                comments.append({"heading": None, "text": text})
                parts.append("<p>%s</p>" % html.escape(text))
        return "".join(parts), comments


def lead_cell(leads, rnd):
    if not leads:
        return ""
    sep = rnd.choice(["<br>", ", ", "; "])
    return sep.join(html.escape(l) for l in leads)


STYLES = {
    # Like the seeds: Word's Arial 10 pt in a wide answer column (about 110 characters a line).
    "seed": {
        "font": "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "size": "8.5pt",
        "widths": [10, 13, 13, 64], "kinds": ["paras", "bullets", "glyphs", "priorities", "numbered"],
        "lists": ["ul", "circle"], "th_align": "left",
    },
    # Held out: a serif face, larger type, narrower answer column, centred headers.
    "held-out-a": {
        "font": "'DejaVu Serif', serif", "size": "10pt",
        "widths": [12, 16, 14, 58], "kinds": ["paras", "bullets", "glyphs", "priorities", "numbered"],
        "lists": ["ul", "circle"], "th_align": "center",
    },
    # Held out: Chromium's defaults (no font set), glyph bullets and plain lists.
    "held-out-b": {
        "font": "sans-serif", "size": "9pt",
        "widths": [9, 15, 12, 64], "kinds": ["paras", "bullets", "glyphs", "priorities"],
        "lists": ["ul"], "th_align": "left",
    },
}


def page_html(title, question, rows, style):
    css = """
@page { size: A4 landscape; margin: 1.6cm 1.4cm; }
body { font-family: %(font)s; font-size: %(size)s; color: #000; }
table { border-collapse: collapse; width: 100%%; }
th, td { border: 1px solid #000; vertical-align: top; padding: 3pt 5pt; }
th { text-align: %(th_align)s; background: #dde4ee; }
thead { display: table-header-group; }
p { margin: 0 0 3pt 0; }
ul { margin: 0 0 3pt 0; padding-left: 16pt; }
ul.circle { list-style-type: circle; }
""" % style
    w = style["widths"]
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
           % (html.escape(title), css)]
    out.append('<table><thead><tr><th style="width:%d%%">District</th><th style="width:%d%%">Collaborative</th>'
               '<th style="width:%d%%">Lead School(s)</th><th style="width:%d%%">%s</th></tr></thead><tbody>'
               % (w[0], w[1], w[2], w[3], html.escape(QUESTIONS[question])))
    for row in rows:
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                   % (html.escape(row["district"]), html.escape(row["collaborative"]), row["_lead_html"],
                      row["_answer_html"]))
    out.append("</tbody></table></body></html>\n")
    return "".join(out)


def make_rows(maker, entries):
    rows = []
    for district, collaborative, leads in entries:
        answer_html, comments = maker.answer(maker.style)
        rows.append({
            "district": district, "collaborative": collaborative, "lead_schools": leads,
            "comments": comments, "_lead_html": lead_cell(leads, maker.rnd), "_answer_html": answer_html,
        })
    return rows


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def print_pdf(html_text, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "appendix.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(tmp, "profile"), "--print-to-pdf=" + pdf_path, src])


def extract(pdf_path, base):
    run(["pdftotext", pdf_path, base + ".txt"])
    run(["pdftotext", "-layout", pdf_path, base + ".layout.txt"])
    run(["pdftotext", "-raw", pdf_path, base + ".raw.txt"])


def write_appendix(out_dir, name, question, rows, style):
    base = os.path.join(out_dir, name)
    print_pdf(page_html(name, question, rows, style), base + ".pdf")
    extract(base + ".pdf", base)
    expected = {"question": question,
                "rows": [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]}
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def return_document(out_dir):
    """A single collaborative's return form printed to PDF: details, then the questions as headings."""
    body = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Return</title>
<style>@page { size: A4; margin: 2cm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt 0; } p { margin: 0 0 4pt 0; } ul { margin: 0 0 4pt 0; }</style></head><body>
<h1>Collaborative return, March 2014</h1>
<p>District: Shepway</p>
<p>Collaborative: Romney Marsh Learning Partnership</p>
<p>Lead school: Brookland CEP; Lydd Primary</p>
<h2>2. What progress do you feel you have made against your priorities?</h2>
<p>Joint moderation of writing across all of our schools has improved the consistency of teacher assessment in reading and writing, and the heads now meet every half term to look at the evidence together.</p>
<ul><li>Shared INSET days for all staff</li><li>Paired lesson observations between schools have led to better questioning in lessons, as seen in joint observations across the partnership.</li></ul>
<h2>3. Strengths so far as a collaborative?</h2>
<p>Dover schools have joined our writing project and two heads now attend our meetings.</p>
<p>Trust between the headteachers.</p>
</body></html>
"""
    base = os.path.join(out_dir, "return-document")
    print_pdf(body, base + ".pdf")
    expected = {"district": "Shepway", "collaborative": "Romney Marsh Learning Partnership",
                "lead_schools": ["Brookland CEP", "Lydd Primary"],
                "answers": {"2": ["Joint moderation of writing across all of our schools has improved the consistency "
                                  "of teacher assessment in reading and writing, and the heads now meet every half "
                                  "term to look at the evidence together.",
                                  "Shared INSET days for all staff",
                                  "Paired lesson observations between schools have led to better questioning in "
                                  "lessons, as seen in joint observations across the partnership."],
                            "3": ["Dover schools have joined our writing project and two heads now attend our "
                                  "meetings.", "Trust between the headteachers."]}}
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def no_text(out_dir):
    """A PDF with a drawing and no text, as a scan is."""
    body = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: A4; }</style></head><body>'
            '<svg width="300" height="200"><rect x="10" y="10" width="280" height="180" fill="#888"/></svg>'
            '</body></html>\n')
    print_pdf(body, os.path.join(out_dir, "no-text.pdf"))


def main(argv):
    out_dir = HERE
    held_out = []
    args = list(argv)
    if "--held-out" in args:
        i = args.index("--held-out")
        held_out = [int(s) for s in args[i + 1:]]
        args = args[:i]
    if args:
        out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)

    if held_out:
        for seed in held_out:
            maker = Maker(seed)
            style_name = ["held-out-a", "held-out-b"][seed % 2]
            maker.style = STYLES[style_name]
            rnd = random.Random(seed * 7 + 1)
            entries = rnd.sample(UNSEEN, 14) + rnd.sample(KNOWN, 4)
            entries.sort(key=lambda e: e[0])
            question = rnd.choice([1, 2, 3, 4, 5])
            write_appendix(out_dir, "held-out-%d" % seed, question, make_rows(maker, entries), maker.style)
        return

    # A multi-page appendix of collaboratives the register has never seen (question 4).
    maker = Maker(2014)
    maker.style = STYLES["seed"]
    write_appendix(out_dir, "unseen-q4", 4, make_rows(maker, UNSEEN), maker.style)

    # A question-5 appendix of 14 rows, unknown collaboratives among known ones.
    maker = Maker(5)
    maker.style = STYLES["seed"]
    rnd = random.Random(55)
    entries = sorted(rnd.sample(UNSEEN, 9) + rnd.sample(KNOWN, 5), key=lambda e: e[0])
    write_appendix(out_dir, "q5-additional", 5, make_rows(maker, entries), maker.style)

    return_document(out_dir)
    no_text(out_dir)


if __name__ == "__main__":
    main(sys.argv[1:])
