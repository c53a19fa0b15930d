#include "corpus/text/normalise.h"

#include <catch2/catch.hpp>

#include "corpus/base/utf8.h"

using returns::CollapseSpaces;
using returns::StripBulletMarker;

TEST_CASE("bullet glyphs and markers are stripped", "[normalise]") {
  struct Row {
    const char* line;
    const char* rest;
    bool bullet;
  };
  const std::vector<Row> table = {
      {"\xEF\x82\xA7 Resilience of staff", "Resilience of staff", true},   // U+F0A7
      {"  \xEF\x82\xB7 Joint staff", "Joint staff", true},                 // U+F0B7
      {"\xE2\x80\xA2 Shared vision", "Shared vision", true},               // •
      {"o Learning walks ", "Learning walks", true},
      {" - sharing of data", "sharing of data", true},
      {"organised by the chair", "organised by the chair", false},
      {"o", "o", false},
      {"-", "-", false},
      {"* Moderation of writing", "Moderation of writing", true},  // typed or Markdown bullets
      {"*", "*", false},
      {"*Note: dates to follow", "*Note: dates to follow", false},
      {"outcomes improved", "outcomes improved", false},
  };
  for (const Row& r : table) {
    INFO(r.line);
    const auto head = StripBulletMarker(r.line);
    CHECK(std::string(head.rest) == r.rest);
    CHECK(head.bullet == r.bullet);
  }
}

TEST_CASE("spaces collapse, curly quotes dashes and pounds stay", "[normalise]") {
  CHECK(CollapseSpaces("  schools   placed \t in\xC2\xA0the  ") == "schools placed in the");
  CHECK(CollapseSpaces("“Good” – saved £125 ‘done to’") == "“Good” – saved £125 ‘done to’");
}

TEST_CASE("ordinal suffixes split off as superscripts", "[normalise]") {
  CHECK(returns::IsOrdinalSuffix("th"));
  CHECK(returns::IsOrdinalSuffix("st"));
  CHECK_FALSE(returns::IsOrdinalSuffix("the"));
}

TEST_CASE("NFC composes decomposed characters", "[normalise]") {
  CHECK(returns::ToNfc("cafe\xCC\x81") == "caf\xC3\xA9");
  CHECK(returns::ToNfc("already fine") == "already fine");
}

TEST_CASE("CollapseSpaces: a golden table of white space at the ends, in runs, and bytes that only look like it",
          "[normalise]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"", ""},
      {" \t\r\n\f\v", ""},
      {"\xC2\xA0", ""},                                  // a no-break space alone
      {"a", "a"},
      {"\xC2\xA0\xC2\xA0" "a\xC2\xA0 \xC2\xA0" "b\xC2\xA0", "a b"},
      {"\xC2\xA9 2013", "\xC2\xA9 2013"},                // © : 0xC2 not before 0xA0 is no space
      {"end\xC2", "end\xC2"},                            // a lone 0xC2 at the end stays
      {"a\n\nb\r\nc", "a b c"},
      {"one  two   three    ", "one two three"},
  };
  for (const auto& [in, out] : table) {
    INFO(in);
    CHECK(CollapseSpaces(in) == out);
  }
}
