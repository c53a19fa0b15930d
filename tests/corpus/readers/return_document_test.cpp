#include "corpus/readers/return_document.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"

using returns::IntakeResult;
using returns::LooksLikeReturnDocument;
using returns::ReadReturnDocument;
using returns::Result;
using returns::Return;
using returns::test::BundledRegister;
using returns::test::CommentTexts;
using returns::test::SameReturns;
using returns::test::Slurp;

namespace {

Result<IntakeResult> Read(const std::string& text) { return ReadReturnDocument(text, "r.md", BundledRegister()); }

std::vector<int> Questions(const IntakeResult& got) {
  std::vector<int> out;
  for (const Return& r : got.returns) out.push_back(r.question);
  return out;
}

std::vector<std::string> Answers(const IntakeResult& got) {
  std::vector<std::string> out;
  for (const Return& r : got.returns) out.push_back(r.text);
  return out;
}

// Each comment's heading, "" for none.
std::vector<std::string> Headings(const Return& r) {
  std::vector<std::string> out;
  for (const returns::Comment& c : r.comments) out.push_back(c.heading.value_or(""));
  return out;
}

const char* const kDetails = "District: Thanet\nCollaborative: M7 Partnership\nLead school: Minster Primary\n\n";

}  // namespace

TEST_CASE("the sample return documents", "[return_document]") {
  const auto& want = SameReturns();
  const Result<IntakeResult> one = ReadReturnDocument(Slurp("tests/data/intake/same/return-1.md"), "return-1.md", BundledRegister());
  REQUIRE(one.ok());
  CHECK(one.value().records == 1);
  CHECK(one.value().rejects.empty());
  REQUIRE(one.value().returns.size() == 1);
  const Return& samphire = one.value().returns[0];
  CHECK(samphire.id == want[0].id);
  CHECK(samphire.district == "Dover");
  CHECK(samphire.collaborative == "Samphire Hub");
  CHECK(samphire.lead_schools.empty());  // "Lead school: n/a" is a note
  CHECK(samphire.question == 3);
  CHECK(samphire.source == "return-1.md");
  CHECK(samphire.line == 7);  // the heading is on line 5, a blank line, then the answer
  CHECK(CommentTexts(samphire) == want[0].comments);

  const Result<IntakeResult> two = ReadReturnDocument(Slurp("tests/data/intake/same/return-2.md"), "return-2.md", BundledRegister());
  REQUIRE(two.ok());
  CHECK(two.value().records == 2);
  REQUIRE(two.value().returns.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    const Return& r = two.value().returns[i];
    INFO(want[i + 1].id);
    CHECK(r.id == want[i + 1].id);
    CHECK(r.district == "Thanet");
    CHECK(r.collaborative == "M7 Partnership");
    CHECK(r.lead_schools == std::vector<std::string>{"Minster Primary"});
    CHECK(r.question == want[i + 1].question);
    CHECK(CommentTexts(r) == want[i + 1].comments);
  }
  CHECK(two.value().returns[0].line == 7);
  CHECK(two.value().returns[1].line == 12);
  // Each comment on the line it is written on.
  CHECK(two.value().returns[0].comments[1].line == 8);
  CHECK(two.value().returns[1].comments[1].line == 13);
}

