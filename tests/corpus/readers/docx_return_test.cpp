#include "corpus/readers/docx_return.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"

using returns::Comment;
using returns::DocumentLine;
using returns::IntakeResult;
using returns::LooksLikeDocx;
using returns::ReadDocxReturn;
using returns::ReadReturnDocument;
using returns::Reject;
using returns::Result;
using returns::Return;
using returns::test::BundledRegister;
using returns::test::CommentTexts;
using returns::test::Slurp;

namespace {

// A file in tests/data/docx (written by make_returns.py with python-docx), read.
Result<IntakeResult> Read(const std::string& name) {
  return ReadDocxReturn(Slurp("tests/data/docx/" + name), name, BundledRegister());
}

std::vector<int> Questions(const IntakeResult& got) {
  std::vector<int> out;
  for (const Return& r : got.returns) out.push_back(r.question);
  return out;
}

std::vector<int> CommentLines(const Return& r) {
  std::vector<int> out;
  for (const Comment& c : r.comments) out.push_back(c.line);
  return out;
}

std::vector<std::string> Headings(const Return& r) {
  std::vector<std::string> out;
  for (const Comment& c : r.comments) out.push_back(c.heading.value_or(""));
  return out;
}

}  // namespace

TEST_CASE("details in a table, Heading 2 questions, List Bullet comments", "[docx_return]") {
  const Result<IntakeResult> got = Read("table-details.docx");
  REQUIRE(got.ok());
  CHECK(got.value().records == 3);
  CHECK(got.value().rejects.empty());
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 2, 3});
  for (const Return& r : got.value().returns) {
    CHECK(r.district == "Dover");
    CHECK(r.collaborative == "Raising Achievement in Dover (RAiD)");
    CHECK(r.collaborative_canonical == "Raising Achievement in Dover (RAiD)");
    CHECK(r.lead_schools == std::vector<std::string>{"Priory Fields"});
    CHECK(r.source == "table-details.docx");
  }
  const Return& q1 = got.value().returns[0];
  CHECK(q1.id == "q1/raising-achievement-in-dover-raid/priory-fields");
  // Each list paragraph a comment, curly quotes, £, é and the en dash as written.
  CHECK(CommentTexts(q1) == std::vector<std::string>{
                                "Heads’ “learning walks” in every school – twice a term.",
                                "A café-style moderation morning cost £125 per school.",
                                "Joint training for teaching assistants on phonics.",
                            });
  // Lines are paragraph numbers: the heading is paragraph 9 (a title, six table cells, an empty paragraph, then it).
  CHECK(q1.line == 10);
  CHECK(CommentLines(q1) == std::vector<int>{10, 11, 12});
  const Return& q2 = got.value().returns[1];
  CHECK(CommentTexts(q2) == std::vector<std::string>{
                                "Moderation showed writing at the expected standard in all six schools.",
                                "Persistent absence fell from 9% to 6%.",
                            });
  CHECK(Headings(q2) == std::vector<std::string>{"Priority 1: Writing", "Priority 2: Attendance"});
  CHECK(CommentLines(q2) == std::vector<int>{15, 17});
  const Return& q3 = got.value().returns[2];  // a Heading 2 of only "3"
  CHECK(CommentTexts(q3) == std::vector<std::string>{"Trust between heads, and a shared vision for the town’s children."});
  CHECK(q3.line == 19);
}

TEST_CASE("a .docx reads as the Markdown return written the same way", "[docx_return]") {
  const Result<IntakeResult> docx = Read("table-details.docx");
  const Result<IntakeResult> markdown = ReadReturnDocument(
      "District: Dover\n"
      "Collaborative: Raising Achievement in Dover (RAiD)\n"
      "Lead school(s): Priory Fields\n"
      "\n"
      "## What activity have you undertaken to date?\n"
      "- Heads’ “learning walks” in every school – twice a term.\n"
      "- A café-style moderation morning cost £125 per school.\n"
      "- Joint training for teaching assistants on phonics.\n"
      "\n"
      "## Question 2 – What progress do you feel you have made against your priorities?\n"
      "Priority 1: Writing\n"
      "Moderation showed writing at the expected standard in all six schools.\n"
      "Priority 2: Attendance\n"
      "Persistent absence fell from 9% to 6%.\n"
      "\n"
      "## 3\n"
      "Trust between heads, and a shared vision for the town’s children.\n",
      "twin.md", BundledRegister());
  REQUIRE(docx.ok());
  REQUIRE(markdown.ok());
  REQUIRE(docx.value().returns.size() == markdown.value().returns.size());
  for (size_t i = 0; i < docx.value().returns.size(); ++i) {
    const Return& d = docx.value().returns[i];
    const Return& m = markdown.value().returns[i];
    INFO(m.id);
    CHECK(d.id == m.id);
    CHECK(d.text == m.text);
    CHECK(CommentTexts(d) == CommentTexts(m));
    CHECK(Headings(d) == Headings(m));
  }
}

