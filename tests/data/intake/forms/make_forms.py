#!/usr/bin/python3
"""Makes the Excel test files of tests/data/intake/forms (see tests/data/README.md).

Run with Debian's python3 (python3-openpyxl, python3-xlsxwriter), from anywhere:
    /usr/bin/python3 tests/data/intake/forms/make_forms.py

- forms.xlsx: a Microsoft Forms export, as openpyxl writes a workbook (inline
  strings): ID, Start time, Completion time, Email, Name, then the form's
  questions — District, Collaborative, Lead school(s) and the five question
  wordings. Times are real Excel dates with custom number formats; answers
  hold line breaks, bullets, curly quotes, £ and é; one answer cell is empty
  (no <c> element: a sparse row); two collaboratives are not in the register.
- forms.csv: its "CSV UTF-8 (Comma delimited)" twin as Excel saves one: a BOM,
  CRLF between records, LF inside quoted cells, dates as displayed.
- forms-shared.xlsx: the same responses as XlsxWriter writes them: a shared
  strings table, rich text runs (a bold lead-in), a carriage return written as
  _x000D_, the completion time in the built-in format 22.
- sheets.xlsx: four sheets: "Instructions" (prose), "Last round" (hidden, last
  year's responses), "Responses" (two responses) and "Late returns" (a title
  row above the header, one response).
- truncated.xlsx: the first half of forms.xlsx's bytes (a download cut short).
- returns.zip: forms.csv in a zip archive (not a format returns reads).
- prefixed.xlsx: written part by part with zipfile, in the manner of the Open XML
  SDK: namespace prefixes (x:, r:), cells and rows without r references, the
  1904 date system, a boolean, an error, a formula's cached string, a shared
  string with a phonetic run, and _x000D_ and _x005F_ escapes.
"""

import csv
import datetime
import io
import os
import zipfile

import openpyxl
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))

QUESTIONS = [
    "What activity have you undertaken to date?",
    "What progress do you feel you have made against your priorities?",
    "Strengths so far as a collaborative?",
    "Areas for further development as a collaborative?",
    "Additional comments.",
]
HEADER = ["ID", "Start time", "Completion time", "Email", "Name",
          "District", "Collaborative", "Lead school(s)"] + QUESTIONS

START_FORMAT = "dd/mm/yyyy hh:mm:ss"  # custom
END_FORMAT = "dd/mm/yyyy hh:mm"       # custom here; built-in 22 in forms-shared.xlsx


def when(day, hour, minute, second=0):
    return datetime.datetime(2014, 3, day, hour, minute, second)


# Each response: id, start, end, email, name, district, collaborative, lead, five answers (None: left empty).
RESPONSES = [
    (1, when(10, 9, 5, 12), when(10, 9, 31), "j.bloggs@ospringe.kent.sch.uk", "Jo Bloggs",
     "Swale", "Faversham Schools Collaborative", "Ospringe CEP",
     ["Learning walks in all five schools.\n• Joint moderation of writing in Term 4.",
      "Writing levels rose in four of the five schools; “good” judgements agreed at moderation.",
      "Heads’ trust and openness.\nA shared budget of £2,500 for cover.",
      None,
      "Thank you for the support this term."]),
    (2, when(11, 14, 0, 45), when(11, 14, 42), "anonymous", None,
     "Dover", "Samphire Hub", "n/a",
     ["Peer review of phonics teaching.",
      "Phonics screening results improved by 12%.",
      "Collegiate and committed approach from headteachers.",
      "Sharing data between schools earlier in the year.",
      None]),
    (3, when(12, 8, 15, 3), when(12, 9, 2), "a.martin@stnicholas.kent.sch.uk", "Anne Martin",
     "Shepway", "Romney Marsh Learning Partnership", "St Nicholas CE Primary",
     ["Café-style parents’ evenings in three schools.",
      "Parents’ attendance doubled (from 40 to 80 families).",
      "Small schools working as one — “the Marsh family”.",
      "Transition to secondary school.\nEarlier visits for Year 6.",
      None]),
    (4, when(12, 16, 30, 0), when(12, 17, 5), "k.patel@minster.kent.sch.uk", "Kiran Patel",
     "Thanet", "M7 Partnership", "Minster Primary",
     ["We have completed two learning walks.\n\nModeration of writing is planned for Term 5.",
      "Governors attended joint training on “pupil premium”, with £125 saved per EP day.",
      "Experienced headteachers who are very willing to work together.",
      "Time for middle leaders to meet.",
      "None of our schools is in a category."]),
    (5, when(13, 10, 0, 0), when(13, 10, 20), "r.okafor@wye.kent.sch.uk", "Rita Okafor",
     "Ashford", "Stour Valley Schools Alliance", "Wye School",
     ["Shared INSET day on feedback and marking.",
      "Marking policies aligned across the alliance.",
      "Willingness to visit each other’s classrooms.",
      "A shared calendar.",
      "We are new this year."]),
]

# The answer forms-shared.xlsx writes with CR LF (as _x000D_ and a line feed): response 3's Q4.
CR_ANSWER = (3, 3)


