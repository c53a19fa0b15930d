#include "corpus/text/tokenize.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <random>

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

namespace {

// The fast path and ICU give the same tokens, or the test names the text.
void RequireSameTokens(const std::string& text) {
  const auto fast = returns::Tokenize(text);
  const auto icu = returns::TokenizeWithIcuOnly(text);
  INFO("text: '" << text << "'");
  REQUIRE(fast.size() == icu.size());
  for (size_t i = 0; i < fast.size(); ++i) {
    INFO("token " << i << ": '" << fast[i].text << "' vs ICU '" << icu[i].text << "'");
    REQUIRE(fast[i].start == icu[i].start);
    REQUIRE(fast[i].end == icu[i].end);
    REQUIRE(fast[i].text == icu[i].text);
    REQUIRE(fast[i].folded == icu[i].folded);
  }
}

// Texts drawn from pieces where word-break rules differ: letters, digits,
// '.', ',', ';', ':', quotes, '_', '/', '&', '%', '£', dashes, curly quotes,
// accents, white space of each kind.
std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "a", "B", "z", "Q", "7", "0", "42", ".", ",", ";", ":", "'", "\"", "_", "__", "/", "&", "%", "-", "(", ")",
      "?", "!", "*", "#", "@", "+", "=", "[", "]", " ", "  ", "\n", "\t", "\r\n", "\v", "\f", "£", "–", "’", "‘",
      "“", "é", "É", "ß", "KS2", "Y6", "T", "L", "e.g.", "don't", "3.5", "1,000", "NQT's", "\x7f", "\x01"};
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1), length(1, 16);
  std::string s;
  for (size_t n = length(rng); n > 0; --n) s += kPieces[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("the ASCII fast path gives ICU's tokens on random text", "[tokenize]") {
  std::mt19937 rng(20261130);
  for (int i = 0; i < 50000; ++i) RequireSameTokens(RandomText(rng));
}

TEST_CASE("the ASCII fast path gives ICU's tokens on the bundled corpus", "[tokenize]") {
  for (const char* file : {"q2-progress.txt", "q3-strengths.txt"}) {
    std::ifstream in(std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013/" + file, std::ios::binary);
    REQUIRE(in);
    std::string line;
    int lines = 0;
    while (std::getline(in, line)) {
      RequireSameTokens(line);
      ++lines;
    }
    CHECK(lines > 500);
  }
}

// The generated corpus (scripts/generate-corpus), when the `tokenize-generated`
// test names it in RETURNS_GENERATED_CORPUS: every comment's text.
TEST_CASE("the ASCII fast path gives ICU's tokens on the generated corpus", "[tokenize][generated]") {
  const char* path = std::getenv("RETURNS_GENERATED_CORPUS");
  if (!path) return;  // run by the tokenize-generated test, which generates it
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::string line;
  int records = 0;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    RequireSameTokens(j.at("text").get<std::string>());
    ++records;
  }
  CHECK(records > 1000);
}
