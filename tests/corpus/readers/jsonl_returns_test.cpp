#include "corpus/readers/jsonl_returns.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "corpus/register/question.h"
#include "tests/corpus/seed_corpus.h"

using returns::IntakeResult;
using returns::ReadJsonlReturns;
using returns::Reject;
using returns::Return;
using returns::test::BundledRegister;

namespace {

IntakeResult Read(const std::string& text) { return ReadJsonlReturns(text, "r.jsonl", BundledRegister()); }

std::vector<std::string> CommentTexts(const Return& r) {
  std::vector<std::string> texts;
  for (const auto& c : r.comments) texts.push_back(c.text);
  return texts;
}

// `text` as a JSON string (no characters to escape). Appended: GCC 12 warns
// falsely (-Wrestrict) on an operator+ chain.
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  out += text;
  out += '"';
  return out;
}

// The one reject of a one-line input.
Reject OnlyReject(const std::string& line) {
  INFO(line);
  const IntakeResult got = Read(line + "\n");
  CHECK(got.returns.empty());
  CHECK(got.records == 1);
  REQUIRE(got.rejects.size() == 1);
  return got.rejects.front();
}

}  // namespace

TEST_CASE("one return per line, matched to the register", "[jsonl_returns]") {
  const IntakeResult got = Read(
      R"({"collaborative": "Sevenoaks Cluster of Schools", "district": "Sevenoaks", "lead_schools": ["Kemsing"], "question": 2, "text": "First point.\nSecond point."})"
      "\n"
      R"({"collaborative": "Pilgrim’s Way", "question": 3, "text": "Shared training."})"
      "\n");
  CHECK(got.records == 2);
  CHECK(got.rejects.empty());
  REQUIRE(got.returns.size() == 2);

  const Return& a = got.returns[0];
  CHECK(a.question == 2);
  CHECK(a.source == "r.jsonl");
  CHECK(a.line == 1);
  CHECK(a.district == "Sevenoaks");
  CHECK(a.collaborative == "Sevenoaks Cluster of Schools");
  CHECK(a.collaborative_canonical == std::optional<std::string>("Sevenoaks Cluster of Schools"));
  CHECK(a.lead_schools == std::vector<std::string>{"Kemsing"});
  CHECK(a.id == "q2/sevenoaks-cluster-of-schools/kemsing");
  CHECK(CommentTexts(a) == std::vector<std::string>{"First point.", "Second point."});
  // Every comment stands on the return's JSON line.
  for (const auto& c : a.comments) CHECK(c.line == 1);

  const Return& b = got.returns[1];
  CHECK(b.question == 3);
  CHECK(b.line == 2);
  CHECK(b.collaborative == "Pilgrim’s Way");
  CHECK(b.collaborative_canonical == std::optional<std::string>("Pilgrims Way Partnership"));
  CHECK(b.id.rfind("q3/pilgrims-way-partnership/", 0) == 0);
}

TEST_CASE("the question as a number or as its wording", "[jsonl_returns]") {
  struct Row {
    std::string question;  // as JSON
    int expected;
  };
  const std::vector<Row> rows = {
      {"1", 1},
      {"5", 5},
      {R"("Q4")", 4},
      {R"("Question 2")", 2},
      {R"("3")", 3},
      {Quoted(returns::QuestionWording(2)), 2},
      {R"("strengths so far as a collaborative")", 3},
  };
  for (const Row& row : rows) {
    const std::string line = R"({"collaborative": "ACE", "question": )" + row.question + R"(, "text": "Something."})";
    INFO(line);
    const IntakeResult got = Read(line);
    CHECK(got.rejects.empty());
    REQUIRE(got.returns.size() == 1);
    CHECK(got.returns[0].question == row.expected);
  }
}

TEST_CASE("lead schools as a list or as \"A, B\"", "[jsonl_returns]") {
  const IntakeResult got = Read(
      R"({"collaborative": "Swanley Partnership Collaboration", "lead_schools": ["St Mary's", "Hextable Primary"], "question": 2, "text": "x"})"
      "\n"
      R"({"collaborative": "Swanley Partnership Collaboration", "lead_schools": "St Mary's; Hextable Primary", "question": 2, "text": "x"})"
      "\n"
      R"({"collaborative": "Swanley Partnership Collaboration", "lead_schools": "Hextable Primary", "question": 2, "text": "x"})"
      "\n");
  REQUIRE(got.rejects.empty());
  REQUIRE(got.returns.size() == 3);
  const std::vector<std::string> both{"St Mary's", "Hextable Primary"};
  CHECK(got.returns[0].lead_schools == both);
  CHECK(got.returns[1].lead_schools == both);
  CHECK(got.returns[0].id == got.returns[1].id);
  CHECK(got.returns[0].id == "q2/swanley-partnership-collaboration/st-marys");
  CHECK(got.returns[2].lead_schools == std::vector<std::string>{"Hextable Primary"});
  CHECK(got.returns[2].id == "q2/swanley-partnership-collaboration/hextable-primary");
}