TEST_CASE("details as lines, numbered and Q2 questions, soft line breaks", "[docx_return]") {
  const Result<IntakeResult> got = Read("numbered-lines.docx");
  REQUIRE(got.ok());
  CHECK(got.value().rejects.empty());
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 2, 5});
  const auto& rs = got.value().returns;
  // District and Collaborative in one paragraph, split by a soft line break.
  CHECK(rs[0].district == "Dover");
  CHECK(rs[0].collaborative == "The Dover Collaboration of Schools");
  CHECK(rs[0].lead_schools == std::vector<std::string>{"Green Park CP"});
  CHECK(rs[0].id == "q1/the-dover-collaboration-of-schools/green-park-cp");
  CHECK(CommentTexts(rs[0]) == std::vector<std::string>{
                                   "We met every half term.",
                                   "Reading: paired reading in Years 3 and 4; e-safety training.",
                               });
  CHECK(CommentLines(rs[0]) == std::vector<int>{5, 6});
  // Two lines of one paragraph: two sentences, two comments, one paragraph number.
  CHECK(CommentTexts(rs[1]) == std::vector<std::string>{"Good progress on writing.", "Less on maths."});
  CHECK(CommentLines(rs[1]) == std::vector<int>{8, 8});
  CHECK(CommentTexts(rs[2]) == std::vector<std::string>{"None of the schools has left the collaborative."});
  CHECK(rs[2].line == 10);
}

TEST_CASE("tracked changes accepted, a comment, header and footer ignored", "[docx_return]") {
  const Result<IntakeResult> got = Read("tracked-changes.docx");
  REQUIRE(got.ok());
  // The header's "Collaborative: DRAFT TEMPLATE", the comment's "Q4 …" and the footer's "Q5 …" are not read.
  CHECK(got.value().records == 2);
  REQUIRE(Questions(got.value()) == std::vector<int>{2, 3});
  const auto& rs = got.value().returns;
  CHECK(rs[0].collaborative == "Sandwich Primary Consortium");
  CHECK(CommentTexts(rs[0]) == std::vector<std::string>{
                                   "We have completed two learning walks.",
                                   "Writing moderation is planned.",
                                   "Governors joined the training.",
                                   "Pupil voice surveys in June.",
                               });
  CHECK(CommentLines(rs[0]) == std::vector<int>{5, 6, 8, 9});  // paragraph 7 was deleted
  CHECK(CommentTexts(rs[1]) == std::vector<std::string>{"Shared leadership across the four schools."});
}

TEST_CASE("an unanswered question gives no return", "[docx_return]") {
  const Result<IntakeResult> got = Read("unanswered.docx");
  REQUIRE(got.ok());
  // Questions 2 (nothing under it), 3 (a content control showing its
  // placeholder) and 5 (empty paragraphs) have no answer.
  CHECK(got.value().records == 5);
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 4});
  CHECK(CommentTexts(got.value().returns[0]) == std::vector<std::string>{"Learning walks in all five schools."});
  CHECK(CommentTexts(got.value().returns[1]) == std::vector<std::string>{"More time for subject leaders to meet."});
  // Unanswered questions are no answer: counted, neither returns nor rejects.
  CHECK(got.value().rejects.empty());
  CHECK(got.value().no_answer == 3);
}

