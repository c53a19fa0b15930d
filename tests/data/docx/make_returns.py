#!/usr/bin/python3
"""Writes the .docx return documents in this folder with python-docx
(Debian's python3-docx), the way people write them in Word: details in a
table or as lines, questions as Heading styles, numbered lines, "Q2" or a
form table, bullets as Word list paragraphs. What python-docx cannot write
(tracked changes, comments, content controls) is added to its XML through
lxml, shaped the way Word writes it.

usage: /usr/bin/python3 tests/data/docx/make_returns.py [OUT_DIR]
(default: this script's folder). Reading them is tested in
tests/corpus/readers/docx_return_test.cpp and tests/pipeline/cli/intake_test.sh.
"""

import datetime
import os
import sys
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
W = nsdecls("w")
AUTHOR = 'w:author="A. Officer" w:date="2013-03-11T09:30:00Z"'
Q = [
    "What activity have you undertaken to date?",
    "What progress do you feel you have made against your priorities?",
    "Strengths so far as a collaborative?",
    "Areas for further development as a collaborative?",
    "Additional comments.",
]


def save(document, name):
    # Fixed document properties, so a re-run changes only what the script changed.
    props = document.core_properties
    props.author = "A. Headteacher"
    props.last_modified_by = "A. Headteacher"
    props.title = "Narrative return"
    props.revision = 1
    props.created = props.modified = datetime.datetime(2013, 3, 11, 9, 0, 0)
    document.save(os.path.join(OUT, name))


def append(document, element):
    """Adds a block to the body, before the section properties that end it."""
    document.element.body.sectPr.addprevious(element)


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


def paragraph_xml(inner, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return parse_xml("<w:p %s>%s%s</w:p>" % (W, ppr, inner))


def table_details():
    """(a) Details in a two-column table, questions as Heading 2, bullets as
    List Bullet paragraphs (and one bulleted with the toolbar button: List
    Paragraph with its own numbering), curly quotes, £, é and an en dash."""
    d = docx.Document()
    d.add_heading("Narrative return – spring term", level=1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (key, value) in zip(t.rows, [("District", "Dover"),
                                          ("Collaborative", "Raising Achievement in Dover (RAiD)"),
                                          ("Lead school(s)", "Priory Fields")]):
        row.cells[0].text = key
        row.cells[1].text = value
    d.add_paragraph("")
    d.add_heading(Q[0], level=2)
    d.add_paragraph("Heads’ “learning walks” in every school – twice a term.", style="List Bullet")
    d.add_paragraph("A café-style moderation morning cost £125 per school.", style="List Bullet")
    p = d.add_paragraph("Joint training for teaching assistants on phonics.", style="List Paragraph")
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' % W))
    d.add_heading("Question 2 – " + Q[1], level=2)
    d.add_paragraph("Priority 1: Writing", style="Heading 3")
    d.add_paragraph("Moderation showed writing at the expected standard in all six schools.")
    d.add_paragraph("Priority 2: Attendance", style="Heading 3")
    d.add_paragraph("Persistent absence fell from 9% to 6%.")
    d.add_heading("3", level=2)
    d.add_paragraph("Trust between heads, and a shared vision for the town’s children.")
    save(d, "table-details.docx")


def numbered_lines():
    """(b) Details as lines (two of them in one paragraph, split with a soft
    line break), questions as numbered lines, "Q2" and the wording, answers in
    plain paragraphs with a tab, a soft break and a non-breaking hyphen."""
    d = docx.Document()
    p = d.add_paragraph("District: Dover")
    p.add_run().add_break()
    p.add_run("Collaborative: The Dover Collaboration of Schools")
    d.add_paragraph("Lead school: Green Park CP")
    d.add_paragraph("")
    d.add_paragraph("1. " + Q[0])
    d.add_paragraph("We met every half term.")
    p = d.add_paragraph("Reading:")
    p.add_run().add_tab()
    p.add_run("paired reading in Years 3 ")
    p._p.append(parse_xml("<w:r %s><w:t>and 4; e</w:t><w:noBreakHyphen/><w:t>safety training.</w:t></w:r>" % W))
    d.add_paragraph("Q2")
    p = d.add_paragraph("Good progress on writing.")
    p.add_run().add_break()
    p.add_run("Less on maths.")
    d.add_paragraph("Additional comments:")
    d.add_paragraph("None of the schools has left the collaborative.")
    save(d, "numbered-lines.docx")


def add_comment(document, paragraph, text):
    """A Word comment on `paragraph`: word/comments.xml and the anchors."""
    xml = ('<w:comments %s><w:comment w:id="0" w:author="A. Officer" w:date="2013-03-11T09:30:00Z" '
           'w:initials="AO"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment></w:comments>' % (W, text))
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.COMMENTS)
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, parse_xml('<w:commentRangeStart %s w:id="0"/>' % W))
    p.append(parse_xml('<w:commentRangeEnd %s w:id="0"/>' % W))
    p.append(parse_xml('<w:r %s><w:commentReference w:id="0"/></w:r>' % W))


