#include "lexicon/tools/check.h"

#include <catch2/catch.hpp>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"

TEST_CASE("lexicon check reports every problem with file and line", "[check]") {
  const std::string path = std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/broken.yaml";
  const auto lex = returns::LoadLexicon(path);
  REQUIRE(lex.ok());
  std::vector<std::string> messages;
  for (const auto& p : returns::CheckLexicon(lex.value())) {
    CHECK(p.error);
    messages.push_back(p.message.substr(p.message.find("broken.yaml")));
  }
  CHECK(messages == std::vector<std::string>{
                        "broken.yaml:7: error: duplicate theme id 'moderation'",
                        "broken.yaml:6: error: invalid RE2 pattern 'moderat(e|ion': missing ): moderat(e|ion",
                        "broken.yaml:10: error: theme 'empty' has no rules",
                        "broken.yaml:12: error: theme 'child' has unknown parent 'nowhere'",
                        "broken.yaml:15: error: a near rule reads 'A NEAR/N B' with N > 0: 'governor NEAR training'",
                        "broken.yaml:16: error: invalid RE2 pattern '(?<=x)y': invalid perl operator: (?<",
                    });
}

TEST_CASE("the default lexicon has no problems and implements all 20 themes", "[check]") {
  const auto lex = returns::LoadLexicon(returns::DefaultLexiconPath());
  REQUIRE(lex.ok());
  CHECK(returns::CheckLexicon(lex.value()).empty());
  std::vector<std::string> ids;
  for (const auto& t : lex.value().themes) ids.push_back(t.id);
  CHECK(ids == std::vector<std::string>{"moderation", "learning_walks", "elc", "governance", "peer_review", "leadership",
                                        "teaching_quality", "literacy", "mathematics", "professional_development",
                                        "ofsted", "vulnerable_groups", "transition", "early_years",
                                        "teaching_assistants", "parents", "data_assessment", "shared_resources",
                                        "relationships", "more_able"});
}

TEST_CASE("lexicon check reports a parent cycle", "[check]") {
  returns::Lexicon lex;
  lex.source = "cycle.yaml";
  lex.themes = {{"a", "A", "", std::string("b"), {{returns::RuleKind::kWord, "x", {}, 5}}, {}, 4},
                {"b", "B", "", std::string("a"), {{returns::RuleKind::kWord, "y", {}, 8}}, {}, 7}};
  const auto problems = returns::CheckLexicon(lex);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message == "cycle.yaml:4: error: theme 'a' is its own ancestor");
  CHECK(problems[1].message == "cycle.yaml:7: error: theme 'b' is its own ancestor");
}
