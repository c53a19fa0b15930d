#include "lexicon/codebook/load_lexicon.h"

#include <catch2/catch.hpp>

namespace {

std::string Data(const std::string& name) { return std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/" + name; }

std::vector<std::string> Rules(const returns::Lexicon& lex) {
  std::vector<std::string> out;
  for (const auto& t : lex.themes) {
    for (const auto& r : t.rules) out.push_back(t.id + " " + returns::RuleName(r));
  }
  return out;
}

}  // namespace

// The index keeps a lexicon file's text and format; parsed later, it is the
// lexicon the file held, whatever the format.
TEST_CASE("a lexicon file read as text parses to the lexicon the file holds", "[lexicon][load]") {
  for (const char* name : {"weakened.yaml", "sample.dic", "sample.cat"}) {
    INFO(name);
    const auto file = returns::ReadLexiconFile(Data(name));
    REQUIRE(file.ok());
    const auto from_text = returns::ParseLexicon(file.value(), "kept");
    const auto from_path = returns::LoadLexicon(Data(name));
    REQUIRE(from_text.ok());
    REQUIRE(from_path.ok());
    CHECK(from_text.value().source == "kept");
    // A LIWC or WordStat dictionary has no name of its own: it is named after its source.
    if (returns::LexiconFormatOf(name) == "yaml") CHECK(from_text.value().name == from_path.value().name);
    CHECK(Rules(from_text.value()) == Rules(from_path.value()));
    CHECK_FALSE(Rules(from_text.value()).empty());
  }
  CHECK(returns::LexiconFormatOf("a/b.yml") == "yaml");
  CHECK(returns::LexiconFormatOf("a/b.dic") == "dic");
  CHECK(returns::LexiconFormatOf("b.cat") == "cat");
}

TEST_CASE("lexicon text in an unknown format, or not UTF-8, is refused", "[lexicon][load][errors]") {
  const auto unknown = returns::ParseLexicon({"x", "xml"}, "db");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().ToString() == "db: error: unknown lexicon format 'xml' (yaml, dic or cat)");
  CHECK_FALSE(returns::ParseLexicon({"name: \xC9", "yaml"}, "db").ok());
  CHECK_FALSE(returns::ReadLexiconFile(Data("not-utf8.cat")).ok());
}
