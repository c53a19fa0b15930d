// Pending cues (lexicon/matcher/pending.h): phrases as patterns, the units a
// cue reaches, done cues overriding, questions, and the built-in default.
#include "lexicon/matcher/pending.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lexicon/codebook/lexicon_yaml.h"
#include "lexicon/matcher/matcher.h"

using returns::CueScope;
using returns::Matcher;
using returns::PendingCues;

namespace {

// A lexicon of two themes and the given `pending:` section ("" for none).
Matcher Compile(const std::string& pending) {
  const std::string yaml = "name: t\nversion: \"1\"\n" + pending +
                           "themes:\n"
                           "  - id: moderation\n    rules: [{word: moderat*}]\n"
                           "  - id: governance\n    rules: [{word: governor*}]\n"
                           "  - id: training\n    rules: [{word: training}]\n";
  auto lex = returns::ParseLexiconYaml(yaml, "p.yaml");
  if (!lex.ok()) FAIL(lex.status().ToString());
  auto m = Matcher::Compile(lex.value());
  if (!m.ok()) FAIL(m.status().ToString());
  return std::move(m).value();
}

const char* kSection = R"(pending:
  cues:
    - phrases: [not yet, booked for, still to be finalised, dates agreed, yet to be completed]
    - pattern: '(?:^|[.;:–-]\s+)To\s+(?:develop|arrange)\b'
    - phrase: planned for
      scope: sentence
    - phrase: in draft
      questions: [4]
  done:
    - phrases: [took place, completed]
    - phrase: have met
      scope: clause
)";

struct Row {
  const char* text;
  std::vector<std::string> themes, pending;
  int question = 0;
};

}  // namespace

TEST_CASE("CuePhrasePattern: words in order, case-folded, globs, either apostrophe", "[pending]") {
  CHECK(returns::CuePhrasePattern("not yet") == R"((?i)\bnot(?:\s|-|–|—)+yet\b)");
  CHECK(returns::CuePhrasePattern("to be finalis*") == R"((?i)\bto(?:\s|-|–|—)+be(?:\s|-|–|—)+finalis\w*)");
  CHECK(returns::CuePhrasePattern("hasn't") == R"((?i)\bhasn['’]t\b)");
  CHECK(returns::CuePhrasePattern("hasn’t") == R"((?i)\bhasn['’]t\b)");
  CHECK(returns::CuePhrasePattern("£5 saved") == "(?i)£5(?:\\s|-|–|—)+saved\\b");  // no \b before a non-word character
}

TEST_CASE("pending cues: golden table of units, done cues and questions", "[pending]") {
  const Matcher m = Compile(kSection);
  const std::vector<Row> table = {
      {"Joint moderation booked for 12 May.", {"moderation"}, {"moderation"}},
      {"Joint moderation Booked For May", {"moderation"}, {"moderation"}},           // case-folded
      {"Moderation is booked-for May", {"moderation"}, {"moderation"}},              // a hyphen separates words
      {"Moderation took place in March.", {"moderation"}, {}},
      // A done cue in the match's clause wins over a pending cue there.
      {"Moderation took place in March and more is booked for June.", {"moderation"}, {}},
      // Each clause decides for itself; the theme is pending only if every match is.
      {"Governors have met twice; moderation is booked for May.", {"governance", "moderation"}, {"moderation"}},
      // A sentence-scoped cue reaches the other clauses of its sentence ...
      {"Moderation is planned for June; governors invited.", {"governance", "moderation"},
       {"governance", "moderation"}},
      // ... unless a cue in the match's own clause decides it.
      {"Moderation is planned for June; governors have met.", {"governance", "moderation"}, {"moderation"}},
      // A clause without a cue of its own: a done cue elsewhere in the sentence beats a pending one there.
      {"Governors invited; training completed; moderation is planned for June.",
       {"governance", "moderation", "training"}, {"moderation"}},
      // A clause-scoped cue does not reach across a semicolon, nor any cue across a full stop.
      {"Moderation booked for May; governors invited.", {"governance", "moderation"}, {"moderation"}},
      {"Moderation is planned for June. Governors invited.", {"governance", "moderation"}, {"moderation"}},
      // A heading's cue stays on its line.
      {"Training – still to be finalised\nGovernors met with moderators.", {"governance", "moderation", "training"},
       {"training"}},
      {"Peer review – dates agreed\nModeration will follow.", {"moderation"}, {}},
      // Objective statements, by pattern.
      {"Priority 2: To develop moderation across schools.", {"moderation"}, {"moderation"}},
      {"To develop moderation. Governors attended.", {"governance", "moderation"}, {"moderation"}},
      // A cue limited to question 4.
      {"Moderation guidance in draft", {"moderation"}, {"moderation"}, 4},
      {"Moderation guidance in draft", {"moderation"}, {}, 2},
      {"Moderation guidance in draft", {"moderation"}, {"moderation"}, 0},  // question unknown: every cue
      {"Moderation is not yet in place", {"moderation"}, {"moderation"}},
      // A comma before and, but, while … and the word "but" end a clause too.
      {"Governors met, and moderation is booked for May.", {"governance", "moderation"}, {"moderation"}},
      {"Governors met but moderation is not yet in place.", {"governance", "moderation"}, {"moderation"}},
      {"Governors and moderators are booked for May.", {"governance", "moderation"}, {"governance", "moderation"}},
      // A done cue inside a pending cue is part of it.
      {"Moderation is yet to be completed.", {"moderation"}, {"moderation"}},
      {"Moderation is completed.", {"moderation"}, {}},
      {"Moderation is yet to happen", {"moderation"}, {}},  // not a cue of this lexicon
  };
  for (const Row& row : table) {
    INFO(row.text << " (question " << row.question << ")");
    const auto t = m.Tag(row.text, row.question);
    CHECK(t.themes == row.themes);
    CHECK(t.pending == row.pending);
  }
}

