// A theme lexicon: the codebook as data. A lexicon has a name, a version and
// themes; each theme has rules that say where a comment talks about it.
//
// Rule kinds (see README.md, "Lexicon format"):
//   word      a case-folded token, '*' a glob:   moderat*, governor*
//   phrase    consecutive tokens, globs allowed:  learning walk*  (across line breaks)
//   acronym   case-sensitive token (plural/possessive s allowed): ELC, GB, TA
//   pattern   an RE2 pattern over the comment text: Y[0-9]/[0-9]
//   near      A within N tokens of B in one clause: governor* NEAR/5 training;
//             a side may be a phrase or alternatives: each other*|one another
//   all       every part (a word or phrase, globs allowed, or alternatives
//             joined by '|') in one sentence, in any order: [support*, each other]
// Each rule may be limited to some questions. A theme's exclusions (phrases
// or patterns) cancel its matches lying inside them ("moderate progress").
// Themes may name a parent theme; counts roll up to it.
//
// A lexicon may hold pending rules (PendingRules): cues saying that the work
// a match talks about has not happened yet, and cues saying that it has.
//
// Plain values. A Lexicon is built once, then compiled into a Matcher.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace returns {

enum class RuleKind { kWord, kPhrase, kAcronym, kPattern, kNear, kAll };

struct Rule {
  RuleKind kind = RuleKind::kWord;
  std::string text;             // as written in the lexicon: "learning walk*", "governor* NEAR/5 training";
                                // an all rule's parts as a list: "[support*, each other]"
  std::vector<int> questions;   // empty: every question
  int line = 0;                 // line in the lexicon file (0 when built in code)
  std::vector<std::string> parts = {};  // all: the parts, each a word or phrase
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

// Where a pending cue reaches: its clause (between . ! ? ; line breaks and
// a comma before and, but, while, …), its sentence (between . ! ? and line
// breaks), or only the matches lying inside the text it matched ("Extend
// learning walks to include middle leaders": the walks being extended exist).
// lexicon/matcher/pending.h has the details.
enum class CueScope { kClause, kSentence, kMatch };

// A cue: a phrase (words in order, case-folded, '*' a glob, separated by
// spaces or hyphens) or an RE2 pattern over the comment text.
struct Cue {
  bool pattern = false;
  std::string text;
  CueScope scope = CueScope::kClause;
  std::vector<int> questions;  // empty: every question
  int line = 0;
};

// When a match is pending (README "Lexicon format", "Pending"): the nearest
// unit that holds a cue decides. Cues in the match's own clause first: a
// `done` cue there means not pending, else a `pending` cue means pending.
// Then sentence-scoped cues in the rest of its sentence, in the same way.
// A match no cue decides is not pending, unless its record answers one of the
// `ahead` questions (the returns' question 4, "Areas for further development"),
// whose answers are about work still ahead: there it is pending.
struct PendingRules {
  std::vector<Cue> pending;  // the work has not happened yet: "not yet", "booked for"
  std::vector<Cue> done;     // some of it has: "took place", "completed"
  std::vector<int> ahead;    // questions (1-5) answered with work still ahead; an unknown question (0) is not one
  int line = 0;              // of the `pending:` key
};

struct Lexicon {
  std::string name;
  std::string version;
  std::vector<Theme> themes;
  // The lexicon's pending rules; none given: the built-in default
  // (DefaultPendingRules in lexicon/matcher/pending.h).
  std::optional<PendingRules> pending;
  std::string source;  // file it was read from
  // Problems an importer met but could represent (unsupported entries): "file:line: warning: …".
  std::vector<std::string> warnings;
};

// The rule's stable name in output: "word:moderat*", "near:governor* NEAR/5 training",
// "all:[support*, each other]".
std::string RuleName(const Rule& rule);

}  // namespace returns
