#include "lexicon/matcher/matcher.h"

#include <map>

#include "lexicon/matcher/compiled_lexicon.h"
#include "lexicon/matcher/tag_phases.h"

namespace returns {

using internal::DropExcludedHits;
using internal::FiredRules;
using internal::FindNearHits;
using internal::FindPatternHits;
using internal::FindWordHits;
using internal::Hit;
using internal::MarkPending;
using internal::NearSides;
using internal::OneMatchPerThemeAndSpan;
using internal::SortHits;
using internal::ThemePending;

Tagging Matcher::Tag(std::string_view text, int question) const {
  const Compiled& c = *c_;
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Hit> hits;
  NearSides near_sides;

  FindWordHits(c, tokens, question, hits, near_sides);
  FindNearHits(c, text, tokens, near_sides, hits);
  FindPatternHits(c, text, question, hits);

  DropExcludedHits(c, text, tokens, hits);

  SortHits(c, hits);
  const std::vector<bool> pending = MarkPending(c, text, hits);
  Tagging out;
  out.fired = FiredRules(c, hits);
  const ThemePending all_pending = OneMatchPerThemeAndSpan(c, text, hits, pending, out.matches);

  // Counts roll up: a theme's match also tags its ancestors, pending only if
  // every match below them is.
  std::map<std::string, bool> rolled = all_pending;
  for (const auto& [theme, is_pending] : all_pending) {
    const auto it = std::find(c.theme_ids.begin(), c.theme_ids.end(), theme);
    for (int p = c.parent[static_cast<size_t>(it - c.theme_ids.begin())]; p >= 0; p = c.parent[static_cast<size_t>(p)]) {
      auto [entry, inserted] = rolled.emplace(c.theme_ids[static_cast<size_t>(p)], is_pending);
      if (!inserted) entry->second = entry->second && is_pending;
    }
  }
  for (const auto& [theme, is_pending] : rolled) {
    out.themes.push_back(theme);
    if (is_pending) out.pending.push_back(theme);
  }
  return out;
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