// `ahead`: answers to these questions are about work still ahead (the returns'
// question 4, "Areas for further development"): a match no cue decides is
// pending there; cues still decide first, and an unknown question is not one.
TEST_CASE("pending ahead: a match no cue decides is pending in an answer about work still ahead", "[pending]") {
  const Matcher m = Compile(std::string(kSection).replace(0, 9, "pending:\n  ahead: [4]\n"));
  const std::vector<Row> table = {
      {"Governors do not yet know what the partnership does.", {"governance"}, {"governance"}, 4},  // a cue: as before
      {"Governors know the partnership exists but little more.", {"governance"}, {"governance"}, 4},  // no cue: ahead
      {"Governors know the partnership exists but little more.", {"governance"}, {}, 2},   // not an ahead question
      {"Governors know the partnership exists but little more.", {"governance"}, {}, 0},   // unknown: not ahead
      {"Moderation took place in March; more training.", {"moderation", "training"}, {}, 4},  // a done cue reaches its sentence
      {"Moderation took place in March. More training.", {"moderation", "training"}, {"training"}, 4},
      {"Governors have met; moderation.", {"governance", "moderation"}, {"moderation"}, 4},  // a clause-scoped done cue
  };
  for (const Row& row : table) {
    INFO(row.text << " (question " << row.question << ")");
    const auto t = m.Tag(row.text, row.question);
    CHECK(t.themes == row.themes);
    CHECK(t.pending == row.pending);
  }
  // With no cue at all, the questions still decide.
  const Matcher only_ahead = Compile("pending:\n  ahead: [4, 5]\n");
  CHECK(only_ahead.Tag("Moderation.", 4).pending == std::vector<std::string>{"moderation"});
  CHECK(only_ahead.Tag("Moderation.", 5).pending == std::vector<std::string>{"moderation"});
  CHECK(only_ahead.Tag("Moderation.", 3).pending.empty());
  auto lex = returns::ParseLexiconYaml("name: t\nversion: \"1\"\npending:\n  ahead: [4, 5]\nthemes: []\n", "a.yaml");
  REQUIRE(lex.ok());
  CHECK(lex.value().pending->ahead == std::vector<int>{4, 5});
}

// `scope: match`: a cue that decides only the matches lying inside its own
// text, before any clause or sentence cue. "Extend X to Y" says X exists
// (done) and leaves Y to the other cues, or to `ahead` (question 4).
TEST_CASE("pending scope match: a cue decides only the matches inside its own text", "[pending]") {
  const Matcher m = Compile(
      "pending:\n  ahead: [4]\n  cues:\n    - phrase: not yet\n    - pattern: '(?i)\\bsubject to \\w+'\n      scope: match\n"
      "  done:\n    - pattern: '(?i)\\b(?:extend|extending)\\s+(?:\\w+\\s+){1,3}?(?:to|into)\\b'\n      scope: match\n"
      "    - phrase: took place\n");
  const std::vector<Row> table = {
      // Inside the done cue's text: done; after it: no cue decides, so question 4 reads it as ahead.
      {"Extend moderation to include governors", {"governance", "moderation"}, {"governance"}, 4},
      {"Extend moderation to include governors", {"governance", "moderation"}, {}, 2},
      {"Extend governor training into moderation", {"governance", "moderation", "training"}, {"moderation"}, 4},
      // The match-scoped cue decides before a pending cue in the clause ...
      {"Extend moderation to governors, not yet agreed", {"governance", "moderation"}, {"governance"}, 2},
      // ... and reaches nothing outside its text, even in its own clause.
      {"Governors: extend moderation to all", {"governance", "moderation"}, {"governance"}, 4},
      // A pending cue of match scope marks only what it holds; a done cue elsewhere in the clause does not undo it.
      {"Training took place, subject to moderation", {"moderation", "training"}, {"moderation"}, 2},
      {"Moderation took place; training subject to governors", {"governance", "moderation", "training"}, {"governance"}, 2},
  };
  for (const Row& row : table) {
    INFO(row.text << " (question " << row.question << ")");
    const auto t = m.Tag(row.text, row.question);
    CHECK(t.themes == row.themes);
    CHECK(t.pending == row.pending);
  }
  auto lex = returns::ParseLexiconYaml(
      "name: t\nversion: \"1\"\npending:\n  done:\n    - phrase: extend\n      scope: match\nthemes: []\n", "s.yaml");
  REQUIRE(lex.ok());
  CHECK(lex.value().pending->done[0].scope == CueScope::kMatch);
}

