#include "lexicon/tools/check.h"

#include <catch2/catch.hpp>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/lexicon_yaml.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"

TEST_CASE("lexicon check reports every problem with file and line, in line order", "[check]") {
  const std::string path = std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/broken.yaml";
  const auto lex = returns::LoadLexicon(path);
  REQUIRE(lex.ok());
  std::vector<std::string> messages;
  for (const auto& p : returns::CheckLexicon(lex.value())) {
    CHECK(p.error);
    messages.push_back(p.message.substr(p.message.find("broken.yaml")));
  }
  CHECK(messages == std::vector<std::string>{
                        "broken.yaml:6: error: invalid RE2 pattern 'moderat(e|ion': missing ): moderat(e|ion",
                        "broken.yaml:7: error: duplicate theme id 'moderation'",
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

namespace {

// The messages of CheckLexicon on a YAML lexicon read from `yaml` as "t.yaml".
std::vector<std::string> Problems(const std::string& yaml) {
  const auto lex = returns::ParseLexiconYaml(yaml, "t.yaml");
  REQUIRE(lex.ok());
  std::vector<std::string> out;
  for (const auto& p : returns::CheckLexicon(lex.value())) out.push_back(p.message);
  return out;
}

}  // namespace

TEST_CASE("regression: a theme id with a NUL byte is refused by lexicon check, not an abort", "[check][regression]") {
  // lexicon check said 0 errors, then tag aborted.
  struct Row {
    const char* id;  // as written in the YAML
    std::string message;
  };
  const std::string not_id = "' is not an identifier: lower-case ASCII letters and digits, words joined by '_'";
  const std::vector<Row> table = {
      {R"("mod\0eration")", "t.yaml:4: error: theme id 'mod\\x00eration" + not_id + " (such as 'mod_eration')"},
      {R"("mod\teration")", "t.yaml:4: error: theme id 'mod\teration" + not_id + " (such as 'mod_eration')"},
      {R"("mod\x1Beration")", "t.yaml:4: error: theme id 'mod\\x1Beration" + not_id + " (such as 'mod_eration')"},
      {"learning walks", "t.yaml:4: error: theme id 'learning walks" + not_id + " (such as 'learning_walks')"},
      {"Moderation", "t.yaml:4: error: theme id 'Moderation" + not_id + " (such as 'moderation')"},
      {R"("")", "t.yaml:4: error: theme id is empty"},
      {R"("")" "\n    label: Modération", "t.yaml:4: error: theme 'Modération' has an empty id (an id is made of ASCII letters and digits)"},
      {"\"\\u65e5\"", "t.yaml:4: error: theme id '日" + not_id},
  };
  for (const Row& row : table) {
    INFO(row.id);
    CHECK(Problems(std::string("name: x\nversion: \"1\"\nthemes:\n  - id: ") + row.id +
                   "\n    rules: [{word: moderation}]\n") == std::vector<std::string>{row.message});
  }
  // An unknown parent close to a theme's id: that id suggested; none when none is close.
  CHECK(Problems("name: x\nversion: \"1\"\nthemes:\n  - id: moderation\n    rules: [{word: x}]\n"
                 "  - id: child\n    parent: moderaton\n    rules: [{word: y}]\n") ==
        std::vector<std::string>{"t.yaml:6: error: theme 'child' has unknown parent 'moderaton'; did you mean 'moderation'?"});
  CHECK(Problems("name: x\nversion: \"1\"\nthemes:\n  - id: moderation\n    rules: [{word: x}]\n"
                 "  - id: child\n    parent: governance\n    rules: [{word: y}]\n") ==
        std::vector<std::string>{"t.yaml:6: error: theme 'child' has unknown parent 'governance'"});
  // Never the theme itself (that would be a cycle).
  CHECK(Problems("name: x\nversion: \"1\"\nthemes:\n  - id: reading_ks2\n    parent: reading_ks\n    rules: [{word: y}]\n") ==
        std::vector<std::string>{"t.yaml:4: error: theme 'reading_ks2' has unknown parent 'reading_ks'"});
  // A parent that is not a theme id is reported as such, not also as unknown.
  CHECK(Problems("name: x\nversion: \"1\"\nthemes:\n  - id: a\n    parent: \"b\\0\"\n    rules: [{word: x}]\n") ==
        std::vector<std::string>{"t.yaml:4: error: parent 'b\\x00' is not a theme id"});
}

TEST_CASE("regression: lexicon text with NUL or control characters is an error naming file:line, all listed",
          "[check][regression]") {
  CHECK(Problems(R"(name: x
version: "1"
themes:
  - id: moderation
    label: "Mod\aeration"
    description: "joint\u0085work"
    rules:
      - word: "moderat\0*"
      - phrase: "agreed\tjudge\nments"
      - pattern: "a\eb"
    exclude: ["moderate\rprogress"]
    exclude_patterns: ["x\0"]
  - id: governance
    description: "tabs\tand\nline breaks are text"
    rules:
      - near: "governor\x7f NEAR/5 training"
)") == std::vector<std::string>{
            "t.yaml:4: error: label 'Mod\\x07eration' holds control character U+0007",
            "t.yaml:4: error: description 'joint\\x85work' holds control character U+0085",
            "t.yaml:8: error: rule 'word:moderat\\x00*' holds a NUL byte",
            "t.yaml:10: error: rule 'pattern:a\\x1Bb' holds control character U+001B",
            "t.yaml:11: error: exclusion 'moderate\\x0Dprogress' holds control character U+000D",
            "t.yaml:12: error: exclusion pattern 'x\\x00' holds a NUL byte",
            "t.yaml:16: error: rule 'near:governor\\x7F NEAR/5 training' holds control character U+007F",
        });
  // Not UTF-8: a lexicon built in code (files are checked whole as they are read).
  returns::Lexicon lex;
  lex.source = "code.yaml";
  returns::Theme theme;
  theme.id = "a";
  theme.label = "caf\xe9";
  theme.rules = {{returns::RuleKind::kWord, "x", {}, 3}};
  theme.line = 2;
  lex.themes = {theme};
  const auto problems = returns::CheckLexicon(lex);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "code.yaml:2: error: label 'caf\\xE9' is not valid UTF-8 (byte 0xE9)");
}

TEST_CASE("regression: a pattern using backslash-C is refused, as a rule or an exclusion, with file:line",
          "[check][regression]") {
  CHECK(Problems(R"(name: x
version: "1"
themes:
  - id: any_byte
    rules:
      - pattern: '\C'
      - pattern: '(?i)moderat\C+'
      - pattern: '\\C'
      - pattern: '\Q\C\E'
      - pattern: '[\C]'
    exclude_patterns: ['a\Cb', '\\Cx']
)") == std::vector<std::string>{
            "t.yaml:6: error: pattern '\\C' uses \\C, which matches any byte and can split a character; use . for "
            "any character",
            "t.yaml:7: error: pattern '(?i)moderat\\C+' uses \\C, which matches any byte and can split a character; "
            "use . for any character",
            "t.yaml:10: error: invalid RE2 pattern '[\\C]': invalid escape sequence: \\C",
            "t.yaml:11: error: exclusion pattern 'a\\Cb' uses \\C, which matches any byte and can split a character; "
            "use . for any character",
        });
}

