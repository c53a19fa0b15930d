// Tagging's last phase: a theme's match also tags its ancestors (tag_phases.h).
#include "lexicon/matcher/tag_phases.h"

#include <algorithm>

namespace returns {
namespace internal {

void RollUp(const Matcher::Compiled& c, const ThemePending& matched, std::vector<std::string>& themes,
            std::vector<std::string>& pending) {
  ThemePending rolled = matched;
  for (const auto& [theme, is_pending] : matched) {
    const auto it = std::find(c.theme_ids.begin(), c.theme_ids.end(), theme);
    for (int p = c.parent[static_cast<size_t>(it - c.theme_ids.begin())]; p >= 0; p = c.parent[static_cast<size_t>(p)]) {
      auto [entry, inserted] = rolled.emplace(c.theme_ids[static_cast<size_t>(p)], is_pending);
      if (!inserted) entry->second = entry->second && is_pending;
    }
  }
  for (const auto& [theme, is_pending] : rolled) {
    themes.push_back(theme);
    if (is_pending) pending.push_back(theme);
  }
}

}  // namespace internal
}  // namespace returns