TEST_CASE("a lexicon without a pending section uses the built-in cues, an empty one marks nothing", "[pending]") {
  const Matcher built_in = Compile("");
  CHECK(built_in.Tag("Moderation has been postponed until next year").pending == std::vector<std::string>{"moderation"});
  CHECK(built_in.Tag("Moderation is yet to happen").pending == std::vector<std::string>{"moderation"});
  CHECK(built_in.Tag("Moderation took place").pending.empty());
  const Matcher none = Compile("pending: {}\n");
  CHECK(none.Tag("Moderation has been postponed until next year").pending.empty());
  CHECK(none.Tag("Moderation has been postponed until next year").themes == std::vector<std::string>{"moderation"});
}

TEST_CASE("PendingCues::Find: every cue's places, by start, with kind and scope", "[pending]") {
  auto lex = returns::ParseLexiconYaml("name: t\nversion: \"1\"\n" + std::string(kSection) + "themes: []\n", "p.yaml");
  REQUIRE(lex.ok());
  auto cues = PendingCues::Compile(*lex.value().pending, "p.yaml");
  REQUIRE(cues.ok());
  const std::string text = "Moderation took place; more is planned for June, not yet booked for May.";
  const auto found = cues.value()->Find(text);
  std::vector<std::string> seen;
  for (const auto& f : found) {
    seen.push_back(text.substr(f.start, f.end - f.start) + (f.done ? " done" : " pending") +
                   (f.scope == CueScope::kSentence ? " sentence" : f.scope == CueScope::kMatch ? " match" : " clause"));
  }
  CHECK(seen == std::vector<std::string>{"took place done sentence", "planned for pending sentence",
                                         "not yet pending clause", "booked for pending clause"});
}

TEST_CASE("pending section errors name file and line", "[pending][errors]") {
  auto error = [](const std::string& pending) {
    const auto lex = returns::ParseLexiconYaml("name: x\nversion: 1\n" + pending + "themes: []\n", "e.yaml");
    if (!lex.ok()) return lex.status().ToString();
    const auto m = Matcher::Compile(lex.value());
    return m.ok() ? std::string("ok") : m.status().ToString();
  };
  CHECK(error("pending: [not yet]\n") == "e.yaml:3: error: 'pending' must be a map with 'cues', 'done' and 'ahead'");
  CHECK(error("pending:\n  later: []\n") == "e.yaml:4: error: unknown pending field 'later' (cues, done, ahead)");
  CHECK(error("pending:\n  ahead: 4\n") == "e.yaml:4: error: 'ahead' must be a list of question numbers 1-5");
  CHECK(error("pending:\n  ahead: [0]\n") == "e.yaml:4: error: question must be a number from 1 to 5");
  CHECK(error("pending:\n  ahead: [four]\n") == "e.yaml:4: error: question must be a number from 1 to 5");
  CHECK(error("pending:\n  cues: not yet\n") == "e.yaml:4: error: 'cues' must be a list of cues");
  CHECK(error("pending:\n  cues:\n    - phrase: not yet\n      scope: paragraph\n") ==
        "e.yaml:6: error: a cue's scope is 'clause', 'sentence' or 'match'");
  CHECK(error("pending:\n  cues:\n    - phrase: not yet\n      pattern: x\n") ==
        "e.yaml:5: error: a cue has exactly one of phrase or pattern");
  CHECK(error("pending:\n  cues:\n    - word: yet\n") ==
        "e.yaml:5: error: unknown cue field 'word' (phrase, pattern, scope, questions)");
  CHECK(error("pending:\n  done:\n    - pattern: '(took'\n") ==
        "e.yaml:5: error: invalid RE2 pattern '(took': missing ): (took");
  CHECK(error("pending:\n  cues:\n    - phrase: not yet\n      questions: [6]\n") ==
        "e.yaml:6: error: question must be a number from 1 to 5");
  CHECK(error("pending:\n  cues:\n    - pattern: 'a\\Cb'\n") ==
        "e.yaml:5: error: cue pattern 'a\\Cb' uses \\C, which matches any byte and can split a character; "
        "use . for any character");
  CHECK(error("pending:\n  cues: []\n  done: []\n") == "ok");
}