TEST_CASE("details at the top, in plain or Markdown dress", "[return_document]") {
  struct Row {
    const char* details;
    const char* district;
    const char* collaborative;
    std::vector<std::string> lead_schools;
  };
  const std::vector<Row> rows = {
      {"District: Thanet\nCollaborative: M7 Partnership\nLead school: Minster Primary\n", "Thanet", "M7 Partnership",
       {"Minster Primary"}},
      {"**District:** Thanet\n**Collaborative:** M7 Partnership\n**Lead schools:** Minster Primary\n", "Thanet",
       "M7 Partnership", {"Minster Primary"}},
      {"- Area: Dover\n- Partnership: Samphire Hub\n", "Dover", "Samphire Hub", {}},
      {"Cluster:   Samphire Hub  \nLead: Aylesham Primary; Eastry\n", "Dover", "Samphire Hub",
       {"Aylesham Primary", "Eastry"}},
      {"Collaborative name: Nowhere Group\nLead School(s): Some School\nArea: Kent\n", "Kent", "Nowhere Group",
       {"Some School"}},
  };
  for (const Row& row : rows) {
    INFO(row.details);
    const Result<IntakeResult> got = Read(std::string(row.details) + "\nQ3\nShared vision.\n");
    REQUIRE(got.ok());
    REQUIRE(got.value().returns.size() == 1);
    const Return& r = got.value().returns[0];
    CHECK(r.district == row.district);  // Samphire Hub's district comes from the register when not given
    CHECK(r.collaborative == row.collaborative);
    CHECK(r.lead_schools == row.lead_schools);
    CHECK(r.text == "Shared vision.");
  }
}

TEST_CASE("question headings in their several styles", "[return_document]") {
  struct Row {
    const char* heading;
    int question;
  };
  const std::vector<Row> rows = {
      {"Q1", 1},
      {"q2", 2},
      {"Q3:", 3},
      {"**Q4**", 4},
      {"Question 5", 5},
      {"QUESTION 2:", 2},
      {"**Question 3**", 3},
      {"> Question 4", 4},
      {"## 1", 1},
      {"# 2.", 2},
      {"### 3 Strengths", 3},
      {"## 4. Areas for further development as a collaborative?", 4},
      {"## Question 5", 5},
      {"What activity have you undertaken to date?", 1},
      {"What progress do you feel you have made against your priorities?", 2},
      {"Strengths so far as a collaborative:", 3},
      {"**Areas for further development as a collaborative?**", 4},
      {"Additional comments:", 5},
      {"_Additional comments._", 5},
  };
  for (const Row& row : rows) {
    INFO(row.heading);
    const Result<IntakeResult> got = Read(std::string(kDetails) + row.heading + "\nShared vision.\n");
    REQUIRE(got.ok());
    REQUIRE(got.value().returns.size() == 1);
    CHECK(got.value().returns[0].question == row.question);
    CHECK(got.value().returns[0].text == "Shared vision.");
    CHECK(got.value().returns[0].line == 6);  // four detail lines, the blank, the heading
  }
}

TEST_CASE("answer lines that only look a little like headings stay in the answer", "[return_document]") {
  // A bare number is a heading only in Markdown; a numbered answer line is not a question.
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "## 2\n"
                                        "1. We held three meetings.\n"
                                        "2. Moderation of writing.\n"
                                        "3\n"
                                        "5 schools joined.\n");
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 1);
  const Return& r = got.value().returns[0];
  CHECK(r.question == 2);
  CHECK(CommentTexts(r) ==
        std::vector<std::string>{"1. We held three meetings.", "2. Moderation of writing.", "3", "5 schools joined."});
}

TEST_CASE("comments are segmented under each question", "[return_document]") {
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "Q1\n"
                                        "\n"
                                        "We met every half term.\n"
                                        "\n"
                                        "- Learning walks\n"
                                        "- Moderation of writing\n"
                                        "\n"
                                        "Q2\n"
                                        "Good progress.\n"
                                        "Q4\n"
                                        "\n"
                                        "\n"
                                        "More time.\n");
  REQUIRE(got.ok());
  CHECK(got.value().records == 3);
  CHECK(Questions(got.value()) == std::vector<int>{1, 2, 4});
  const auto& rs = got.value().returns;
  CHECK(CommentTexts(rs[0]) == std::vector<std::string>{"We met every half term.", "Learning walks", "Moderation of writing"});
  CHECK(CommentTexts(rs[1]) == std::vector<std::string>{"Good progress."});
  CHECK(CommentTexts(rs[2]) == std::vector<std::string>{"More time."});
  // Each answer starts on its first non-blank line.
  CHECK(rs[0].line == 7);
  CHECK(rs[1].line == 13);
  CHECK(rs[2].line == 17);
  std::vector<int> lines;
  for (const auto& c : rs[0].comments) lines.push_back(c.line);
  CHECK(lines == std::vector<int>{7, 9, 10});
  CHECK(rs[0].id == "q1/m7-partnership/minster-primary");
}

