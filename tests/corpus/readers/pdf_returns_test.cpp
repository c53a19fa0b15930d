#include "corpus/readers/pdf_returns.h"

#include <catch2/catch.hpp>

#include "tests/corpus/readers/appendix_samples.h"
#include "tests/corpus/readers/roundtrip.h"
#include "tests/corpus/seed_corpus.h"

using returns::IntakeResult;
using returns::Return;
using namespace returns::test;

namespace {

IntakeResult ReadPdf(const std::string& name) {
  const auto got = returns::ReadPdfReturns(ReadBytes(AppendixData(name)), name, BundledRegister());
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  return got.value();
}

}  // namespace

// unseen-q4.pdf: six pages, A4 landscape, 24 collaboratives the register has
// never seen, rows running over page breaks under a repeated header; bullets
// drawn (lists), written ("o", "•", "-"), paragraphs, Priority headings,
// numbered items, comments that begin with a district's name.
TEST_CASE("an appendix PDF of unknown collaboratives reads exactly", "[pdf_returns]") {
  const SourceTable want = LoadSourceRows("unseen-q4.expected.json");
  const IntakeResult got = ReadPdf("unseen-q4.pdf");
  CHECK(got.records == 24);
  CHECK(RowsReadExactly(want, got.returns) == want.rows.size());
  for (const Return& r : got.returns) CHECK_FALSE(r.collaborative_canonical.has_value());
  CHECK(got.warnings.empty());
}

// q5-additional.pdf: 14 rows of question 5, nine collaboratives unknown among five the register knows.
TEST_CASE("a question-5 appendix reads 14 rows of 14", "[pdf_returns]") {
  const SourceTable want = LoadSourceRows("q5-additional.expected.json");
  REQUIRE(want.rows.size() == 14);
  const IntakeResult got = ReadPdf("q5-additional.pdf");
  CHECK(RowsReadExactly(want, got.returns) == 14);
  // The known ones get their canonical names.
  size_t known = 0;
  for (const Return& r : got.returns) {
    if (!r.collaborative_canonical) continue;
    ++known;
    CHECK(*r.collaborative_canonical == r.collaborative);
    CHECK(r.lead_schools_canonical == r.lead_schools);
  }
  CHECK(known == 5);
}

// Two appendices of another look (make_appendix_pdfs.py --held-out 101 102),
// first read wrong: a serif face with centred headers, where the table's
// rule, cut by a page break, was taken for a drawn bullet and a school's name
// wrapped as "Holy Trinity CE" / "Primary" was read as two; Chromium's
// default face, whose line boxes overlap and hid a paragraph's space.
TEST_CASE("appendices of other looks read exactly", "[pdf_returns]") {
  for (const char* name : {"held-out-101", "held-out-102"}) {
    INFO(name);
    const SourceTable want = LoadSourceRows(std::string(name) + ".expected.json");
    const IntakeResult got = ReadPdf(std::string(name) + ".pdf");
    CHECK(RowsReadExactly(want, got.returns) == want.rows.size());
  }
}

TEST_CASE("a PDF that holds one return document is read as one", "[pdf_returns]") {
  const IntakeResult got = ReadPdf("return-document.pdf");
  REQUIRE(got.returns.size() == 2);
  const Return& q2 = got.returns[0];
  CHECK(q2.question == 2);
  CHECK(q2.district == "Shepway");
  CHECK(q2.collaborative == "Romney Marsh Learning Partnership");
  CHECK(q2.lead_schools == std::vector<std::string>{"Brookland CEP", "Lydd Primary"});
  REQUIRE(q2.comments.size() == 3);
  // A paragraph over two lines is one comment; each drawn bullet starts one.
  CHECK(q2.comments[0].text.rfind("Joint moderation of writing", 0) == 0);
  CHECK(q2.comments[0].text.find("evidence together.") != std::string::npos);
  CHECK(q2.comments[1].text == "Shared INSET days for all staff");
  CHECK(q2.comments[2].text.find("across the partnership.") != std::string::npos);
  const Return& q3 = got.returns[1];
  CHECK(q3.question == 3);
  REQUIRE(q3.comments.size() == 2);
  CHECK(q3.comments[0].text == "Dover schools have joined our writing project and two heads now attend our meetings.");
}

// return-lists.pdf: a Word return (python-docx: questions as bold paragraphs
// of the body's size, answers as paragraphs and bulleted lists) saved as PDF by
// LibreOffice 7.4 — short paragraphs, so more breaks between paragraphs than
// wrapped lines. A new-user trial: the question after a list ran into its last
// item, so question 2's answer was filed under question 1.
TEST_CASE("a PDF return of short paragraphs and lists: each question's answer under it", "[pdf_returns]") {
  const IntakeResult got = ReadPdf("return-lists.pdf");
  REQUIRE(got.returns.size() == 5);
  std::vector<std::pair<int, size_t>> shape;
  for (const Return& r : got.returns) {
    shape.emplace_back(r.question, r.comments.size());
    for (const auto& c : r.comments) {
      INFO(c.text);
      CHECK(c.text.find('?') == std::string::npos);  // no question wording inside an answer
    }
  }
  for (const auto& [q, n] : shape) UNSCOPED_INFO(q << ":" << n);
  CHECK(shape == std::vector<std::pair<int, size_t>>{{1, 4}, {2, 2}, {3, 3}, {4, 3}, {5, 1}});  // 5: "No further comments at this time." (no answer, said later)
  CHECK(got.returns[0].comments[3].text == "Shared Educational Psychologist time, bought together at a reduced rate.");
  CHECK(got.returns[1].comments[0].text.rfind("Marking and feedback: the learning walks", 0) == 0);
  CHECK(got.returns[0].collaborative == "Stour Valley Rural Cluster");
}

// return-small-print.pdf (from return-small-print.html, printed by headless
// Chromium; a review's): each question with guidance in small single-spaced
// print and an answer at 1.5 line spacing. Paragraph breaks are judged by
// the spacing of text of the same size: with one gap for all, every line of
// an answer started a comment.
TEST_CASE("a PDF return with small print and widely spaced answers: one comment a paragraph", "[pdf_returns]") {
  const IntakeResult got = ReadPdf("return-small-print.pdf");
  REQUIRE(got.returns.size() == 3);
  for (const Return& r : got.returns) {
    INFO(r.question);
    REQUIRE(r.comments.size() == 2);
    CHECK(r.comments[0].text.rfind("Guidance: please say", 0) == 0);
    CHECK(r.comments[1].text.rfind("We met six times.", 0) == 0);
    CHECK(r.comments[1].text.find("We are pleased.") != std::string::npos);
  }
}

TEST_CASE("PDFs the readers cannot use are clear errors", "[pdf_returns]") {
  auto error = [](const std::string& bytes, const std::string& name) {
    return returns::ReadPdfReturns(bytes, name, BundledRegister()).status().ToString();
  };
  CHECK(error(ReadBytes(AppendixData("no-text.pdf")), "scan.pdf") ==
        "scan.pdf: error: the PDF holds no text (a scan?); returns reads text, so run it through OCR first");
  CHECK(error("%PDF-1.5\nnot really\n", "bad.pdf") == "bad.pdf: error: cannot read this PDF (damaged, or not a PDF)");
}

// Our own appendix (`returns appendix --format html`), printed to PDF by
// Chromium: the same returns as the bundled corpus it was made from.
TEST_CASE("round trip: our appendix printed to PDF reads back to the same returns", "[pdf_returns][roundtrip]") {
  const IntakeResult got = ReadPdf("roundtrip.pdf");
  CHECK(got.warnings.empty());
  CheckRoundTrip(got.returns);
}
