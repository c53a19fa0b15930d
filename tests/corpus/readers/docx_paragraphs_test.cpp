#include "corpus/readers/docx_paragraphs.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"

using returns::DocxParagraph;
using returns::ReadDocxParagraphs;
using returns::Result;
using returns::ZipArchive;
using returns::test::Slurp;
using Kind = DocxParagraph::Kind;

namespace {

// The paragraphs of a file in tests/data/docx (written by make_returns.py with python-docx).
Result<std::vector<DocxParagraph>> Paragraphs(const std::string& path) {
  const std::string bytes = Slurp(path);
  Result<ZipArchive> zip = ZipArchive::Open(bytes, path);
  if (!zip.ok()) return zip.status();
  return ReadDocxParagraphs(zip.value(), path);
}

std::vector<std::string> Texts(const std::vector<DocxParagraph>& ps) {
  std::vector<std::string> out;
  for (const DocxParagraph& p : ps) out.push_back(p.text);
  return out;
}

struct Row {
  Kind kind;
  const char* text;
  int table = 0;
  int row = 0;
  int cell = 0;
};

}  // namespace

TEST_CASE("paragraphs in order, with their kinds and table cells", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> got = Paragraphs("tests/data/docx/table-details.docx");
  REQUIRE(got.ok());
  // Read off make_returns.py's table_details(): Heading styles, List Bullet,
  // List Paragraph with its own numbering, a two-column table of details.
  const std::vector<Row> want = {
      {Kind::kHeading, "Narrative return – spring term"},
      {Kind::kText, "District", 1, 0, 0},
      {Kind::kText, "Dover", 1, 0, 1},
      {Kind::kText, "Collaborative", 1, 1, 0},
      {Kind::kText, "Raising Achievement in Dover (RAiD)", 1, 1, 1},
      {Kind::kText, "Lead school(s)", 1, 2, 0},
      {Kind::kText, "Priory Fields", 1, 2, 1},
      {Kind::kText, ""},
      {Kind::kHeading, "What activity have you undertaken to date?"},
      {Kind::kListItem, "Heads’ “learning walks” in every school – twice a term."},
      {Kind::kListItem, "A café-style moderation morning cost £125 per school."},
      {Kind::kListItem, "Joint training for teaching assistants on phonics."},
      {Kind::kHeading, "Question 2 – What progress do you feel you have made against your priorities?"},
      {Kind::kHeading, "Priority 1: Writing"},
      {Kind::kText, "Moderation showed writing at the expected standard in all six schools."},
      {Kind::kHeading, "Priority 2: Attendance"},
      {Kind::kText, "Persistent absence fell from 9% to 6%."},
      {Kind::kHeading, "3"},
      {Kind::kText, "Trust between heads, and a shared vision for the town’s children."},
  };
  REQUIRE(got.value().size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const DocxParagraph& p = got.value()[i];
    INFO("paragraph " << i + 1 << ": " << p.text);
    CHECK(p.number == static_cast<int>(i) + 1);
    CHECK(p.kind == want[i].kind);
    CHECK(p.text == want[i].text);
    CHECK(p.table == want[i].table);
    CHECK(p.row == want[i].row);
    CHECK(p.cell == want[i].cell);
  }
}

TEST_CASE("tracked changes read as accepted, comments, header and footer not at all", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> got = Paragraphs("tests/data/docx/tracked-changes.docx");
  REQUIRE(got.ok());
  CHECK(Texts(got.value()) == std::vector<std::string>{
                                  "District: Dover",
                                  "Collaborative: Sandwich Primary Consortium",
                                  "Lead school: Eastry",
                                  "Q2",
                                  "We have completed two learning walks.",  // "three" deleted, "two" inserted
                                  "Writing moderation is planned. ",        // a sentence moved away
                                  "",                                       // a deleted paragraph, still counted
                                  "Governors joined the training.",         // … and moved here
                                  "Pupil voice surveys in June.",           // an inserted paragraph
                                  "Q3",
                                  "Shared leadership across the four schools.",  // the comment on it left out
                              });
}

TEST_CASE("soft line breaks, tabs and non-breaking hyphens come through as text", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> got = Paragraphs("tests/data/docx/numbered-lines.docx");
  REQUIRE(got.ok());
  REQUIRE(got.value().size() == 10);
  CHECK(got.value()[0].text == "District: Dover\nCollaborative: The Dover Collaboration of Schools");
  CHECK(got.value()[5].text == "Reading:\tpaired reading in Years 3 and 4; e-safety training.");
  CHECK(got.value()[7].text == "Good progress on writing.\nLess on maths.");
  for (const DocxParagraph& p : got.value()) CHECK(p.kind == Kind::kText);
}

TEST_CASE("content controls: a placeholder is no text, a filled one is", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> got = Paragraphs("tests/data/docx/unanswered.docx");
  REQUIRE(got.ok());
  const std::vector<std::string> texts = Texts(got.value());
  REQUIRE(texts.size() == 13);
  CHECK(texts[7] == "");  // "Click or tap here to enter text."
  CHECK(texts[9] == "More time for subject leaders to meet.");
}

TEST_CASE("what Word writes less often", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> got = Paragraphs("tests/data/docx/word-features.docx");
  REQUIRE(got.ok());
  const std::vector<Row> want = {
      {Kind::kText, "Collaborative: Samphire Hub"},
      {Kind::kText, ""},  // a table-of-contents entry ("Q1 What activity", page 1)
      {Kind::kHeading, "Q1"},  // an outline level on a plain paragraph
      // Hidden text and field codes left out, the fields' results kept, an optional hyphen invisible.
      {Kind::kText, "Visible text, a link, page 3, cooperation."},
      {Kind::kText, ""},  // its paragraph mark deleted: joined to the next
      {Kind::kText, "Joined to the next."},
      {Kind::kText, "Kept row.", 1, 0, 0},
      {Kind::kText, "Inner cell.", 2, 0, 0},  // a table in the cell
      {Kind::kText, "", 1, 0, 0},
      {Kind::kText, "", 1, 1, 0},  // a row whose deletion is tracked
      {Kind::kText, "Not a bullet any more."},  // List Bullet with its numbering removed
      {Kind::kText, "Chosen: Yes"},  // a drop-down chosen, another still showing "Choose an item."
      {Kind::kListItem, "Strengths so far as a collaborative?"},  // List Number
      {Kind::kListItem, "Q2 data showed gains."},
  };
  REQUIRE(got.value().size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const DocxParagraph& p = got.value()[i];
    INFO("paragraph " << i + 1 << ": " << p.text);
    CHECK(p.kind == want[i].kind);
    CHECK(p.text == want[i].text);
    CHECK(p.table == want[i].table);
    CHECK(p.row == want[i].row);
  }
}

TEST_CASE("not a Word document, or not well-formed: an error naming the file and the part", "[docx_paragraphs]") {
  const Result<std::vector<DocxParagraph>> zip = Paragraphs("tests/data/zip/two-parts.zip");
  REQUIRE_FALSE(zip.ok());
  CHECK(zip.status().location() == "tests/data/zip/two-parts.zip");
  CHECK(zip.status().message() == "not a Word document: the archive has no word/document.xml");

  const Result<std::vector<DocxParagraph>> cut = Paragraphs("tests/data/docx/not-well-formed.docx");
  REQUIRE_FALSE(cut.ok());
  CHECK(cut.status().location() == "tests/data/docx/not-well-formed.docx");
  CHECK(cut.status().message().rfind("word/document.xml is not well-formed XML (", 0) == 0);
}