TEST_CASE("CRLF line ends", "[return_document]") {
  const Result<IntakeResult> got =
      Read("District: Dover\r\nCollaborative: Samphire Hub\r\n\r\n## 3\r\nTrust.\r\nOpenness.\r\n");
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 1);
  CHECK(got.value().returns[0].district == "Dover");
  CHECK(got.value().returns[0].collaborative == "Samphire Hub");
  CHECK(CommentTexts(got.value().returns[0]) == std::vector<std::string>{"Trust.", "Openness."});
  CHECK(got.value().returns[0].text.find('\r') == std::string::npos);
}

TEST_CASE("bad answers are rejected with reason and line, no headings is unusable", "[return_document]") {
  const Result<IntakeResult> empty = Read(std::string(kDetails) + "Q1\nWalks.\nQ2\n\n\nQ3\nVision.\n");
  REQUIRE(empty.ok());
  CHECK(empty.value().records == 3);
  CHECK(Answers(empty.value()) == std::vector<std::string>{"Walks.", "Vision."});
  // An unanswered question is no answer (issue 11): counted, not rejected.
  CHECK(empty.value().rejects.empty());
  CHECK(empty.value().no_answer == 1);

  // No collaborative: every answer rejected, each at its own line, with its text.
  const Result<IntakeResult> nameless = Read("District: Dover\n\nQ1\nWalks.\n\nQ3\nVision.\n");
  REQUIRE(nameless.ok());
  CHECK(nameless.value().returns.empty());
  REQUIRE(nameless.value().rejects.size() == 2);
  CHECK(nameless.value().rejects[0].reason == "missing required field");
  CHECK(nameless.value().rejects[0].line == 4);
  CHECK(nameless.value().rejects[0].raw == "Walks.");
  CHECK(nameless.value().rejects[1].line == 7);
  CHECK(nameless.value().rejects[1].raw == "Vision.");

  const std::string huge(returns::kMaxAnswerBytes + 1, 'x');
  const Result<IntakeResult> large = Read(std::string(kDetails) + "Q5\n" + huge + "\n");
  REQUIRE(large.ok());
  REQUIRE(large.value().rejects.size() == 1);
  CHECK(large.value().rejects[0].reason == "record over the size limit");
  CHECK(large.value().rejects[0].line == 6);

  const Result<IntakeResult> none = Read(std::string(kDetails) + "We did a lot this term.\n");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().ToString().rfind("r.md: error: no question headings", 0) == 0);
}

TEST_CASE("what looks like a return document", "[return_document]") {
  struct Row {
    const char* text;
    bool looks;
  };
  const std::vector<Row> rows = {
      {"District: Dover\nCollaborative: Samphire Hub\n\nQ3\nTrust.\n", true},
      {"**Partnership:** Samphire Hub\n## 3\nTrust.\n", true},
      {"Q3\nCollaborative: Samphire Hub\n", false},  // a heading before the details
      {"District: Dover\nQ3\nTrust.\n", false},
      {"District Collaborative Lead School(s) Strengths so far as a collaborative?\n", false},
      {"{\"collaborative\": \"Samphire Hub\"}\n", false},
      {"", false},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(LooksLikeReturnDocument(row.text) == row.looks);
  }
  CHECK(LooksLikeReturnDocument(Slurp("tests/data/intake/same/return-1.md")));
  CHECK_FALSE(LooksLikeReturnDocument(Slurp("tests/data/intake/same/returns-long.csv")));
}