def tracked_changes():
    """(c) Tracked changes as Word writes them (an insertion, a deletion, a
    moved sentence, a deleted paragraph), a comment, and a header and footer,
    all of which read as if the changes were accepted and the rest absent."""
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Collaborative: DRAFT TEMPLATE – do not circulate"
    section.footer.paragraphs[0].text = "Q5 Page 1 of 1"
    d.add_paragraph("District: Dover")
    d.add_paragraph("Collaborative: Sandwich Primary Consortium")
    d.add_paragraph("Lead school: Eastry")
    d.add_heading("Q2", level=2)
    # "We have completed [three → two] learning walks." with the change tracked.
    append(d, paragraph_xml(
        run("We have completed ")
        + '<w:del w:id="1" %s><w:r><w:delText xml:space="preserve">three</w:delText></w:r></w:del>' % AUTHOR
        + '<w:ins w:id="2" %s>%s</w:ins>' % (AUTHOR, run("two"))
        + run(" learning walks.")))
    # A sentence moved from here to the end of the answer.
    append(d, paragraph_xml(
        run("Writing moderation is planned. ")
        + '<w:moveFromRangeStart w:id="3" %s w:name="move1"/>' % AUTHOR
        + '<w:moveFrom w:id="4" %s>%s</w:moveFrom>' % (AUTHOR, run("Governors joined the training."))
        + '<w:moveFromRangeEnd w:id="3"/>'))
    # A whole paragraph deleted: its text and its paragraph mark.
    append(d, paragraph_xml(
        '<w:pPr><w:rPr><w:del w:id="5" %s/></w:rPr></w:pPr>' % AUTHOR
        + '<w:del w:id="6" %s><w:r><w:delText>Budget still to be agreed.</w:delText></w:r></w:del>' % AUTHOR))
    append(d, paragraph_xml(
        '<w:moveToRangeStart w:id="7" %s w:name="move1"/>' % AUTHOR
        + '<w:moveTo w:id="8" %s>%s</w:moveTo>' % (AUTHOR, run("Governors joined the training."))
        + '<w:moveToRangeEnd w:id="7"/>'))
    # An inserted paragraph.
    append(d, paragraph_xml(
        '<w:pPr><w:rPr><w:ins w:id="9" %s/></w:rPr></w:pPr>' % AUTHOR
        + '<w:ins w:id="10" %s>%s</w:ins>' % (AUTHOR, run("Pupil voice surveys in June."))))
    d.add_heading("Q3", level=2)
    add_comment(d, d.add_paragraph("Shared leadership across the four schools."),
                "Q4 Please say more about what the heads do together.")
    save(d, "tracked-changes.docx")


def content_control(control_id, inner_paragraph_xml, placeholder):
    """A block content control (a Word form field) holding one paragraph."""
    show = "<w:showingPlcHdr/>" if placeholder else ""
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
        '</w:placeholder>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (W, control_id, show, inner_paragraph_xml))


