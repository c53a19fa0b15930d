#include "pipeline/reports/evaluation.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/lexicon_yaml.h"

namespace {

returns::Matcher DefaultMatcher() {
  auto lex = returns::LoadLexiconYaml(returns::DefaultLexiconPath());
  REQUIRE(lex.ok());
  auto m = returns::Matcher::Compile(lex.value());
  REQUIRE(m.ok());
  return std::move(m).value();
}

}  // namespace

TEST_CASE("scores: precision, recall and F1 from counts", "[evaluate]") {
  returns::ThemeScore s;
  s.true_positives = 8;
  s.false_positives = 2;
  s.false_negatives = 8;
  CHECK(s.precision() == Approx(0.8));
  CHECK(s.recall() == Approx(0.5));
  CHECK(s.f1() == Approx(2 * 0.8 * 0.5 / 1.3));
  const returns::ThemeScore none;
  CHECK(none.f1() == Approx(1.0));  // nothing coded, nothing tagged: full agreement
}

TEST_CASE("evaluation counts agreements and disagreements per theme", "[evaluate]") {
  std::istringstream gold(
      R"({"id":"a","text":"Joint moderation and learning walks","themes":["moderation","learning_walks"]})"
      "\n"
      R"({"id":"b","text":"Pupils made moderate progress","themes":[]})"
      "\n"
      R"({"id":"c","text":"Heads levelled work together","themes":["moderation","mathematics"]})"
      "\n");
  const auto items = returns::ReadGold(gold, "g.jsonl");
  REQUIRE(items.ok());
  const auto e = returns::Evaluate(items.value(), DefaultMatcher());
  CHECK(e.themes.at("moderation").true_positives == 2);
  CHECK(e.themes.at("moderation").false_positives == 0);
  CHECK(e.themes.at("learning_walks").true_positives == 1);
  CHECK(e.themes.at("mathematics").false_negatives == 1);
  REQUIRE(e.disagreements.size() == 1);
  CHECK(e.disagreements[0].id == "c");
  CHECK_FALSE(e.disagreements[0].tagger_only);
}

TEST_CASE("gold file errors name file and line", "[evaluate][errors]") {
  std::istringstream bad("{\"text\":\"ok\",\"themes\":[]}\n{\"text\":\"no themes\"}\n");
  const auto r = returns::ReadGold(bad, "g.jsonl");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString() == "g.jsonl:2: error: no \"themes\" list");
}

TEST_CASE("a later gold line for the same comment replaces the earlier one", "[evaluate]") {
  // What the web page's corrections file holds: every correction of a comment, the last one settled.
  std::istringstream gold(
      R"({"id":"a","round":"2013-03","text":"Joint moderation","themes":[]})"
      "\n"
      R"({"id":"a","round":"2014-03","text":"Joint moderation","themes":[]})"
      "\n"
      R"({"id":"a","round":"2013-03","text":"Joint moderation","themes":["moderation"]})"
      "\n");
  const auto items = returns::ReadGold(gold, "corrections.jsonl");
  REQUIRE(items.ok());
  REQUIRE(items.value().size() == 2);  // one per comment and round
  CHECK(items.value()[0].themes == std::vector<std::string>{"moderation"});
  CHECK(items.value()[0].line == 3);
  CHECK(items.value()[1].themes.empty());
}

// The default lexicon against the hand-coded seed comments (tests/data/gold).
// Floors only go up: raise them as the lexicon improves.
TEST_CASE("default lexicon agrees with the careful human coder", "[evaluate][quality]") {
  std::ifstream in(std::string(RETURNS_SOURCE_DIR) + "/tests/data/gold/themes-gold.jsonl");
  REQUIRE(in);
  const auto gold = returns::ReadGold(in, "themes-gold.jsonl");
  REQUIRE(gold.ok());
  REQUIRE(gold.value().size() >= 100);
  const auto e = returns::Evaluate(gold.value(), DefaultMatcher());
  CHECK(e.unknown_themes.empty());
  const std::map<std::string, double> floors = {
      {"moderation", 0.95},       {"learning_walks", 0.95},   {"elc", 0.95},
      {"governance", 0.95},       {"literacy", 0.93},         {"mathematics", 0.90},
      {"professional_development", 0.90}, {"data_assessment", 0.90}, {"early_years", 0.90},
      {"ofsted", 0.90},           {"parents", 0.95},          {"more_able", 0.95},
      {"peer_review", 0.90},      {"shared_resources", 0.90}, {"teaching_assistants", 0.90},
      {"transition", 0.90},       {"vulnerable_groups", 0.85}, {"teaching_quality", 0.80},
      {"relationships", 0.75},    {"leadership", 0.55},
  };
  REQUIRE(floors.size() == 20);
  for (const auto& [theme, floor] : floors) {
    INFO(theme);
    REQUIRE(e.themes.count(theme) == 1);
    CHECK(e.themes.at(theme).f1() >= floor);
  }
  CHECK(e.micro.f1() >= 0.90);
}
