// What a lexicon misses and what it over-catches, from a coder's gold file:
// for each theme, the words and two-word phrases of the comments the coder
// gave the theme and the lexicon missed, ranked by keyness against the rest
// of the gold comments; and the rules that fire most on comments the coder
// did not give the theme. The person keeping the codebook reads these and
// decides: nothing here edits a lexicon.
//
// Keyness is Dunning's log-likelihood G² (Rayson & Garside 2000) of a term's
// frequency in the missed comments (a of c words) against the rest (b of d):
//   E1 = c·(a+b)/(c+d), E2 = d·(a+b)/(c+d), G² = 2·(a·ln(a/E1) + b·ln(b/E2))
// counting only terms more frequent in the missed comments than in the rest
// (a/c > b/d), held by at least `min_comments` of them, with G² of at least
// `min_keyness`. Words are case
// folded, stop words, numbers and one-letter words out (content_words.h); a
// phrase is two such words side by side. Pure; thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lexicon/matcher/matcher.h"

namespace returns {

struct SuggestComment {
  std::string label;  // what reports show: the id, or file:line
  std::string text;
  int question = 0;
  std::vector<std::string> themes;  // the coder's
};

struct SuggestOptions {
  size_t candidates = 10;     // per theme, best first
  unsigned min_comments = 2;  // a candidate is held by at least this many missed comments
  double min_keyness = 3.84;  // and G² at least this: 3.84 is p < 0.05 (one degree of freedom)
  size_t rules = 5;           // over-firing rules per theme, most first
};

struct Example {
  std::string label;
  std::string text;
  std::vector<std::pair<size_t, size_t>> spans;  // byte spans of the term (or the rule's matches)
};

struct Candidate {
  std::string term;          // "walks", "learning walk"
  bool phrase = false;
  unsigned missed = 0;       // missed comments holding it
  unsigned rest = 0;         // other gold comments holding it
  double keyness = 0;        // G²
  Example example;           // the first missed comment holding it
};

struct OverFiring {
  std::string rule;    // RuleName: "word:moderat*"
  unsigned comments = 0;  // comments the coder did not give the theme where it fired
  Example example;
};

struct ThemeSuggestions {
  std::string theme;
  unsigned coded = 0;    // comments the coder gave it
  unsigned missed = 0;   // of those, the lexicon did not tag
  unsigned tagged_not_coded = 0;
  std::vector<Candidate> candidates;
  std::vector<OverFiring> rules;
};

// One entry per lexicon theme, in lexicon order.
std::vector<ThemeSuggestions> Suggest(const std::vector<SuggestComment>& gold, const Matcher& matcher,
                                      const SuggestOptions& options = {});

// Dunning's G² for `a` of `c` words against `b` of `d` (above).
double LogLikelihood(double a, double b, double c, double d);

}  // namespace returns
