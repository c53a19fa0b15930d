#include "pipeline/reports/coding.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "tests/temp_dir.h"

namespace {

returns::Status ReadError(const std::string& text) {
  std::istringstream in(text);
  const auto r = returns::ReadCoding(in, "g.jsonl");
  REQUIRE_FALSE(r.ok());
  return r.status();
}

}  // namespace

TEST_CASE("a coding reads themes, pending, id and question", "[coding]") {
  std::istringstream in(
      R"({"id":"a","question":2,"text":"Moderation is planned","themes":["moderation","moderation","elc"],"pending":["moderation"]})"
      "\n\n"
      R"({"text":"No id here","themes":[],"matches":[{"theme":"x"}]})"
      "\n");
  const auto r = returns::ReadCoding(in, "g.jsonl");
  REQUIRE(r.ok());
  REQUIRE(r.value().size() == 2);
  const returns::CodedComment& a = r.value()[0];
  CHECK(a.label() == "a");
  CHECK(a.question == 2);
  CHECK(a.themes == std::vector<std::string>{"elc", "moderation"});
  CHECK(a.pending_coded);
  CHECK(a.is_pending("moderation"));
  CHECK_FALSE(a.is_pending("elc"));
  const returns::CodedComment& b = r.value()[1];
  CHECK(b.id.empty());
  CHECK(b.label() == "g.jsonl:3");
  CHECK_FALSE(b.pending_coded);
}

TEST_CASE("coding errors name file and line", "[coding][errors]") {
  CHECK(ReadError("{\"text\":\"ok\",\"themes\":[]}\n{\"text\":\"no themes\"}\n").ToString() ==
        "g.jsonl:2: error: no \"themes\" list");
  CHECK(ReadError("{\"text\":\"t\",\"themes\":[\"a\"],\"pending\":[\"b\"]}\n").ToString() ==
        "g.jsonl:1: error: pending theme 'b' is not among the themes");
  CHECK(ReadError("{\"text\":\"t\",\"themes\":[\"a\"],\"pending\":\"a\"}\n").ToString() ==
        "g.jsonl:1: error: \"pending\" must be a list");
  CHECK(ReadError("[1]\n").ToString() == "g.jsonl:1: error: not a JSON object");
  CHECK(ReadError("{\"text\":\"t\",\"themes\":[1]}\n").ToString() == "g.jsonl:1: error: a theme must be a string");
}

TEST_CASE("a later record of the same comment replaces the earlier one", "[coding]") {
  // What the web page's corrections file holds: every correction of a comment, the last one settled.
  std::istringstream in(
      R"({"id":"a","round":"2013-03","text":"Joint moderation","themes":[]})"
      "\n"
      R"({"id":"a","round":"2014-03","text":"Joint moderation","themes":[]})"
      "\n"
      R"({"id":"a","round":"2013-03","text":"Joint moderation","themes":["moderation"]})"
      "\n");
  const auto items = returns::ReadCoding(in, "corrections.jsonl");
  REQUIRE(items.ok());
  REQUIRE(items.value().size() == 2);  // one per comment and round
  CHECK(items.value()[0].themes == std::vector<std::string>{"moderation"});
  CHECK(items.value()[0].where == "corrections.jsonl:3");
  CHECK(items.value()[1].themes.empty());
  CHECK(items.value()[0].replaced == std::vector<std::string>{"corrections.jsonl:1"});
  CHECK(returns::DescribeReplacedCodings(items.value(), "corrections.jsonl") ==
        "corrections.jsonl: note: 1 record was replaced by a later one of the same comment (the last coding counts): "
        "a at corrections.jsonl:1 (by corrections.jsonl:3)");
}

TEST_CASE("records replaced by a later one are counted, three named", "[coding]") {
  std::string lines;
  for (const char* id : {"a", "b", "a", "c", "b", "d", "a", "e", "b"}) {
    lines += std::string(R"({"id":")") + id + R"(","text":"t","themes":[]})" + "\n";
  }
  std::istringstream in(lines);
  const auto items = returns::ReadCoding(in, "g.jsonl");
  REQUIRE(items.ok());
  CHECK(items.value().size() == 5);
  CHECK(items.value()[0].replaced == std::vector<std::string>{"g.jsonl:1", "g.jsonl:3"});
  CHECK(returns::DescribeReplacedCodings(items.value(), "g.jsonl") ==
        "g.jsonl: note: 4 records were replaced by a later one of the same comment (the last coding counts): "
        "a at g.jsonl:1 (by g.jsonl:7), a at g.jsonl:3 (by g.jsonl:7), b at g.jsonl:2 (by g.jsonl:9), …");
  std::istringstream once(R"({"id":"a","text":"t","themes":[]})" "\n" R"({"id":"b","text":"t","themes":[]})" "\n");
  CHECK(returns::DescribeReplacedCodings(returns::ReadCoding(once, "g.jsonl").value(), "g.jsonl").empty());
}

TEST_CASE("a coding file with no record is refused: nothing to score is not a perfect score", "[coding][errors]") {
  returns::test::TempDir tmp;
  for (const std::string bytes : {"", "\n  \n\t\r\n"}) {
    returns::test::WriteBytes(tmp / "g.jsonl", bytes);
    const auto r = returns::ReadCodingFile(tmp / "g.jsonl");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString() == tmp / "g.jsonl" + ": error: no coded comments: the file is empty or blank (one JSON object a line, with \"text\" and \"themes\")");
  }
  returns::test::WriteBytes(tmp / "g.jsonl", "\n{\"text\":\"t\",\"themes\":[]}\n");
  CHECK(returns::ReadCodingFile(tmp / "g.jsonl").ok());
}

TEST_CASE("a record without id takes its comment_id, as ingest writes it", "[coding]") {
  std::istringstream in(R"({"comment_id":"q2/a/b#1","text":"t","themes":[]})" "\n"
                        R"({"id":"x","comment_id":"q2/a/b#2","text":"t","themes":[]})" "\n"
                        R"({"text":"t","themes":[]})" "\n");
  const auto items = returns::ReadCoding(in, "g.jsonl");
  REQUIRE(items.ok());
  REQUIRE(items.value().size() == 3);
  CHECK(items.value()[0].id == "q2/a/b#1");
  CHECK(items.value()[1].id == "x");
  CHECK(items.value()[2].id.empty());
  CHECK(items.value()[2].label() == "g.jsonl:3");
}
