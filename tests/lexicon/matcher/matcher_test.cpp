#include "lexicon/matcher/matcher.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "lexicon/codebook/lexicon_yaml.h"
#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"

using returns::Matcher;

namespace {

Matcher Compile(const std::string& yaml) {
  auto lex = returns::ParseLexiconYaml(yaml, "test.yaml");
  REQUIRE(lex.ok());
  auto m = Matcher::Compile(lex.value());
  if (!m.ok()) FAIL(m.status().ToString());
  return std::move(m).value();
}

const char* kLexicon = R"(
name: test
version: "0.1"
themes:
  - id: moderation
    label: Moderation
    rules:
      - word: moderat*
      - word: levelling
      - phrase: agreed judgements
    exclude: [moderate progress]
    exclude_patterns: ['(?i)moderately']
  - id: learning_walks
    rules:
      - phrase: learning walk*
      - phrase: walk-through
  - id: elc
    rules:
      - acronym: ELC
  - id: teaching_assistants
    rules:
      - acronym: TA
  - id: transition
    rules:
      - pattern: 'Y[0-9]/[0-9]'
  - id: governance
    rules:
      - word: governor*
      - near: board NEAR/3 schools
  - id: data
    parent: assessment
    rules:
      - word: data
        questions: [2]
  - id: assessment
    rules:
      - word: assessment
)";

struct Row {
  const char* text;
  std::vector<std::string> themes;
};

}  // namespace

TEST_CASE("tagging golden table: every rule kind", "[matcher]") {
  const Matcher m = Compile(kLexicon);
  const std::vector<Row> table = {
      {"Joint moderation meetings", {"moderation"}},
      {"Staff moderated writing", {"moderation"}},
      {"Pupils made moderate progress", {}},                     // exclusion phrase
      {"Moderately good outcomes", {}},                          // exclusion pattern
      {"Consistency in levelling", {"moderation"}},
      {"We reached agreed judgements", {"moderation"}},
      {"Learning walks across schools", {"learning_walks"}},
      {"after a learning\nwalk at Downs View", {"learning_walks"}},  // phrase across a line break
      {"a walk-through of classrooms", {"learning_walks"}},
      {"learning about walks", {}},
      {"The ELC course", {"elc"}},
      {"the elc course", {}},                                    // acronyms are case-sensitive
      {"a parcel shipped", {}},                                  // letters inside other words
      {"TAs and TA’s training", {"teaching_assistants"}},         // plural and possessive
      {"Y6/7 transition", {"transition"}},
      {"Governors attended", {"governance"}},
      {"The board brings schools together", {"governance"}},    // board within 3 of schools
      {"The board met. Our schools are small", {}},              // not in the same sentence
      {"The board of the local primary and secondary schools", {}},  // too far apart
  };
  for (const Row& row : table) {
    INFO(row.text);
    CHECK(m.Tag(row.text).themes == row.themes);
  }
}

TEST_CASE("a match records theme, rule, byte span and text", "[matcher]") {
  const Matcher m = Compile(kLexicon);
  const std::string text = "Heads’ moderation and learning walks";
  const auto t = m.Tag(text);
  REQUIRE(t.matches.size() == 2);
  CHECK(t.matches[0].theme == "moderation");
  CHECK(t.matches[0].rule == "word:moderat*");
  CHECK(t.matches[0].text == "moderation");
  CHECK(text.substr(t.matches[0].start, t.matches[0].end - t.matches[0].start) == "moderation");
  CHECK(t.matches[1].theme == "learning_walks");
  CHECK(t.matches[1].rule == "phrase:learning walk*");
  CHECK(t.matches[1].text == "learning walks");
}

TEST_CASE("rules limited to questions", "[matcher]") {
  const Matcher m = Compile(kLexicon);
  CHECK(m.Tag("sharing data", 2).themes == std::vector<std::string>{"assessment", "data"});
  CHECK(m.Tag("sharing data", 3).themes.empty());
  CHECK(m.Tag("sharing data", 0).themes == std::vector<std::string>{"assessment", "data"});  // question unknown
}

