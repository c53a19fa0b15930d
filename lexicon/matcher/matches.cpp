// Tagging's phases from hits to matches: order, pending marks, the rules
// that fired, one match per theme and span (tag_phases.h).
#include "lexicon/matcher/tag_phases.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace returns {
namespace internal {

void SortHits(const Matcher::Compiled& c, std::vector<Hit>& hits) {
  std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    return std::tie(a.start, a.end, c.rules[a.rule].theme, a.rule) < std::tie(b.start, b.end, c.rules[b.rule].theme, b.rule);
  });
}

std::vector<bool> MarkPending(const Matcher::Compiled& c, std::string_view text, int question,
                              const std::vector<Hit>& hits) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Hit& h : hits) spans.emplace_back(h.start, h.end);
  return c.pending->Mark(text, question, spans);
}

std::vector<std::string> FiredRules(const Matcher::Compiled& c, const std::vector<Hit>& hits) {
  std::set<std::string> fired;
  for (const Hit& h : hits) fired.insert(c.rules[h.rule].name);
  return {fired.begin(), fired.end()};
}

ThemePending OneMatchPerThemeAndSpan(const Matcher::Compiled& c, std::string_view text, const std::vector<Hit>& hits,
                                     const std::vector<bool>& pending, std::vector<ThemeMatch>& matches) {
  ThemePending all_pending;
  for (size_t k = 0; k < hits.size(); ++k) {
    const Hit& h = hits[k];
    const CompiledRule& rule = c.rules[h.rule];
    if (k > 0 && hits[k - 1].start == h.start && hits[k - 1].end == h.end &&
        c.rules[hits[k - 1].rule].theme == rule.theme) {
      continue;  // a later rule of the same theme on the same span
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
    matches.push_back(std::move(m));
  }
  return all_pending;
}

}  // namespace internal
}  // namespace returns
