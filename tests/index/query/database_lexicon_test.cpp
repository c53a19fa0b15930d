#include "index/query/database_lexicon.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <regex>
#include <string>
#include <vector>

#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "tests/temp_dir.h"

using returns::IndexReader;
using returns::ThemeNames;

namespace {

const char* kLexicon =
    "name: small\nversion: '1'\nthemes:\n"
    "  - id: moderation\n    label: Moderation of work\n    rules: [{word: moderation}]\n"
    "  - id: relationships\n    label: Trust and relationships\n    rules: [{word: trust}]\n";

std::vector<std::string> Rows(const ThemeNames& names) {
  std::vector<std::string> out{names.lexicon};
  for (const ThemeNames::Name& n : names.themes) out.push_back(n.id + "|" + n.label);
  return out;
}

// An empty database written with `options`.
void Write(const std::string& dir, const returns::IndexWriterOptions& options) {
  auto writer = returns::IndexWriter::Open(dir, options);
  REQUIRE(writer.ok());
  REQUIRE(writer.value()->Commit().ok());
}

returns::IndexWriterOptions Kept(const returns::Lexicon& lexicon, bool with_names) {
  returns::IndexWriterOptions o;
  o.lexicon_name = lexicon.name;
  o.lexicon_version = lexicon.version;
  o.lexicon_text = kLexicon;
  o.lexicon_format = "yaml";
  if (with_names) o.lexicon_themes = returns::KeptThemeNames(lexicon, kLexicon);
  return o;
}

}  // namespace

TEST_CASE("the theme names a database keeps are its lexicon's, read without parsing it", "[index][lexicon]") {
  const auto lexicon = returns::ParseLexicon({kLexicon, "yaml"}, "small.yaml");
  REQUIRE(lexicon.ok());
  const std::string kept = returns::KeptThemeNames(lexicon.value(), kLexicon);
  CHECK(kept.substr(kept.find('\n') + 1) == "moderation\tModeration of work\nrelationships\tTrust and relationships\n");
  // The first line names the text: its size and CRC-32.
  CHECK(std::regex_match(kept.substr(0, kept.find('\n')),
                         std::regex("text " + std::to_string(std::string(kLexicon).size()) + " [0-9a-f]{8}")));
  CHECK(returns::KeptThemeNames(lexicon.value(), std::string(kLexicon) + " ") != kept);  // another text, another line
  const std::vector<std::string> expected{"small", "moderation|Moderation of work",
                                          "relationships|Trust and relationships"};
  CHECK(Rows(returns::ThemeNamesOf(lexicon.value())) == expected);
  for (bool with_names : {true, false}) {  // kept, or (an older database) parsed from the kept lexicon
    INFO("names kept: " << with_names);
    returns::test::TempDir tmp;
    Write(tmp.path.string(), Kept(lexicon.value(), with_names));
    const auto index = IndexReader::Open(tmp.path.string());
    REQUIRE(index.ok());
    CHECK(index.value().Metadata().value().lexicon_themes.empty() == !with_names);
    const auto names = returns::DatabaseThemeNames(index.value(), "");
    REQUIRE(names.ok());
    CHECK(Rows(names.value()) == expected);
    // Another lexicon given is that lexicon's names, whatever the database keeps.
    const auto other = returns::DatabaseThemeNames(index.value(), returns::DefaultLexiconPath());
    REQUIRE(other.ok());
    CHECK(other.value().lexicon == "kent-codebook");
    CHECK(other.value().themes.size() > 10);
  }
}

TEST_CASE("a theme name holding a tab or line break keeps no list, and a damaged list is Corruption", "[index][lexicon][errors]") {
  returns::Lexicon odd;
  odd.name = "odd";
  odd.themes.resize(1);
  odd.themes[0].id = "a";
  odd.themes[0].label = "tab\there";
  CHECK(returns::KeptThemeNames(odd, "").empty());
  odd.themes[0].label = "line\nbreak";
  CHECK(returns::KeptThemeNames(odd, "").empty());
  for (const std::string damaged : {"moderation Moderation\n", "moderation\tModeration", "\tno id\n", "a\tb\tc\n"}) {
    INFO(damaged);
    returns::test::TempDir tmp;
    returns::IndexWriterOptions o;
    o.lexicon_themes = "text 0 00000000\n" + damaged;  // of the text kept (none, here)
    Write(tmp.path.string(), o);
    const auto index = IndexReader::Open(tmp.path.string());
    REQUIRE(index.ok());
    const auto names = returns::DatabaseThemeNames(index.value(), "");
    REQUIRE_FALSE(names.ok());
    CHECK(names.status().code() == returns::Status::Code::kCorruption);
    CHECK(names.status().ToString().find(tmp.path.string()) != std::string::npos);
    CHECK(names.status().ToString().find("line 2") != std::string::npos);
  }
}

// A writer that did not know the list (an older `returns`, same schema) may
// replace the lexicon's text and leave the list of the text before: the list
// names the text it was read from, and a list of another text is not used.
TEST_CASE("theme names kept of another lexicon text are not used, the text kept is parsed", "[index][lexicon]") {
  const auto lexicon = returns::ParseLexicon({kLexicon, "yaml"}, "small.yaml");
  REQUIRE(lexicon.ok());
  returns::Lexicon before = lexicon.value();
  before.themes[0].label = "A label of the text before";
  returns::test::TempDir tmp;
  returns::IndexWriterOptions o = Kept(lexicon.value(), false);
  o.lexicon_themes = returns::KeptThemeNames(before, std::string(kLexicon) + "# the text before\n");
  Write(tmp.path.string(), o);
  const auto index = IndexReader::Open(tmp.path.string());
  REQUIRE(index.ok());
  const auto names = returns::DatabaseThemeNames(index.value(), "");
  REQUIRE(names.ok());
  CHECK(names.value().themes.at(0).label == "Moderation of work");
}
