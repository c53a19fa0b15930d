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

// A YAML lexicon is parsed once and read as ours or as a quanteda dictionary
// by its top-level keys; YAML that does not parse is named with its line.
TEST_CASE("YAML lexicon text is read as ours or as quanteda's, and bad YAML names its line", "[lexicon][load]") {
  const auto ours = returns::ParseLexicon({"name: kent\nversion: '2'\nthemes:\n  - id: moderation\n    label: Moderation\n"
                                           "    rules: [{word: moderation}]\n",
                                           "yaml"},
                                          "db");
  REQUIRE(ours.ok());
  CHECK(ours.value().name == "kent");
  CHECK(ours.value().version == "2");
  CHECK(Rules(ours.value()) == std::vector<std::string>{"moderation word:moderation"});
  const auto quanteda = returns::ParseLexicon({"economy: [econom*, tax*]\n", "yaml"}, "d.yml");
  REQUIRE(quanteda.ok());
  CHECK(quanteda.value().version == "quanteda");
  CHECK(quanteda.value().themes.size() == 1);
  // Ours, incomplete: told what is missing, not read as quanteda's.
  const auto no_name = returns::ParseLexicon({"themes: []\n", "yaml"}, "db");
  REQUIRE_FALSE(no_name.ok());
  CHECK(no_name.status().ToString().rfind("db", 0) == 0);
  const auto bad = returns::ParseLexicon({"name: x\nthemes:\n  - id: [a\n", "yaml"}, "db");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString().rfind("db:4: error: bad YAML: ", 0) == 0);
}