TEST_CASE("hierarchy: a theme's ancestors, and tags rolling up to them", "[matcher]") {
  const Matcher m = Compile(kLexicon);
  CHECK(m.Ancestors("data") == std::vector<std::string>{"assessment"});
  CHECK(m.Ancestors("assessment").empty());
  const auto t = m.Tag("Data sharing is planned for June.", 2);
  CHECK(t.themes == std::vector<std::string>{"assessment", "data"});
  CHECK(t.pending == std::vector<std::string>{"assessment", "data"});
  REQUIRE(t.matches.size() == 1);  // the match itself names the theme that matched
  CHECK(t.matches[0].theme == "data");
  // The parent's own match happened: the parent is not pending, the child is.
  const auto mixed = m.Tag("Assessment done. Data sharing is planned for June.", 2);
  CHECK(mixed.pending == std::vector<std::string>{"data"});
}

TEST_CASE("pending: hits in a clause saying the work has not happened", "[matcher][pending]") {
  const Matcher m = Compile(kLexicon);
  struct Case {
    const char* text;
    std::vector<std::string> themes;
    std::vector<std::string> pending;
  };
  const std::vector<Case> cases = {
      {"Learning walks have not happened yet.", {"learning_walks"}, {"learning_walks"}},
      {"Joint moderation – yet to be achieved", {"moderation"}, {"moderation"}},
      {"Moderation has been postponed until next year", {"moderation"}, {"moderation"}},
      {"Governor training – still to be finalised – Term 1", {"governance"}, {"governance"}},
      {"No progress has been made to date on moderation.", {"moderation"}, {"moderation"}},
      {"Learning walks not yet arranged", {"learning_walks"}, {"learning_walks"}},
      // One clause done, one pending: the theme is not pending.
      {"Moderation took place in March. Further moderation is planned for June.", {"moderation"}, {}},
      // The cue is in another sentence.
      {"Moderation was strong. Learning walks have not happened yet.", {"learning_walks", "moderation"}, {"learning_walks"}},
      {"Regular moderation meetings", {"moderation"}, {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto t = m.Tag(c.text);
    CHECK(t.themes == c.themes);
    CHECK(t.pending == c.pending);
  }
  const auto mixed = m.Tag("Moderation took place in March. Further moderation is planned for June.");
  REQUIRE(mixed.matches.size() == 2);
  CHECK_FALSE(mixed.matches[0].pending);
  CHECK(mixed.matches[1].pending);
}

TEST_CASE("all rules: every part in one sentence, in any order", "[matcher][all]") {
  const Matcher m = Compile(R"(name: t
version: "1"
themes:
  - id: relationships
    rules:
      - all: [head*, each other]
      - all: [trust*, school*, open*]
        questions: [3]
  - id: shared_resources
    rules:
      - all: [joint*, contract*]
      - all: [buy*|bought|commission*, between us|together]   # a part may list alternatives
  - id: peer_review
    rules:
      - near: observ*|watch* NEAR/3 lesson*|colleague*          # so may a NEAR side
)");
  const std::vector<Row> table = {
      {"Heads support each other", {"relationships"}},
      {"We rely on each other, all six heads", {"relationships"}},                // any order
      {"Heads meet termly; we ring each other often", {"relationships"}},        // a semicolon is inside a sentence
      {"Heads meet termly. We ring each other often", {}},                       // not across a full stop
      {"Heads meet termly\nwe ring each other often", {}},                       // nor a line break
      {"Heads support each", {}},                                                 // a phrase part needs all its words
      {"We trust that schools are open", {"relationships"}},                     // three parts
      {"We trust the schools", {}},
      {"A joint cleaning contract", {"shared_resources"}},
      {"Contracts were signed jointly", {"shared_resources"}},                   // globs
      {"The contract was joined by five schools", {}},
      {"Buying in a music specialist between us", {"shared_resources"}},
      {"We commissioned a therapist together", {"shared_resources"}},
      {"We bought it", {}},
      {"Together we watched", {}},
      {"Watching a colleague teach", {"peer_review"}},
      {"Lessons were observed", {"peer_review"}},
      {"Lessons were then carefully observed", {}},  // 4 apart
  };
  for (const Row& row : table) {
    INFO(row.text);
    CHECK(m.Tag(row.text).themes == row.themes);
  }
  CHECK(m.Tag("We trust that schools are open", 2).themes.empty());  // limited to question 3
  const auto t = m.Tag("They ring each other, the two heads.");
  REQUIRE(t.matches.size() == 1);
  CHECK(t.matches[0].rule == "all:[head*, each other]");
  CHECK(t.matches[0].text == "each other, the two heads");  // from the first part found to the last
  const auto alt = m.Tag("Bought between us");
  REQUIRE(alt.matches.size() == 1);
  CHECK(alt.matches[0].rule == "all:[buy*|bought|commission*, between us|together]");
  CHECK(alt.matches[0].text == "Bought between us");  // a phrase alternative's last word ends the span
}

TEST_CASE("compile errors name file and line", "[matcher][errors]") {
  auto error = [](const std::string& yaml) {
    auto lex = returns::ParseLexiconYaml(yaml, "bad.yaml");
    REQUIRE(lex.ok());
    auto m = Matcher::Compile(lex.value());
    REQUIRE_FALSE(m.ok());
    return m.status().ToString();
  };
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - pattern: 'Y[0-9'\n") ==
        "bad.yaml:6: error: invalid RE2 pattern 'Y[0-9': missing ]: [0-9");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules: [{word: x}]\n  - id: a\n    rules: [{word: y}]\n") ==
        "bad.yaml:6: error: duplicate theme id 'a'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    parent: nowhere\n    rules: [{word: x}]\n") ==
        "bad.yaml:4: error: theme 'a' has unknown parent 'nowhere'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - near: governor NEAR training\n") ==
        "bad.yaml:6: error: a near rule reads 'A NEAR/N B' with N > 0: 'governor NEAR training'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - near: a||b NEAR/2 c\n") ==
        "bad.yaml:6: error: a near rule has an empty alternative: 'a||b NEAR/2 c'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - all: [a|, b]\n") ==
        "bad.yaml:6: error: an all rule has an empty part or alternative: '[a|, b]'");
  CHECK(error("name: x\nversion: 1\nthemes:\n  - id: a\n    parent: b\n    rules: [{word: x}]\n"
              "  - id: b\n    parent: a\n    rules: [{word: y}]\n") ==
        "bad.yaml:4: error: theme 'a' is its own ancestor");
}

