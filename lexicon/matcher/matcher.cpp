#include "lexicon/matcher/matcher.h"

#include <algorithm>

#include "lexicon/matcher/compiled_lexicon.h"
#include "lexicon/matcher/tag_phases.h"

namespace returns {

namespace {

// The hits of the word phases (tag_phases.h).
std::vector<internal::Hit> WordHits(const Matcher::Compiled& c, std::string_view text,
                                    const std::vector<Token>& tokens, int question) {
  using namespace internal;
  std::vector<Hit> hits;
  PartPlaces places;
  places.reserve(tokens.size());  // most texts note fewer places than tokens: one allocation, not a doubling series
  FindWordHits(c, tokens, question, hits, places);
  KeepCompleteRules(c, places);
  SortPlaces(places);
  FindNearHits(c, text, tokens, places, hits);
  FindAllHits(c, text, tokens, places, hits);
  return hits;
}

// The hit-finding phases and exclusions, in order (tag_phases.h).
std::vector<internal::Hit> Hits(const Matcher::Compiled& c, std::string_view text, int question) {
  using namespace internal;
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Hit> hits = WordHits(c, text, tokens, question);
  FindPatternHits(c, text, question, hits);
  DropExcludedHits(c, text, tokens, hits);
  return hits;
}

// From the hits, exclusions dropped, to the tagging.
Tagging FromHits(const Matcher::Compiled& c, std::string_view text, int question, std::vector<internal::Hit>& hits) {
  using namespace internal;
  SortHits(c, hits);
  const std::vector<bool> pending = MarkPending(c, text, question, hits);
  Tagging out;
  const ThemePending matched = OneMatchPerThemeAndSpan(c, text, hits, pending, out.matches);
  RollUp(c, matched, out.themes, out.pending);
  return out;
}

}  // namespace

// The phases in order; tag_phases.h describes each.
Tagging Matcher::Tag(std::string_view text, int question) const {
  std::vector<internal::Hit> hits = Hits(*c_, text, question);
  return FromHits(*c_, text, question, hits);
}

// The phases of Tag in the same order for each input, each phase run across
// all the inputs before the next.
std::vector<Tagging> Matcher::TagAll(const std::vector<Input>& inputs) const {
  using namespace internal;
  const Compiled& c = *c_;
  const size_t n = inputs.size();
  std::vector<std::vector<Token>> tokens(n);
  std::vector<std::vector<Hit>> hits(n);
  for (size_t i = 0; i < n; ++i) {
    tokens[i] = Tokenize(inputs[i].text);
    hits[i] = WordHits(c, inputs[i].text, tokens[i], inputs[i].question);
  }
  for (size_t i = 0; i < n; ++i) FindPatternHits(c, inputs[i].text, inputs[i].question, hits[i]);
  for (size_t i = 0; i < n; ++i) DropExcludedHits(c, inputs[i].text, tokens[i], hits[i]);
  std::vector<Tagging> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = FromHits(c, inputs[i].text, inputs[i].question, hits[i]);
  return out;
}

std::vector<std::string> Matcher::RulesFired(std::string_view text, int question) const {
  return internal::FiredRules(*c_, Hits(*c_, text, question));
}

const std::string& Matcher::name() const { return c_->name; }
const std::string& Matcher::version() const { return c_->version; }
const std::vector<std::string>& Matcher::theme_ids() const { return c_->theme_ids; }

std::vector<std::string> Matcher::Ancestors(const std::string& theme) const {
  std::vector<std::string> out;
  const auto it = std::find(c_->theme_ids.begin(), c_->theme_ids.end(), theme);
  if (it == c_->theme_ids.end()) return out;
  for (int p = c_->parent[static_cast<size_t>(it - c_->theme_ids.begin())]; p >= 0;
       p = c_->parent[static_cast<size_t>(p)]) {
    out.push_back(c_->theme_ids[static_cast<size_t>(p)]);
  }
  return out;
}

}  // namespace returns
