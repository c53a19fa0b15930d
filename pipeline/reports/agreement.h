// Agreement between two codings of the same comments (coding.h): two human
// coders, or a coder and the tagger. What NVivo's coding comparison and
// MAXQDA's intercoder agreement give, counted over comments (the unit a
// coder codes), never over characters, so uncoded text cannot inflate it.
//
// For each theme, a 2×2 table over the compared comments — both coded it,
// only the first, only the second, neither — gives:
//   Cohen's kappa      (po − pe) / (1 − pe), po the share of comments agreed
//                      on, pe the agreement expected by chance from each
//                      coder's own rate;
//   Krippendorff's     nominal, two coders, no missing values:
//   alpha              1 − (2n − 1)·(first_only + second_only) / (n₀·n₁),
//                      n₀ and n₁ the 0 and 1 values over both coders (2n);
//   precision, recall  of the second against the first (the first is the
//   and F1             reference: the careful coder, the gold file).
// Pending (a theme only planned) is compared the same way over comments
// both codings coded for pending: the label "theme T, pending" (micro
// P/R/F1, kappa), and, where both have the theme, whether they agree it is
// pending. Pure computation; thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/reports/coding.h"

namespace returns {

// One yes/no label over the compared comments.
struct LabelTable {
  int both = 0, first_only = 0, second_only = 0, neither = 0;

  int first() const { return both + first_only; }    // the first coder said yes
  int second() const { return both + second_only; }  // the second said yes
  int n() const { return both + first_only + second_only + neither; }
  // Of the second against the first. With nothing to count (no yes from
  // either) both are 1: nothing coded and nothing tagged is full agreement.
  double precision() const;
  double recall() const;
  double f1() const;
  double observed() const;  // share of comments agreed on; 1 when n is 0
  // NaN when undefined: every comment has the same value from both coders
  // (kappa, alpha) — there is no variation to agree on.
  double kappa() const;
  double alpha() const;
  void Add(bool first, bool second);
  LabelTable& operator+=(const LabelTable& other);
};

struct ThemeAgreement {
  LabelTable themes;        // has the theme
  LabelTable pending;       // has the theme as pending (comments both coded for pending)
  LabelTable pending_when_both;  // pending or not, where both have the theme
};

// A comment of the first coding and the same comment in the second.
struct CodedPair {
  const CodedComment* first = nullptr;
  const CodedComment* second = nullptr;
};

// Comments matched by id, then what is left by text; each matched once.
struct Pairing {
  std::vector<CodedPair> pairs;  // in the first coding's order
  int by_id = 0, by_text = 0;
  std::vector<const CodedComment*> first_unmatched, second_unmatched;
};

// REQUIRES: `first` and `second` outlive the result.
Pairing PairComments(const std::vector<CodedComment>& first, const std::vector<CodedComment>& second);

struct CodingDisagreement {
  const CodedPair* pair = nullptr;
  std::string theme;
  bool on_pending = false;  // they agree on the theme, not on whether it is pending
  bool first_says = false;  // the first has the theme (or has it pending); else the second
};

struct Agreement {
  std::vector<std::string> theme_ids;  // the rows, in this order
  std::map<std::string, ThemeAgreement> themes;
  ThemeAgreement all;  // every comment × theme decision pooled (micro)
  int compared = 0;          // pairs
  int pending_compared = 0;  // pairs both coded for pending
  std::vector<CodingDisagreement> disagreements;  // by pair, then theme
};

// Compares the pairs on `theme_ids` (a theme in neither list is left out;
// see ThemesOf). REQUIRES: `pairs` outlives the result.
Agreement Compare(const std::vector<CodedPair>& pairs, const std::vector<std::string>& theme_ids);

// Every theme either side of the pairs coded, sorted.
std::vector<std::string> ThemesOf(const std::vector<CodedPair>& pairs);

}  // namespace returns