def unanswered():
    """(d) A form with all five questions and three of them unanswered: a
    heading with nothing under it, a content control still showing its
    placeholder, and a last heading followed by empty paragraphs."""
    d = docx.Document()
    d.add_paragraph("District: Ashford")
    d.add_paragraph("Collaborative: Tenterden Rural Alliance")
    d.add_paragraph("Lead school: Tenterden Junior")
    d.add_heading("1. " + Q[0], level=2)
    d.add_paragraph("Learning walks in all five schools.")
    d.add_heading("2. " + Q[1], level=2)
    d.add_heading("3. " + Q[2], level=2)
    append(d, content_control(
        1201, '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        '<w:t>Click or tap here to enter text.</w:t></w:r></w:p>', placeholder=True))
    d.add_heading("4. " + Q[3], level=2)
    append(d, content_control(
        1202, '<w:p><w:r><w:t>More time for subject leaders to meet.</w:t></w:r></w:p>', placeholder=False))
    d.add_heading("5. " + Q[4], level=2)
    d.add_paragraph("")
    d.add_paragraph("")
    save(d, "unanswered.docx")


def unknown_collaborative():
    """(e) A collaborative the register has never seen; the details as a
    table with a header row, the questions and answers as a form table."""
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["District", "Collaborative", "Lead School(s)"]):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["Dover", "Whitfield Learning Partnership", "Whitfield Aspen"]):
        cell.text = text
    t.rows[1].cells[2].add_paragraph("Temple Ewell CE")
    d.add_paragraph("")
    form = d.add_table(rows=2, cols=2)
    form.style = "Table Grid"
    form.rows[0].cells[0].text = "1. " + Q[0]
    answer = form.rows[0].cells[1]
    answer.text = "Three network meetings."
    answer.add_paragraph("Shared INSET day on feedback.", style="List Bullet")
    answer.add_paragraph("Peer review of SEND provision.", style="List Bullet")
    form.rows[1].cells[0].text = "4. " + Q[3]
    form.rows[1].cells[1].text = "Involving governors."
    save(d, "unknown-collaborative.docx")


