#include "lexicon/codebook/lexicon_yaml.h"

#include <catch2/catch.hpp>

using returns::ParseLexiconYaml;
using returns::RuleKind;

TEST_CASE("a lexicon reads from YAML", "[lexicon]") {
  const auto lex = ParseLexiconYaml(R"(name: kent
version: "2"
themes:
  - id: governance
    label: Governance
    description: governors and boards
    rules:
      - words: [governor*, governing body]
      - acronym: GB
        questions: [2, 3]
    exclude: [board games]
)", "k.yaml");
  REQUIRE(lex.ok());
  const auto& l = lex.value();
  CHECK(l.name == "kent");
  CHECK(l.version == "2");
  REQUIRE(l.themes.size() == 1);
  const auto& t = l.themes[0];
  CHECK(t.id == "governance");
  CHECK(t.label == "Governance");
  REQUIRE(t.rules.size() == 3);
  CHECK(t.rules[0].kind == RuleKind::kWord);
  CHECK(t.rules[1].text == "governing body");
  CHECK(t.rules[2].kind == RuleKind::kAcronym);
  CHECK(t.rules[2].questions == std::vector<int>{2, 3});
  CHECK(t.rules[2].line == 9);
  REQUIRE(t.exclusions.size() == 1);
  CHECK(t.exclusions[0].text == "board games");
}

TEST_CASE("all rules and the pending section read from YAML", "[lexicon]") {
  const auto lex = ParseLexiconYaml(R"(name: kent
version: "2"
pending:
  cues:
    - phrases: [not yet, booked for]
    - pattern: 'To\s+develop'
      scope: sentence
      questions: [4]
  done:
    - phrase: took place
themes:
  - id: relationships
    rules:
      - all: [head*, each other]
        questions: [3]
)", "k.yaml");
  REQUIRE(lex.ok());
  const auto& l = lex.value();
  const auto& r = l.themes.at(0).rules.at(0);
  CHECK(r.kind == RuleKind::kAll);
  CHECK(r.parts == std::vector<std::string>{"head*", "each other"});
  CHECK(returns::RuleName(r) == "all:[head*, each other]");
  CHECK(r.questions == std::vector<int>{3});
  CHECK(r.line == 14);
  REQUIRE(l.pending.has_value());
  CHECK(l.pending->line == 4);
  REQUIRE(l.pending->pending.size() == 3);
  CHECK(l.pending->pending[1].text == "booked for");
  CHECK_FALSE(l.pending->pending[1].pattern);
  CHECK(l.pending->pending[1].scope == returns::CueScope::kClause);  // cues: clause unless told
  CHECK(l.pending->pending[2].pattern);
  CHECK(l.pending->pending[2].scope == returns::CueScope::kSentence);
  CHECK(l.pending->pending[2].questions == std::vector<int>{4});
  CHECK(l.pending->pending[2].line == 6);
  REQUIRE(l.pending->done.size() == 1);
  CHECK(l.pending->done[0].scope == returns::CueScope::kSentence);  // done cues: sentence unless told
  CHECK_FALSE(ParseLexiconYaml("name: x\nversion: 1\nthemes: []\n", "n.yaml").value().pending.has_value());
}

TEST_CASE("YAML shape errors name file and line", "[lexicon][errors]") {
  auto error = [](const std::string& yaml) { return ParseLexiconYaml(yaml, "e.yaml").status().ToString(); };
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - word: [x\n").rfind("e.yaml:", 0) == 0);
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - word: [x\n").find("bad YAML") !=
        std::string::npos);
  CHECK(error("version: 1\nthemes: []\n") == "e.yaml:1: error: missing 'name'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - label: A\n") == "e.yaml:4: error: missing 'id'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - colour: red\n") ==
        "e.yaml:6: error: unknown rule kind 'colour' (word, phrase, acronym, pattern, near, all)");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - word: x\n        questions: [7]\n") ==
        "e.yaml:7: error: question must be a number from 1 to 5");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    colour: red\n") == "e.yaml:5: error: unknown theme field 'colour'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - all: [trust]\n") ==
        "e.yaml:6: error: 'all' needs a list of two or more words or phrases: all: [support*, each other]");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - all: trust\n") ==
        "e.yaml:6: error: 'all' needs a list of two or more words or phrases: all: [support*, each other]");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - all: [trust, [x]]\n") ==
        "e.yaml:6: error: a part of 'all' must be a word or phrase");
}

TEST_CASE("regression: lexicon text that is not UTF-8 is refused by the YAML reader, with its line",
          "[lexicon][errors][regression]") {
  auto error = [](const std::string& yaml) { return ParseLexiconYaml(yaml, "e.yaml").status().ToString(); };
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: caf\xe9\n    rules: [{word: x}]\n") ==
        "e.yaml:4: error: invalid UTF-8 at byte offset 38 (byte 0xE9)");
  // The name and version are read once, here; a theme's strings keep their lines for the checks.
  CHECK(error("name: \"a\\0b\"\nversion: 1\nthemes: []\n") == "e.yaml:1: error: name 'a\\x00b' holds a NUL byte");
  CHECK(error("name: x\nversion: \"1\\e\"\nthemes: []\n") ==
        "e.yaml:2: error: version '1\\x1B' holds control character U+001B");
}

TEST_CASE("YAML escapes reach the lexicon as written, with their lines, for the checks", "[lexicon]") {
  const auto lex = ParseLexiconYaml(R"(name: x
version: "1"
themes:
  - id: "mod\0eration"
    rules:
      - word: "moderat\a*"
    exclude_patterns: ['a\Cb']
)", "e.yaml");
  REQUIRE(lex.ok());
  const auto& t = lex.value().themes.at(0);
  CHECK(t.id == std::string("mod\0eration", 11));
  CHECK(t.line == 4);
  CHECK(t.rules.at(0).text == "moderat\a*");
  CHECK(t.rules.at(0).line == 6);
  CHECK(t.exclusions.at(0).text == "a\\Cb");
  CHECK(t.exclusions.at(0).line == 7);
}
