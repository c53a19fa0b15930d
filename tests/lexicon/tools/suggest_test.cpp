#include "lexicon/tools/suggest.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "lexicon/codebook/lexicon_yaml.h"
#include "lexicon/codebook/load_lexicon.h"

namespace {

// tests/data/gold/themes-gold-dev.jsonl, read plainly (the gold reader is the pipeline's).
std::vector<returns::SuggestComment> DevGold() {
  std::ifstream in(std::string(RETURNS_SOURCE_DIR) + "/tests/data/gold/themes-gold-dev.jsonl");
  REQUIRE(in);
  std::vector<returns::SuggestComment> out;
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    out.push_back({j["id"].get<std::string>(), j["text"].get<std::string>(), j["question"].get<int>(),
                   j["themes"].get<std::vector<std::string>>()});
  }
  return out;
}

returns::Matcher Compile(const returns::Lexicon& lexicon) {
  auto m = returns::Matcher::Compile(lexicon);
  REQUIRE(m.ok());
  return std::move(m).value();
}

const returns::ThemeSuggestions& For(const std::vector<returns::ThemeSuggestions>& all, const std::string& theme) {
  for (const auto& s : all) {
    if (s.theme == theme) return s;
  }
  FAIL("no theme " << theme);
  return all.front();
}

// The rank (0 first) of `term` among the candidates, or -1.
int Rank(const returns::ThemeSuggestions& s, const std::string& term) {
  for (size_t i = 0; i < s.candidates.size(); ++i) {
    if (s.candidates[i].term == term) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

TEST_CASE("log-likelihood keyness", "[suggest]") {
  CHECK(returns::LogLikelihood(0, 0, 100, 100) == 0);
  CHECK(returns::LogLikelihood(10, 10, 100, 100) == Approx(0));  // the same rate: not key
  // a = 10 of c = 100, b = 0 of d = 100: E1 = E2 = 5; G² = 2·10·ln(10/5) = 13.8629…
  CHECK(returns::LogLikelihood(10, 0, 100, 100) == Approx(20 * std::log(2.0)));
}

// tests/data/lexicons/weakened.yaml is the default lexicon's moderation and
// learning walks without their key words (moderat*, learning walk*); on the
// development gold set, suggest must find the lost words among the first few.
TEST_CASE("suggest finds the words a weakened lexicon lost", "[suggest]") {
  const auto gold = DevGold();
  REQUIRE(gold.size() == 119);
  auto weakened = returns::LoadLexicon(std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/weakened.yaml");
  REQUIRE(weakened.ok());
  const auto all = returns::Suggest(gold, Compile(weakened.value()));
  REQUIRE(all.size() == 2);

  const auto& moderation = For(all, "moderation");
  CHECK(moderation.coded >= 10);
  CHECK(moderation.missed > moderation.coded / 2);
  const int rank = Rank(moderation, "moderation");
  CHECK(rank >= 0);
  CHECK(rank < 3);
  const returns::Candidate& c = moderation.candidates.at(static_cast<size_t>(std::max(rank, 0)));
  CHECK(c.missed >= 2);
  REQUIRE_FALSE(c.example.spans.empty());  // the example shows where the word is
  CHECK(c.example.text.substr(c.example.spans[0].first, c.example.spans[0].second - c.example.spans[0].first) ==
        "moderation");

  const auto& walks = For(all, "learning_walks");
  const int phrase = Rank(walks, "learning walks");
  CHECK(phrase >= 0);
  CHECK(phrase < 3);

  // Put the lost rule back: the word is no longer missed, so no longer suggested.
  returns::Lexicon restored = weakened.value();
  restored.themes[0].rules.push_back({returns::RuleKind::kWord, "moderat*", {}, 0});
  const auto again = returns::Suggest(gold, Compile(restored));
  CHECK(Rank(For(again, "moderation"), "moderation") == -1);
  CHECK(For(again, "moderation").missed < moderation.missed);
}

TEST_CASE("suggest lists the rules that fire where the coder did not give the theme", "[suggest]") {
  const auto lex = returns::ParseLexiconYaml(
      "name: t\nversion: '1'\nthemes:\n  - id: governance\n    rules:\n      - words: [board, governor*]\n", "t.yaml");
  REQUIRE(lex.ok());
  const std::vector<returns::SuggestComment> gold = {
      {"1", "Governors met in March.", 2, {"governance"}},
      {"2", "All staff are on board with the plan.", 2, {}},
      {"3", "The plan is on the board in the staff room.", 2, {}},
      {"4", "Governors and the board agreed the budget.", 2, {"governance"}},
  };
  const auto all = returns::Suggest(gold, Compile(lex.value()));
  REQUIRE(all.size() == 1);
  CHECK(all[0].tagged_not_coded == 2);
  REQUIRE(all[0].rules.size() == 1);
  CHECK(all[0].rules[0].rule == "word:board");
  CHECK(all[0].rules[0].comments == 2);
  CHECK(all[0].rules[0].example.label == "2");
}