// Bug: a question written as its number and wording on a plain line — the first
// style the reader's own error message suggests — was not taken as a heading.
TEST_CASE("numbered wordings on plain lines are headings", "[return_document]") {
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "1. What activity have you undertaken to date?\n"
                                        "Walks.\n"
                                        "2) What progress do you feel you have made against your priorities?\n"
                                        "Good progress.\n");
  REQUIRE(got.ok());
  CHECK(Questions(got.value()) == std::vector<int>{1, 2});
  CHECK(Answers(got.value()) == std::vector<std::string>{"Walks.", "Good progress."});
  // A numbered answer line that starts like a question number stays in the answer.
  const Result<IntakeResult> numbered = Read(std::string(kDetails) +
                                             "Q1\n"
                                             "2. 5 schools joined the walks.\n"
                                             "3) Question 4 was discussed.\n");
  REQUIRE(numbered.ok());
  CHECK(Questions(numbered.value()) == std::vector<int>{1});
}

// Bug: a bullet that starts with a question's number ("- Q2 data showed …")
// was taken for the wording of a question and started a new answer.
TEST_CASE("a bullet starting with a question number stays in the answer", "[return_document]") {
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "Q3\n"
                                        "- Q2 data showed gains in writing.\n"
                                        "- Question 4 of the survey was left out.\n"
                                        "- 5 schools joined.\n");
  REQUIRE(got.ok());
  REQUIRE(Questions(got.value()) == std::vector<int>{3});
  CHECK(CommentTexts(got.value().returns[0]) ==
        std::vector<std::string>{"Q2 data showed gains in writing.", "Question 4 of the survey was left out.", "5 schools joined."});
}

TEST_CASE("lines numbered by their source: answers, comments and rejects keep the numbers", "[return_document]") {
  // As a Word document's paragraphs come: several lines of one paragraph, blank lines between.
  const std::vector<returns::DocumentLine> lines = {
      {1, "Collaborative: M7 Partnership"}, {1, ""},
      {2, "Q1"}, {2, ""},
      {3, "- Learning walks."}, {3, ""},
      {4, "Moderation."}, {4, "Training."}, {4, ""},
      {5, "Q2"}, {5, ""}, {6, ""}, {6, ""},
      {7, "Q3"}, {7, ""},
  };
  const Result<IntakeResult> got = returns::ReadReturnDocumentLines(lines, "r.docx", BundledRegister());
  REQUIRE(got.ok());
  CHECK(got.value().records == 3);
  REQUIRE(got.value().returns.size() == 1);
  const Return& r = got.value().returns[0];
  CHECK(r.line == 3);
  std::vector<int> comment_lines;
  for (const auto& c : r.comments) comment_lines.push_back(c.line);
  CHECK(comment_lines == std::vector<int>{3, 4, 4});
  // An unanswered question is no answer: counted, neither a return nor a reject.
  CHECK(got.value().rejects.empty());
  CHECK(got.value().no_answer == 2);
}

TEST_CASE("detail labels", "[return_document]") {
  for (const char* label : {"District", "Collaborative:", " Lead school(s) ", "Lead School(s):", "Area", "Partnership"}) {
    INFO(label);
    CHECK(returns::IsReturnDetailLabel(label));
  }
  for (const char* label : {"", ":", "Dover", "District: Dover", "Question 1", "Date completed"}) {
    INFO(label);
    CHECK_FALSE(returns::IsReturnDetailLabel(label));
  }
}