TEST_CASE("a collaborative the register does not know, details under a header row, a form table", "[docx_return]") {
  const Result<IntakeResult> got = Read("unknown-collaborative.docx");
  REQUIRE(got.ok());
  CHECK(got.value().rejects.empty());
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 4});
  for (const Return& r : got.value().returns) {
    CHECK(r.district == "Dover");
    CHECK(r.collaborative == "Whitfield Learning Partnership");
    CHECK_FALSE(r.collaborative_canonical.has_value());
    // Two paragraphs in the lead school cell: two lead schools.
    CHECK(r.lead_schools == std::vector<std::string>{"Whitfield Aspen", "Temple Ewell CE"});
  }
  const Return& q1 = got.value().returns[0];
  CHECK(q1.id == "q1/whitfield-learning-partnership/whitfield-aspen");
  CHECK(CommentTexts(q1) == std::vector<std::string>{
                                "Three network meetings.",
                                "Shared INSET day on feedback.",
                                "Peer review of SEND provision.",
                            });
  CHECK(CommentLines(q1) == std::vector<int>{10, 11, 12});
  CHECK(CommentTexts(got.value().returns[1]) == std::vector<std::string>{"Involving governors."});
  CHECK(got.value().returns[1].line == 14);
}

TEST_CASE("a question numbered by Word is a heading, a bullet starting \"Q2\" is a bullet", "[docx_return]") {
  const Result<IntakeResult> got = Read("word-features.docx");
  REQUIRE(got.ok());
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 3});
  CHECK(got.value().returns[0].collaborative == "Samphire Hub");
  CHECK(CommentTexts(got.value().returns[0]) == std::vector<std::string>{
                                                   "Visible text, a link, page 3, cooperation.",
                                                   "Joined to the next.",
                                                   "Kept row.",
                                                   "Inner cell.",
                                                   "Not a bullet any more.",
                                                   "Chosen: Yes",
                                               });
  CHECK(CommentTexts(got.value().returns[1]) == std::vector<std::string>{"Q2 data showed gains."});
}

TEST_CASE("each Word paragraph a comment of its own, a Heading-style paragraph in an answer a heading",
          "[docx_return]") {
  // The trial's return: a paragraph with "résumé" and no full stop was joined
  // to the next, which starts in lower case ("iPads"); a Heading 3 "Next
  // steps" was read as a comment.
  const Result<IntakeResult> got = Read("headings-in-answers.docx");
  REQUIRE(got.ok());
  REQUIRE(Questions(got.value()) == std::vector<int>{2, 3});
  const Return& q2 = got.value().returns[0];
  CHECK(CommentTexts(q2) == std::vector<std::string>{
                                "Each school wrote a résumé of its moderation work for the hub and the heads read "
                                "them together at the spring meeting",
                                "iPads were bought for the guided reading groups in Years 3 and 4.",
                                "Joint moderation of writing in Term 5.",
                            });
  // Headings as the writer wrote them: no colon added, one kept.
  CHECK(Headings(q2) == std::vector<std::string>{"Priority 1 Improve writing", "Priority 1 Improve writing",
                                                 "Next steps"});
  CHECK(Headings(got.value().returns[1]) == std::vector<std::string>{"Evidence:"});
  CHECK(q2.text.find("Next steps\nJoint moderation") != std::string::npos);
}

TEST_CASE("the lines a .docx reads as", "[docx_return]") {
  const Result<std::vector<DocumentLine>> got =
      returns::DocxReturnLines(Slurp("tests/data/docx/unknown-collaborative.docx"), "u.docx");
  REQUIRE(got.ok());
  std::vector<std::pair<int, std::string>> lines;
  for (const DocumentLine& l : got.value()) {
    if (!l.text.empty()) lines.emplace_back(l.number, l.text);
  }
  // The header row's labels over the values; a bullet for each list paragraph.
  CHECK(lines == std::vector<std::pair<int, std::string>>{
                     {4, "District: Dover"},
                     {5, "Collaborative: Whitfield Learning Partnership"},
                     {6, "Lead School(s): Whitfield Aspen; Temple Ewell CE"},
                     {9, "1. What activity have you undertaken to date?"},
                     {10, "Three network meetings."},
                     {11, "- Shared INSET day on feedback."},
                     {12, "- Peer review of SEND provision."},
                     {13, "4. Areas for further development as a collaborative?"},
                     {14, "Involving governors."},
                 });
  CHECK(got.value().size() == 2 * 14);  // each of the 14 paragraphs a line and a blank line
}