namespace {

// Matcher::Compile's error on a YAML lexicon read from `yaml` as "bad.yaml".
std::string CompileError(const std::string& yaml) {
  auto lex = returns::ParseLexiconYaml(yaml, "bad.yaml");
  REQUIRE(lex.ok());
  auto m = Matcher::Compile(lex.value());
  REQUIRE_FALSE(m.ok());
  return m.status().ToString();
}

bool OnBoundary(std::string_view text, size_t at) {
  return at == text.size() || (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

}  // namespace

TEST_CASE("regression: a theme id with a NUL byte is refused by Matcher::Compile, so tag never aborts", "[matcher][errors][regression]") {
  // lexicon check said 0 errors, then tag aborted.
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: \"mod\\0eration\"\n    rules: [{word: moderation}]\n") ==
        "bad.yaml:4: error: theme id 'mod\\x00eration' is not an identifier: lower-case ASCII letters and digits, "
        "words joined by '_' (such as 'mod_eration')");
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: \"\"\n    rules: [{word: moderation}]\n") ==
        "bad.yaml:4: error: theme id is empty");
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: a\n    label: \"A\\0\"\n    rules: [{word: x}]\n") ==
        "bad.yaml:4: error: label 'A\\x00' holds a NUL byte");
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - acronym: \"TA\\x01\"\n") ==
        "bad.yaml:6: error: rule 'acronym:TA\\x01' holds control character U+0001");
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: a\n    rules: [{word: x}]\n    exclude: [\"x\\0y\"]\n") ==
        "bad.yaml:6: error: exclusion 'x\\x00y' holds a NUL byte");
}

