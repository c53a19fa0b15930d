#include "pipeline/writers/rejects_jsonl.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "corpus/base/utf8.h"

using returns::Reject;
using returns::WriteRejectsJsonl;

namespace {

std::string Write(const std::vector<Reject>& rejects) {
  std::ostringstream out;
  WriteRejectsJsonl(rejects, out);
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("one JSON object per reject, its fields in the one order", "[rejects_jsonl]") {
  const std::string out = Write({
      {"q2.csv", 14, returns::reject::kMissingField, "collaborative", ",Q2,some text"},
      {"r.jsonl", 3, returns::reject::kNotJson, "", "oops"},
  });
  CHECK(out ==
        R"({"source":"q2.csv","line":14,"reason":"missing required field","detail":"collaborative","raw":",Q2,some text"})"
        "\n"
        R"({"source":"r.jsonl","line":3,"reason":"not a JSON object","detail":"","raw":"oops"})"
        "\n");
}

TEST_CASE("no rejects, no output", "[rejects_jsonl]") { CHECK(Write({}).empty()); }

TEST_CASE("raw text with quotes, backslashes, newlines, tabs and non-ASCII stays one valid JSON line", "[rejects_jsonl]") {
  const std::vector<std::string> raws = {
      R"({"collaborative": "ACE", "text": "say \"hi\""})",
      "line one\nline two\r\nline three",
      "tab\there \\ back\\slash",
      "St Mary’s — café, naïve, 東京, 🙂",
      std::string("nul \0 and bell \a inside", 22),
      "</script><!-- -->",
  };
  std::vector<Reject> rejects;
  for (size_t i = 0; i < raws.size(); ++i) {
    rejects.push_back({"in.jsonl", static_cast<int>(i + 1), returns::reject::kNotJson, "d\"etail\n", raws[i]});
  }
  const std::vector<std::string> lines = Lines(Write(rejects));
  REQUIRE(lines.size() == raws.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    INFO(lines[i]);
    CHECK(returns::CheckUtf8(lines[i], "out").ok());
    const nlohmann::json j = nlohmann::json::parse(lines[i], nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    REQUIRE(j.is_object());
    CHECK(j.size() == 5);
    CHECK(j.at("source") == "in.jsonl");
    CHECK(j.at("line") == static_cast<int>(i + 1));
    CHECK(j.at("reason") == "not a JSON object");
    CHECK(j.at("detail") == "d\"etail\n");
    CHECK(j.at("raw") == raws[i]);
  }
  // Non-ASCII is written as UTF-8, not escaped.
  CHECK(lines[3].find("St Mary’s — café, naïve, 東京, 🙂") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in a reject still gives valid JSON, the bad bytes replaced", "[rejects_jsonl]") {
  const std::string out = Write({{"bad.csv", 2, returns::reject::kInvalidUtf8, "", "caf\xe9 au lait"}});
  CHECK(returns::CheckUtf8(out, "out").ok());
  const nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  CHECK(j.at("raw") == "caf\xef\xbf\xbd au lait");  // U+FFFD
}

TEST_CASE("rejects keep input order", "[rejects_jsonl]") {
  std::vector<Reject> rejects;
  for (int line : {9, 2, 5}) rejects.push_back({"x.csv", line, returns::reject::kEmptyAnswer, "", ""});
  std::vector<int> got;
  for (const std::string& l : Lines(Write(rejects))) got.push_back(nlohmann::json::parse(l).at("line").get<int>());
  CHECK(got == std::vector<int>{9, 2, 5});
}
