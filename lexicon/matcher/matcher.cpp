#include "lexicon/matcher/matcher.h"

#include <map>
#include <set>

#include "lexicon/matcher/compiled_lexicon.h"
#include "lexicon/matcher/tag_phases.h"

namespace returns {

using internal::CompiledRule;
using internal::DropExcludedHits;
using internal::FindNearHits;
using internal::FindPatternHits;
using internal::FindWordHits;
using internal::Hit;
using internal::NearSides;

Tagging Matcher::Tag(std::string_view text, int question) const {
  const Compiled& c = *c_;
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Hit> hits;
  NearSides near_sides;

  FindWordHits(c, tokens, question, hits, near_sides);
  FindNearHits(c, text, tokens, near_sides, hits);
  FindPatternHits(c, text, question, hits);

  DropExcludedHits(c, text, tokens, hits);

  // One match per theme and span: the first rule in lexicon order.
  std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    return std::tie(a.start, a.end, c.rules[a.rule].theme, a.rule) < std::tie(b.start, b.end, c.rules[b.rule].theme, b.rule);
  });
  const std::vector<bool> pending = c.pending.Mark(text, [&] {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const Hit& h : hits) spans.emplace_back(h.start, h.end);
    return spans;
  }());

  Tagging out;
  std::set<std::string> fired;
  for (const Hit& h : hits) fired.insert(c.rules[h.rule].name);
  out.fired.assign(fired.begin(), fired.end());
  std::map<std::string, bool> all_pending;
  for (size_t k = 0; k < hits.size(); ++k) {
    const Hit& h = hits[k];
    const CompiledRule& rule = c.rules[h.rule];
    if (k > 0 && hits[k - 1].start == h.start && hits[k - 1].end == h.end &&
        c.rules[hits[k - 1].rule].theme == rule.theme) {
      continue;
    }
    ThemeMatch m;
    m.theme = c.theme_ids[rule.theme];
    m.rule = rule.name;
    m.start = h.start;
    m.end = h.end;
    m.text = std::string(text.substr(h.start, h.end - h.start));
    m.pending = pending[k];
    auto [it, inserted] = all_pending.emplace(m.theme, m.pending);
    if (!inserted) it->second = it->second && m.pending;
    out.matches.push_back(std::move(m));
  }
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
