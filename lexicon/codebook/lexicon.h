// A theme lexicon: the codebook as data. A lexicon has a name, a version and
// themes; each theme has rules that say where a comment talks about it.
//
// Rule kinds (see README.md, "Lexicon format"):
//   word      a case-folded token, '*' a glob:   moderat*, governor*
//   phrase    consecutive tokens, globs allowed:  learning walk*  (across line breaks)
//   acronym   case-sensitive token (plural/possessive s allowed): ELC, GB, TA
//   pattern   an RE2 pattern over the comment text: Y[0-9]/[0-9]
//   near      A within N tokens of B in one sentence: governor* NEAR/5 training
// Each rule may be limited to some questions. A theme's exclusions (phrases
// or patterns) cancel its matches lying inside them ("moderate progress").
// Themes may name a parent theme; counts roll up to it.
//
// Plain values. A Lexicon is built once, then compiled into a Matcher.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace returns {

enum class RuleKind { kWord, kPhrase, kAcronym, kPattern, kNear };

struct Rule {
  RuleKind kind = RuleKind::kWord;
  std::string text;             // as written in the lexicon: "learning walk*", "governor* NEAR/5 training"
  std::vector<int> questions;   // empty: every question
  int line = 0;                 // line in the lexicon file (0 when built in code)
};

struct Exclusion {
  bool pattern = false;  // an RE2 pattern; otherwise a phrase (globs allowed)
  std::string text;
  int line = 0;
};

struct Theme {
  std::string id;
  std::string label;
  std::string description;
  std::optional<std::string> parent;
  std::vector<Rule> rules;
  std::vector<Exclusion> exclusions;
  int line = 0;
};

struct Lexicon {
  std::string name;
  std::string version;
  std::vector<Theme> themes;
  std::string source;  // file it was read from
  // Problems an importer met but could represent (unsupported entries): "file:line: warning: …".
  std::vector<std::string> warnings;
};

// The rule's stable name in output: "word:moderat*", "near:governor* NEAR/5 training".
std::string RuleName(const Rule& rule);

}  // namespace returns
