#include "pipeline/reports/refi_selections.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace returns::refi {

std::vector<CodedSpan> CodedSpans(const std::vector<ThemeMatch>& matches) {
  // Each theme's matches by start, then merged while the next begins inside (or at the end of) the last.
  std::map<std::string, std::vector<size_t>> by_theme;
  for (size_t i = 0; i < matches.size(); ++i) by_theme[matches[i].theme].push_back(i);
  std::vector<CodedSpan> out;
  for (auto& [theme, indexes] : by_theme) {
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&](size_t a, size_t b) { return matches[a].start < matches[b].start; });
    CodedSpan* open = nullptr;
    for (size_t i : indexes) {
      const ThemeMatch& m = matches[i];
      if (open && m.start <= open->end) {
        open->end = std::max(open->end, m.end);
        open->pending = open->pending && m.pending;
        open->first_match = std::min(open->first_match, i);
      } else {
        out.push_back({theme, m.start, m.end, {}, m.pending, i});
        open = &out.back();
      }
      if (std::find(open->rules.begin(), open->rules.end(), m.rule) == open->rules.end() && !m.rule.empty()) {
        open->rules.push_back(m.rule);
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const CodedSpan& a, const CodedSpan& b) {
    return std::tie(a.start, a.theme, a.end) < std::tie(b.start, b.theme, b.end);
  });
  return out;
}

}  // namespace returns::refi