TEST_CASE("a file that is not a readable .docx: an error naming it and what to do", "[docx_return]") {
  struct Row {
    std::string bytes;
    const char* message;
  };
  const std::vector<Row> rows = {
      {Slurp("tests/data/docx/corrupt.docx"), "cannot read this Word document: not a readable zip archive"},
      {Slurp("tests/data/zip/two-parts.zip"), "not a Word document: the archive has no word/document.xml"},
      {Slurp("tests/data/docx/not-well-formed.docx"), "word/document.xml is not well-formed XML"},
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'), "this is an old Word document (.doc)"},
      {"District: Dover\nCollaborative: Samphire Hub\n", "a Word document is a zip archive and this file is not one"},
      {"", "a Word document is a zip archive"},
  };
  for (const Row& row : rows) {
    INFO(row.message);
    const Result<IntakeResult> got = ReadDocxReturn(row.bytes, "return.docx", BundledRegister());
    REQUIRE_FALSE(got.ok());
    CHECK(got.status().location() == "return.docx");
    CHECK(got.status().message().find(row.message) != std::string::npos);
    CHECK(got.status().code() == returns::Status::Code::kInvalidInput);
  }
}

TEST_CASE("what looks like a .docx", "[docx_return]") {
  for (const char* name : {"table-details.docx", "numbered-lines.docx", "tracked-changes.docx", "unanswered.docx",
                           "unknown-collaborative.docx", "word-features.docx", "not-well-formed.docx"}) {
    INFO(name);
    CHECK(LooksLikeDocx(Slurp(std::string("tests/data/docx/") + name)));
  }
  CHECK_FALSE(LooksLikeDocx(Slurp("tests/data/docx/corrupt.docx")));
  CHECK_FALSE(LooksLikeDocx(Slurp("tests/data/zip/two-parts.zip")));
  CHECK_FALSE(LooksLikeDocx(Slurp("tests/data/intake/same/return-1.md")));
  CHECK_FALSE(LooksLikeDocx(""));
}

// Issue 11: headings worded otherwise than the form were not recognised, and
// one that is no question merged its text silently into the answer before.
TEST_CASE("reworded question headings are read, a heading that is none is a warning", "[docx_return]") {
  const Result<IntakeResult> got = Read("other-headings.docx");
  REQUIRE(got.ok());
  CHECK(got.value().rejects.empty());
  REQUIRE(Questions(got.value()) == std::vector<int>{1, 2, 3, 4, 5});
  const std::vector<Return>& rs = got.value().returns;
  CHECK(CommentTexts(rs[0]) == std::vector<std::string>{"Joint INSET on questioning for all staff."});
  CHECK(CommentTexts(rs[2]) == std::vector<std::string>{"Small schools sharing one subject leader for music."});
  CHECK(CommentTexts(rs[4]) == std::vector<std::string>{"Thank you for the support this term."});
  // A sub-heading (Heading 3 under Heading 2 questions) heads its comments, without a warning.
  CHECK(Headings(rs[1]) == std::vector<std::string>{"Priority 1: Reading"});
  // "Next steps" (Heading 2, paragraph 14) is no question: kept under question 4, as the heading of the
  // paragraph after it (a Heading-style paragraph heads what follows), with a warning naming it.
  CHECK(CommentTexts(rs[3]) == std::vector<std::string>{"Moderation of writing in Key Stage 1.",
                                                         "A shared assessment calendar for next year."});
  CHECK(Headings(rs[3]) == std::vector<std::string>{"", "Next steps"});
  // Its title (paragraph 1, before the first question) is said to be one, not left unsaid.
  CHECK(got.value().warnings ==
        std::vector<std::string>{"other-headings.docx:1: warning: heading 'Spring return' is before the first "
                                 "question, under none: read as the document's title, not as an answer",
                                 "other-headings.docx:14: warning: heading 'Next steps' is not one of the five "
                                 "questions; its text is kept under question 4"});
}