def word_features():
    """(f) The rarer things Word writes, for the paragraph reader: hidden
    text, a hyperlink field and a page-number field (codes and results), an
    optional hyphen, a deleted paragraph mark joining two paragraphs, a
    deleted table row, a table-of-contents entry, a List Bullet paragraph
    whose numbering was removed, an outline level on a plain paragraph, a
    run-level content control, and a table inside a table."""
    d = docx.Document()
    d.add_paragraph("Collaborative: Samphire Hub")
    toc = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)  # as Word names it
    append(d, paragraph_xml('<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % toc.style_id + run("Q1 What activity\t1")))
    append(d, paragraph_xml('<w:pPr><w:outlineLvl w:val="1"/></w:pPr>' + run("Q1")))
    append(d, paragraph_xml(
        run("Visible")
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> hidden</w:t></w:r>'
        + run(" text, a ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("link")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + run(", page ")
        + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
        + '<w:r><w:t>, co</w:t><w:softHyphen/><w:t>operation.</w:t></w:r>'))
    append(d, paragraph_xml(
        '<w:pPr><w:rPr><w:del w:id="21" %s/></w:rPr></w:pPr>' % AUTHOR + run("Joined ")))
    append(d, paragraph_xml(run("to the next.")))
    t = d.add_table(rows=2, cols=1)
    t.rows[0].cells[0].text = "Kept row."
    t.rows[1].cells[0].text = "Deleted row."
    t.rows[1]._tr.get_or_add_trPr().append(parse_xml('<w:del %s w:id="22" %s/>' % (W, AUTHOR)))
    inner = t.rows[0].cells[0].add_table(rows=1, cols=1)
    inner.rows[0].cells[0].text = "Inner cell."
    p = d.add_paragraph("Not a bullet any more.", style="List Bullet")
    p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' % W))
    append(d, paragraph_xml(
        run("Chosen: ")
        + '<w:sdt><w:sdtPr><w:id w:val="1203"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run("Yes")
        + '<w:sdt><w:sdtPr><w:id w:val="1204"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
        % run("Choose an item.")))
    d.add_paragraph(Q[2], style="List Number")  # a question numbered by Word
    d.add_paragraph("Q2 data showed gains.", style="List Bullet")
    save(d, "word-features.docx")


def other_headings():
    """(g) The questions' headings as people reword them (Heading 2): "Section
    1: Activities undertaken", "Q2. Progress against priorities", "Section 3:
    Strengths of the collaborative", "Areas for development", "Any other
    comments?"; under question 4 a Heading 2 that is none of the five ("Next
    steps", a warning, its text kept under question 4), and under question 2 a
    Heading 3 sub-heading ("Priority 1: Reading", no warning)."""
    d = docx.Document()
    d.add_heading("Spring return", level=1)
    d.add_paragraph("District: Shepway")
    d.add_paragraph("Collaborative: Shepway Rural Mini Hub")
    d.add_paragraph("Lead school: Lyminge School")
    d.add_heading("Section 1: Activities undertaken", level=2)
    d.add_paragraph("Joint INSET on questioning for all staff.")
    d.add_heading("Q2. Progress against priorities", level=2)
    d.add_paragraph("Priority 1: Reading", style="Heading 3")
    d.add_paragraph("Guided reading is now daily in every class.")
    d.add_heading("Section 3: Strengths of the collaborative", level=2)
    d.add_paragraph("Small schools sharing one subject leader for music.")
    d.add_heading("Areas for development", level=2)
    d.add_paragraph("Moderation of writing in Key Stage 1.")
    d.add_heading("Next steps", level=2)
    d.add_paragraph("A shared assessment calendar for next year.")
    d.add_heading("Any other comments?", level=2)
    d.add_paragraph("Thank you for the support this term.")
    save(d, "other-headings.docx")


def headings_in_answers():
    """Headings inside answers (Heading 3 paragraphs, as Word's Styles
    gallery writes them: one a Priority label, one plain words, one already
    ending in a colon) over paragraphs, one with "résumé" and no full stop,
    the next starting with a lower-case word after it (issue 11 trial)."""
    d = docx.Document()
    d.add_paragraph("District: Dover")
    d.add_paragraph("Collaborative: Raising Achievement in Dover (RAiD)")
    d.add_paragraph("Lead school(s): Priory Fields")
    d.add_heading(Q[1], level=2)
    d.add_heading("Priority 1 Improve writing", level=3)
    d.add_paragraph("Each school wrote a résumé of its moderation work for the hub and the heads "
                    "read them together at the spring meeting")
    d.add_paragraph("iPads were bought for the guided reading groups in Years 3 and 4.")
    d.add_heading("Next steps", level=3)
    d.add_paragraph("Joint moderation of writing in Term 5.")
    d.add_heading(Q[2], level=2)
    d.add_heading("Evidence:", level=3)
    d.add_paragraph("Heads now share their school’s data openly.")
    save(d, "headings-in-answers.docx")


def not_well_formed():
    """A .docx whose word/document.xml stops in the middle of an element."""
    with zipfile.ZipFile(os.path.join(OUT, "table-details.docx")) as src, \
            zipfile.ZipFile(os.path.join(OUT, "not-well-formed.docx"), "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)


def corrupt():
    """A return cut short, as an interrupted download or a mail filter leaves it."""
    with open(os.path.join(OUT, "table-details.docx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "corrupt.docx"), "wb") as f:
        f.write(data[: len(data) // 2])


if __name__ == "__main__":
    table_details()
    numbered_lines()
    tracked_changes()
    unanswered()
    unknown_collaborative()
    word_features()
    other_headings()
    headings_in_answers()
    not_well_formed()
    corrupt()