// Issue 11: reworded headings, and a heading that names no question said, not merged silently.
TEST_CASE("reworded headings in Markdown, an unknown heading at the questions' level is a warning", "[return_document]") {
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "## Section 3: Strengths of the collaborative\n"  // line 5
                                        "Trust between heads.\n"
                                        "### Priority 1\n"          // a sub-heading: no warning
                                        "Shared moderation.\n"
                                        "## Next steps\n"           // line 9: no question
                                        "A calendar for next year.\n"
                                        "Any other comments?\n"     // a plain line that asks
                                        "Thank you.\n"
                                        "# Appendix\n"              // line 13: above the questions' level
                                        "Budget table to follow.\n");
  REQUIRE(got.ok());
  REQUIRE(Questions(got.value()) == std::vector<int>{3, 5});
  // Nothing lost: the unknown heading and what follows it stay in question 3's answer. Each
  // Markdown heading heads the comments after it, without its '#'s (as a Word heading does).
  CHECK(CommentTexts(got.value().returns[0]) ==
        std::vector<std::string>{"Trust between heads.", "Shared moderation.", "A calendar for next year."});
  CHECK(Headings(got.value().returns[0]) == std::vector<std::string>{"", "Priority 1", "Next steps"});
  CHECK(Headings(got.value().returns[1]) == std::vector<std::string>{"", "Appendix"});
  CHECK(got.value().warnings ==
        std::vector<std::string>{
            "r.md:9: warning: heading 'Next steps' is not one of the five questions; its text is kept under question 3",
            "r.md:13: warning: heading 'Appendix' is not one of the five questions; its text is kept under question 5"});
}

TEST_CASE("reworded headings need to look like headings", "[return_document]") {
  // Key words alone on a plain line that neither asks nor is numbered stay in the answer.
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "Q2\n"
                                        "Strengths\n"
                                        "Writing improved.\n"
                                        "- Q3 data showed gains\n"
                                        "Q3. Strengths of the collaborative\n"
                                        "Trust.\n");
  REQUIRE(got.ok());
  REQUIRE(Questions(got.value()) == std::vector<int>{2, 3});
  CHECK(got.value().warnings.empty());
}

// Issue 11: a "### Priority 1" inside an answer was a comment "### Priority 1".
TEST_CASE("regression: a Markdown heading in an answer heads the comments after it, '#'s left out", "[return_document]") {
  const Result<IntakeResult> got = Read(std::string(kDetails) +
                                        "## Q1\n"
                                        "### Priority 1\n"
                                        "- Learning walks in all schools.\n"
                                        "- Joint moderation.\n"
                                        "### Priority 2: Writing ###\n"  // a closing run of '#'s too
                                        "Writing moderated in Term 4.\n");
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 1);
  const Return& r = got.value().returns[0];
  CHECK(CommentTexts(r) ==
        std::vector<std::string>{"Learning walks in all schools.", "Joint moderation.", "Writing moderated in Term 4."});
  CHECK(Headings(r) == std::vector<std::string>{"Priority 1", "Priority 1", "Priority 2: Writing"});
  CHECK(r.text.find('#') == std::string::npos);
  CHECK(got.value().warnings.empty());
}

// Issue 11: text before the first question (other than the details) was dropped without a word.
TEST_CASE("text before the first question is a warning naming its line, a heading there the title", "[return_document]") {
  const Result<IntakeResult> got = Read(
      "# Narrative return, spring 2014\n"                       // line 1: a title
      "\n"
      "District: Thanet\n"
      "Collaborative: M7 Partnership\n"
      "We are a new collaborative this year and met twice before Easter to plan.\n"  // line 5
      "Our priorities are below.\n"
      "Lead school: Minster Primary\n"
      "\n"
      "Please see the attached budget.\n"                        // line 9: another run
      "\n"
      "## Q1\n"
      "Learning walks.\n");
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 1);
  CHECK(got.value().returns[0].lead_schools == std::vector<std::string>{"Minster Primary"});
  CHECK(got.value().warnings ==
        std::vector<std::string>{
            "r.md:1: warning: heading 'Narrative return, spring 2014' is before the first question, under none: read as "
            "the document's title, not as an answer",
            "r.md:5: warning: text before the first question is under no question and is not read: 'We are a new "
            "collaborative this year and met twice before…' (and 1 more line)",
            "r.md:9: warning: text before the first question is under no question and is not read: 'Please see the "
            "attached budget.'"});
  // Details alone before the questions: no warning.
  const Result<IntakeResult> plain = Read(std::string(kDetails) + "## Q1\nLearning walks.\n");
  REQUIRE(plain.ok());
  CHECK(plain.value().warnings.empty());
}
