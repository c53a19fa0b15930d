// The phases of Matcher::Tag, in the order Tag runs them. Internal to the
// lexicon library: declared here so that tests can run each phase on its own
// against a lexicon compiled with internal::CompileLexicon.
//
// Finding hits (find_hits.cpp). A hit is a rule and the byte span it covers;
// the finders append to one `hits` vector that Tag owns:
//   FindWordHits     word, phrase and acronym rules, token by token; the
//                    places of NEAR sides and all rules' parts are noted on
//                    the way (KeepCompleteRules drops those of rules missing
//                    a part, SortPlaces sorts the rest for the next two)
//   FindNearHits     NEAR rules: the two sides within N tokens, one clause
//   FindAllHits      all rules: every part in one sentence, any order
//   FindPatternHits  pattern rules: one RE2::Set pass over the text, then
//                    spans from only the patterns that matched
//
// Exclusions (exclusions.cpp):
//   DropExcludedHits  a hit lying inside one of its theme's exclusions goes
//
// From hits to matches (matches.cpp):
//   SortHits                 by position, then theme, then lexicon order
//   MarkPending              does each hit's clause or sentence say the work
//                            has not happened yet (pending.h)?
//   FiredRules               names of the rules that hit (RulesFired only)
//   OneMatchPerThemeAndSpan  the first rule in lexicon order stands for its
//                            theme on a span; notes which themes are pending
//
// Roll-up (roll_up.cpp):
//   RollUp  the themes matched and all their ancestors; which are pending
//
// Rules limited to some questions hit only for those questions (question 0,
// unknown, lets every rule hit).
//
// Every phase reads the compiled lexicon and writes only its arguments, so
// threads may run phases at once on their own vectors.
#pragma once

#include <map>
#include <tuple>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/text/tokenize.h"
#include "lexicon/matcher/compiled_lexicon.h"

namespace returns {
namespace internal {

// A rule (index into Matcher::Compiled::rules) hitting bytes [start, end) of the text.
struct Hit {
  size_t rule;
  size_t start, end;
};

// A place a rule's side or part was found: its first and last token.
using TokenRange = std::pair<size_t, size_t>;

// A place where a part of a NEAR or all rule was found (a NEAR rule's part 0
// is its side A, part 1 its side B).
struct PartPlace {
  size_t rule;
  size_t part;
  TokenRange tokens;
  bool operator<(const PartPlace& o) const { return std::tie(rule, part, tokens) < std::tie(o.rule, o.part, o.tokens); }
  bool operator==(const PartPlace& o) const { return std::tie(rule, part, tokens) == std::tie(o.rule, o.part, o.tokens); }
};
using PartPlaces = std::vector<PartPlace>;

// Word, phrase and acronym hits into `hits`; the places of NEAR sides and
// all rules' parts into `places`, in token order.
void FindWordHits(const Matcher::Compiled& c, const std::vector<Token>& tokens, int question,
                  std::vector<Hit>& hits, PartPlaces& places);

// Drops the places of each rule that lacks a place for one of its parts (a
// NEAR rule with one side, an all rule missing a part): such a rule cannot
// hit, and most places are of such rules (the sides of NEAR rules are
// common words).
void KeepCompleteRules(const Matcher::Compiled& c, PartPlaces& places);

// Sorts places by rule, part and tokens: what FindNearHits and FindAllHits require.
void SortPlaces(PartPlaces& places);

// NEAR hits into `hits`: a place of side A and a place of side B (a word or
// a phrase) that do not overlap, in either order, at most `within` tokens
// apart (from the end of the first to the start of the second) and in one
// clause (a new clause after . ! ? ; or a line break); the span runs from
// the first to the second. One hit per such pair. REQUIRES: `places` sorted (SortPlaces).
void FindNearHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                  const PartPlaces& places, std::vector<Hit>& hits);

// all hits into `hits`: one per sentence (a new sentence after . ! ? or a
// line break) holding every part of the rule, in any order; the span runs
// from the first token to the last of each part's first place there.
// REQUIRES: `places` sorted (SortPlaces).
void FindAllHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                 const PartPlaces& places, std::vector<Hit>& hits);

// Pattern hits into `hits`: each non-empty, non-overlapping match of each pattern.
void FindPatternHits(const Matcher::Compiled& c, std::string_view text, int question, std::vector<Hit>& hits);

// Appends to `spans` the byte spans of theme `theme`'s exclusions in the
// text: each match of an exclusion pattern, each place of an exclusion phrase.
// `set_matches`, when given, lists the exclusion_set patterns that match the
// text at all (sorted); patterns not in it are not run.
void AppendExclusionSpans(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                          size_t theme, std::vector<std::pair<size_t, size_t>>& spans,
                          const std::vector<int>* set_matches = nullptr);

// Drops each hit lying wholly inside one of its own theme's exclusions;
// other themes' hits there stay. Pattern exclusions' spans are found once
// per theme with hits (one RE2::Set pass says which patterns can match);
// phrase exclusions are tried only at the tokens where one could cover a hit.
void DropExcludedHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                      std::vector<Hit>& hits);

// Sorts hits by start, end, theme, then rule in lexicon order: the order of
// Tagging::matches, and the order the next phases require.
void SortHits(const Matcher::Compiled& c, std::vector<Hit>& hits);

// One flag per hit, in order: is the work it talks about pending, as the
// lexicon's pending cues in its clause and sentence say (pending.h)?
std::vector<bool> MarkPending(const Matcher::Compiled& c, std::string_view text, int question,
                              const std::vector<Hit>& hits);

// Names of the rules of `hits`, sorted, each once (Matcher::RulesFired). Counts
// every hit, also those OneMatchPerThemeAndSpan leaves out.
std::vector<std::string> FiredRules(const Matcher::Compiled& c, const std::vector<Hit>& hits);

// Theme id → true when every match of the theme is pending; sorted by id.
using ThemePending = std::map<std::string, bool>;

// Appends to `matches` one match per theme and span of the sorted `hits`:
// the first, i.e. the rule first in lexicon order; `pending` is MarkPending's.
// Returns, for each theme matched, whether all its matches are pending.
ThemePending OneMatchPerThemeAndSpan(const Matcher::Compiled& c, std::string_view text, const std::vector<Hit>& hits,
                                     const std::vector<bool>& pending, std::vector<ThemeMatch>& matches);

// Appends to `themes` the themes matched and their ancestors, sorted, each
// once (Tagging::themes); to `pending` those of them whose own matches and
// whose descendants' matches are all pending (Tagging::pending). An ancestor
// with no match of its own is pending when all the matches below it are.
void RollUp(const Matcher::Compiled& c, const ThemePending& matched, std::vector<std::string>& themes,
            std::vector<std::string>& pending);

}  // namespace internal
}  // namespace returns