def row_values(r):
    return list(r[:8]) + list(r[8])


def displayed(value, number_format):
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S" if number_format == START_FORMAT else "%d/%m/%Y %H:%M")
    return "" if value is None else str(value)


def write_forms_xlsx(path, responses=None):
    responses = RESPONSES if responses is None else responses
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form1"
    ws.append(HEADER)
    for r in responses:
        ws.append(row_values(r))
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = START_FORMAT
        row[2].number_format = END_FORMAT
        for cell in row[8:]:
            cell.alignment = openpyxl.styles.Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def write_forms_csv(path, responses=None):
    responses = RESPONSES if responses is None else responses
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in responses:
        values = row_values(r)
        w.writerow([displayed(v, START_FORMAT if i == 1 else END_FORMAT) for i, v in enumerate(values)])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


def write_forms_shared(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Form1")
    bold = wb.add_format({"bold": True})
    start = wb.add_format({"num_format": START_FORMAT})
    end = wb.add_format({"num_format": 22})
    for c, h in enumerate(HEADER):
        ws.write_string(0, c, h)
    for i, r in enumerate(RESPONSES, start=1):
        values = row_values(r)
        ws.write_number(i, 0, values[0])
        ws.write_datetime(i, 1, values[1], start)
        ws.write_datetime(i, 2, values[2], end)
        for c in range(3, len(values)):
            v = values[c]
            if v is None:
                continue
            if r[0] == 1 and c == 8:  # "Learning walks …" with a bold lead-in: rich text runs
                ws.write_rich_string(i, c, bold, "Learning walks", v[len("Learning walks"):])
            elif (r[0], c - 8) == CR_ANSWER:
                ws.write_string(i, c, v.replace("\n", "\r\n"))
            else:
                ws.write_string(i, c, v)
    wb.close()


def write_sheets(path):
    wb = openpyxl.Workbook()
    intro = wb.active
    intro.title = "Instructions"
    intro["A1"] = "How to fill in this return"
    intro["A3"] = "Answer each question in the Responses sheet; one row per collaborative."
    last = wb.create_sheet("Last round")
    last.sheet_state = "hidden"
    last.append(HEADER)
    last.append(row_values(RESPONSES[3]))
    responses = wb.create_sheet("Responses")
    responses.append(HEADER)
    for r in RESPONSES[:2]:
        responses.append(row_values(r))
    late = wb.create_sheet("Late returns")
    late["A1"] = "Returns received after 14 March"
    for c, h in enumerate(HEADER, start=1):
        late.cell(row=3, column=c, value=h)
    for c, v in enumerate(row_values(RESPONSES[4]), start=1):
        late.cell(row=4, column=c, value=v)
    for ws in (responses, late):
        for row in ws.iter_rows(min_row=2):
            if isinstance(row[1].value, datetime.datetime):
                row[1].number_format = START_FORMAT
                row[2].number_format = END_FORMAT
    wb.save(path)


PREFIXED_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1"/>
</Relationships>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml" Id="Rs1"/>
<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml" Id="Rss"/>
<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="./styles.xml" Id="Rst"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="utf-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/>
<x:sheets><x:sheet name="Export" sheetId="1" r:id="Rs1"/></x:sheets>
</x:workbook>""",
    "xl/strings.xml": """<?xml version="1.0" encoding="utf-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:si><x:t>Collaborative</x:t></x:si>
<x:si><x:t>Q3</x:t></x:si>
<x:si><x:r><x:t>Samphire </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Hub</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>
<x:si><x:t xml:space="preserve">Trust._x000D_
Openness, and _x005F_x0041_ kept.</x:t></x:si>
</x:sst>""",
    "xl/styles.xml": """<?xml version="1.0" encoding="utf-8"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:numFmts><x:numFmt numFmtId="170" formatCode="d mmmm yyyy"/></x:numFmts>
<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="14"/></x:cellXfs>
</x:styleSheet>""",
    "xl/worksheets/data.xml": """<?xml version="1.0" encoding="utf-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Date</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Checked</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Total</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Short date</x:t></x:is></x:c></x:row>
<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c><x:c s="1"><x:v>43903</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c s="2"><x:v>43903.5</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="str"><x:f>"M7 "&amp;"Partnership"</x:f><x:v>M7 Partnership</x:v></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>Walks.</x:t></x:is></x:c><x:c r="D4" t="b"><x:v>0</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>""",
}


def write_prefixed(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in PREFIXED_PARTS.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2014, 3, 14, 9, 5, 0)), text)


def main():
    forms = os.path.join(HERE, "forms.xlsx")
    write_forms_xlsx(forms)
    write_forms_csv(os.path.join(HERE, "forms.csv"))
    write_forms_shared(os.path.join(HERE, "forms-shared.xlsx"))
    write_sheets(os.path.join(HERE, "sheets.xlsx"))
    with open(forms, "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    with zipfile.ZipFile(os.path.join(HERE, "returns.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(HERE, "forms.csv"), "forms.csv")
    write_prefixed(os.path.join(HERE, "prefixed.xlsx"))


if __name__ == "__main__":
    main()
