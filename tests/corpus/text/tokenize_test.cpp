#include "corpus/text/tokenize.h"

#include <catch2/catch.hpp>

using returns::Tokenize;

namespace {

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text)) out.push_back(t.text);
  return out;
}

struct Golden {
  const char* input;
  std::vector<std::string> tokens;
};

}  // namespace

TEST_CASE("tokenizer golden table: domain tokens stay whole", "[tokenize]") {
  const std::vector<Golden> table = {
      {"monitoring T&L across schools", {"monitoring", "T&L", "across", "schools"}},
      {"G&T progress", {"G&T", "progress"}},
      {"T & L throughout KS2", {"T", "L", "throughout", "KS2"}},
      {"expectations of Y2/3 and Y6/7 transition", {"expectations", "of", "Y2/3", "and", "Y6/7", "transition"}},
      {"a level 4/5/6 student", {"a", "level", "4/5/6", "student"}},
      {"KS2/KS3 transfer", {"KS2/KS3", "transfer"}},
      {"from L3 to L4 and L4 to L5.", {"from", "L3", "to", "L4", "and", "L4", "to", "L5"}},
      {"SPAG training", {"SPAG", "training"}},
      {"Our NQT's are good; NQT’s too", {"Our", "NQT's", "are", "good", "NQT’s", "too"}},
      {"saved £125 per EP day", {"saved", "£125", "per", "EP", "day"}},
      {"average is 79% good or better", {"average", "is", "79%", "good", "or", "better"}},
      {"(100% GOOD)", {"100%", "GOOD"}},
      {"o 1.1 – joint moderation", {"o", "1.1", "joint", "moderation"}},
      {"and/or maths", {"and", "or", "maths"}},
      {"co-ordinator", {"co", "ordinator"}},
      {"Maths Makes Sense", {"Maths", "Makes", "Sense"}},
  };
  for (const Golden& g : table) {
    INFO(g.input);
    CHECK(Texts(g.input) == g.tokens);
  }
}

TEST_CASE("tokens carry UTF-8 byte offsets into the text", "[tokenize]") {
  const std::string text = "Head’s £125 for T&L";
  const auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 4);
  for (const auto& t : tokens) CHECK(text.substr(t.start, t.end - t.start) == t.text);
  CHECK(tokens[0].start == 0);
  CHECK(tokens[0].end == 8);  // ’ is three bytes
  CHECK(tokens[1].start == 9);
}

TEST_CASE("tokens are case-folded", "[tokenize]") {
  const auto tokens = Tokenize("ELC Moderation STRASSE Straße");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].folded == "elc");
  CHECK(tokens[1].folded == "moderation");
  CHECK(tokens[2].folded == "strasse");
  CHECK(tokens[3].folded == "strasse");
  CHECK(tokens[0].text == "ELC");
}

TEST_CASE("empty and space-only text has no tokens", "[tokenize]") {
  CHECK(Tokenize("").empty());
  CHECK(Tokenize("  \n – ").empty());
}
