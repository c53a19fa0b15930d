// Agreement of a lexicon with a careful human coder: per-theme precision,
// recall and F1 over hand-coded comments, the micro average, and each
// disagreement. Pure computation; thread-safe.
#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/matcher/matcher.h"

namespace returns {

struct GoldComment {
  std::string id;
  std::string text;
  int question = 0;
  std::vector<std::string> themes;  // the coder's themes
  int line = 0;
};

// JSON Lines with "text" and "themes" (and optionally "id", "question",
// "round"). A later line with the same id (and round) replaces an earlier one:
// a corrections file (the web page's) logs every correction of a comment, and
// the last says what the officer settled on.
Result<std::vector<GoldComment>> ReadGold(std::istream& in, const std::string& source);

struct ThemeScore {
  int true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct Disagreement {
  std::string id;
  std::string theme;
  bool tagger_only = false;  // the tagger said it, the coder did not (else the reverse)
  std::string text;
  std::vector<ThemeMatch> matches;  // the tagger's matches for that theme
};

struct Evaluation {
  std::map<std::string, ThemeScore> themes;  // every lexicon theme
  ThemeScore micro;
  std::vector<Disagreement> disagreements;
  std::vector<std::string> unknown_themes;  // in the gold set but not in the lexicon
};

Evaluation Evaluate(const std::vector<GoldComment>& gold, const Matcher& matcher);

// A table of theme, coded, P, R, F1, then the micro average; with `show`,
// every disagreement with its text.
void WriteEvaluation(const Evaluation& e, bool show, std::ostream& out);

}  // namespace returns