TEST_CASE("regression: a pattern using backslash-C is refused, so no match splits a character",
          "[matcher][errors][regression]") {
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - pattern: '\\C'\n") ==
        "bad.yaml:6: error: pattern '\\C' uses \\C, which matches any byte and can split a character; "
        "use . for any character");
  CHECK(CompileError("name: x\nversion: 1\nthemes:\n  - id: a\n    rules: [{word: x}]\n"
                     "    exclude_patterns: ['x\\C']\n") ==
        "bad.yaml:6: error: exclusion pattern 'x\\C' uses \\C, which matches any byte and can split a character; "
        "use . for any character");
  // A backslash then C, and \C quoted literally, are ordinary patterns.
  const Matcher m = Compile("name: x\nversion: 1\nthemes:\n  - id: a\n    rules:\n      - pattern: '\\\\C'\n"
                            "      - pattern: '\\Q\\C\\E'\n");
  const auto t = m.Tag("a path: C:\\Cé");
  REQUIRE(t.matches.size() == 1);
  CHECK(t.matches[0].text == "\\C");
}

TEST_CASE("TagAll gives every input what Tag gives it, over the bundled corpus", "[matcher][corpus]") {
  const std::vector<returns::CommentRecord> records = returns::test::BundledRecords();
  const Matcher& m = returns::test::DefaultMatcher();
  // Each comment for its own question, for none (0) and for question 4 (work still ahead: pending differs).
  std::vector<Matcher::Input> inputs;
  for (const returns::CommentRecord& r : records) {
    for (int q : {r.question, 0, 4}) inputs.push_back({r.text, q});
  }
  const std::vector<returns::Tagging> all = m.TagAll(inputs);
  REQUIRE(all.size() == inputs.size());
  size_t matches = 0, pending = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const returns::Tagging one = m.Tag(inputs[i].text, inputs[i].question);
    INFO("input " << i << ", question " << inputs[i].question);
    CHECK(all[i].themes == one.themes);
    CHECK(all[i].pending == one.pending);
    REQUIRE(all[i].matches.size() == one.matches.size());
    for (size_t k = 0; k < one.matches.size(); ++k) {
      const returns::ThemeMatch &a = all[i].matches[k], &b = one.matches[k];
      CHECK(std::tie(a.theme, a.rule, a.start, a.end, a.text, a.pending) ==
            std::tie(b.theme, b.rule, b.start, b.end, b.text, b.pending));
    }
    matches += one.matches.size();
    pending += one.pending.size();
  }
  CHECK(matches > 1000);  // the corpus is tagged, not empty
  CHECK(pending > 100);   // and some of it pending
  CHECK(m.TagAll({}).empty());
}

TEST_CASE("every match span lies on UTF-8 character boundaries, over the bundled corpus", "[matcher][corpus]") {
  const std::vector<returns::CommentRecord> records = returns::test::BundledRecords();
  // The default lexicon, and patterns that reach into characters of more than
  // one byte: any one character, runs of them, words ending in ’s, and empty
  // matches (the search steps past those one byte at a time).
  const Matcher reaching = Compile(R"(name: reaching
version: "1"
themes:
  - id: any_character
    rules:
      - pattern: '(?s).'
  - id: not_ascii
    rules:
      - pattern: '[^\x00-\x7F]+'
      - pattern: '(?i)\w+’s\b'
      - pattern: 'x*'
)");
  size_t matches = 0, multibyte = 0;
  for (const Matcher* m : {&returns::test::DefaultMatcher(), &reaching}) {
    for (const returns::CommentRecord& r : records) {
      for (const returns::ThemeMatch& match : m->Tag(r.text, r.question).matches) {
        ++matches;
        INFO(r.id << " " << match.rule << " [" << match.start << ", " << match.end << ")");
        REQUIRE(match.start < match.end);
        REQUIRE(match.end <= r.text.size());
        CHECK(OnBoundary(r.text, match.start));
        CHECK(OnBoundary(r.text, match.end));
        CHECK(match.text == r.text.substr(match.start, match.end - match.start));
        multibyte += std::any_of(match.text.begin(), match.text.end(), [](char c) { return (c & 0x80) != 0; });
      }
    }
  }
  CHECK(matches > 50000);  // every character, by (?s).
  CHECK(multibyte > 100);  // the test reached characters of more than one byte
}