TEST_CASE("the round is carried, absent, it is empty", "[jsonl_returns]") {
  const IntakeResult got = Read(
      R"({"collaborative": "ACE", "question": 2, "text": "x", "round": "2014-07"})"
      "\n"
      R"({"collaborative": "ACE", "question": 2, "text": "x"})"
      "\n");
  REQUIRE(got.returns.size() == 2);
  CHECK(got.returns[0].round == "2014-07");
  CHECK(got.returns[1].round.empty());
}

TEST_CASE("every bad line is rejected with its reason and line", "[jsonl_returns]") {
  struct Row {
    std::string line;
    std::string reason;
    std::string detail;
  };
  const std::vector<Row> rows = {
      {"not json at all", returns::reject::kNotJson, ""},
      {R"({"collaborative": "ACE", "question": 2, "text": "x")", returns::reject::kNotJson, ""},
      {R"(["ACE", 2, "x"])", returns::reject::kNotJson, ""},
      {R"("just a string")", returns::reject::kNotJson, ""},
      {R"({"question": 2, "text": "x"})", returns::reject::kMissingField, "collaborative"},
      {R"({"collaborative": "", "question": 2, "text": "x"})", returns::reject::kMissingField, "collaborative"},
      {R"({"collaborative": 7, "question": 2, "text": "x"})", returns::reject::kMissingField, "collaborative"},
      {R"({"collaborative": "ACE", "question": 2})", returns::reject::kMissingField, "text"},
      {R"({"collaborative": "ACE", "question": 9, "text": "x"})", returns::reject::kUnknownQuestion, "9"},
      {R"({"collaborative": "ACE", "question": 0, "text": "x"})", returns::reject::kUnknownQuestion, "0"},
      {R"({"collaborative": "ACE", "question": "What went well?", "text": "x"})", returns::reject::kUnknownQuestion,
       R"("What went well?")"},
      {R"({"collaborative": "ACE", "text": "x"})", returns::reject::kUnknownQuestion, "none"},
      {R"({"collaborative": "ACE", "question": 2, "text": ""})", returns::reject::kEmptyAnswer, ""},
      {R"({"collaborative": "ACE", "question": 2, "text": "   "})", returns::reject::kEmptyAnswer, ""},
  };
  for (const Row& row : rows) {
    const Reject r = OnlyReject(row.line);
    INFO(row.line);
    CHECK(r.source == "r.jsonl");
    CHECK(r.line == 1);
    CHECK(r.reason == row.reason);
    CHECK(r.detail == row.detail);
    CHECK(r.raw == row.line);
  }
}

TEST_CASE("an answer over the size limit is rejected, its raw text cut short", "[jsonl_returns]") {
  const std::string big(returns::kMaxAnswerBytes + 1, 'a');
  const Reject r = OnlyReject(R"({"collaborative": "ACE", "question": 2, "text": ")" + big + R"("})");
  CHECK(r.reason == returns::reject::kTooLarge);
  CHECK(r.detail == "over " + std::to_string(returns::kMaxAnswerBytes) + " bytes");
  CHECK(r.raw.size() < 300);
  CHECK(r.raw.rfind(R"({"collaborative": "ACE")", 0) == 0);

  // At the limit exactly, it is taken.
  const std::string most(returns::kMaxAnswerBytes, 'a');
  const IntakeResult got = Read(R"({"collaborative": "ACE", "question": 2, "text": ")" + most + R"("})");
  CHECK(got.rejects.empty());
  CHECK(got.returns.size() == 1);
}

TEST_CASE("a line that is not UTF-8 is rejected without its bytes", "[jsonl_returns]") {
  const Reject r = OnlyReject("{\"collaborative\": \"ACE\", \"question\": 2, \"text\": \"caf\xe9\"}");
  CHECK(r.reason == returns::reject::kInvalidUtf8);
  CHECK(r.raw == "(not UTF-8)");
}

TEST_CASE("records are counted, blank lines skipped, lines numbered in the file", "[jsonl_returns]") {
  const IntakeResult got = Read(
      "\n"
      R"({"collaborative": "ACE", "question": 2, "text": "x"})"
      "\r\n"
      "   \n"
      "oops\n"
      R"({"collaborative": "ACE", "question": 7, "text": "x"})"
      "\n"
      R"({"collaborative": "EAS Hub", "question": 3, "text": "y"})");
  CHECK(got.records == 4);
  REQUIRE(got.returns.size() == 2);
  CHECK(got.returns[0].line == 2);
  CHECK(got.returns[1].line == 6);
  REQUIRE(got.rejects.size() == 2);
  CHECK(got.rejects[0].line == 4);
  CHECK(got.rejects[0].reason == returns::reject::kNotJson);
  CHECK(got.rejects[1].line == 5);
  CHECK(got.rejects[1].reason == returns::reject::kUnknownQuestion);
  CHECK(got.records == static_cast<int>(got.returns.size() + got.rejects.size()));

  const IntakeResult empty = Read("");
  CHECK(empty.records == 0);
  CHECK(empty.returns.empty());
  CHECK(empty.rejects.empty());
}