TEST_CASE("a theme may not be called 'none': theme:none finds the comments with no theme", "[check]") {
  const auto lex = returns::ParseLexiconYaml(
      "name: t\nversion: '1'\nthemes:\n  - id: moderation\n    rules: [{word: moderat*}]\n"
      "  - id: none\n    rules: [{word: nothing}]\n",
      "t.yaml");
  REQUIRE(lex.ok());
  const auto problems = returns::CheckLexicon(lex.value());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "t.yaml:6: error: theme id 'none' is reserved: 'theme:none' finds the comments with no theme");
  const auto compiled = returns::Matcher::Compile(lex.value());
  REQUIRE_FALSE(compiled.ok());
  CHECK(compiled.status().ToString() == problems[0].message);
}

TEST_CASE("a rule written twice in a theme is a warning, the same rule for other questions is not", "[check]") {
  const std::string yaml =
      "name: x\nversion: 1\nthemes:\n"
      "  - id: attendance\n    label: Attendance\n    rules:\n"
      "      - words: [attendance, absence]\n"       // 7
      "      - phrases: [persistent absence]\n"     // 8
      "      - words: [attendance]\n"               // 9
      "        questions: [2]\n"
      "      - phrases: [persistent absence, punctuality]\n"  // 11
      "  - id: other\n    label: Other\n    rules:\n"
      "      - words: [attendance]\n";  // another theme: its own
  CHECK(Problems(yaml) == std::vector<std::string>{
                              "t.yaml:11: warning: rule 'phrase:persistent absence' of theme 'attendance' is written "
                              "twice (first on line 8)"});
}
