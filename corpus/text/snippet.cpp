#include "corpus/text/snippet.h"

#include <algorithm>

namespace returns {

std::string Snippet(const std::string& text, const std::vector<std::pair<size_t, size_t>>& given,
                    const std::string& open, const std::string& close, size_t width,
                    std::string (*escape)(std::string_view)) {
  // The highlights in text order, overlapping or touching ones merged, cut
  // to the text: a rule's matches (NEAR's words) come in any order.
  std::vector<std::pair<size_t, size_t>> highlights;
  highlights.reserve(given.size());
  for (auto [s, e] : given) {
    e = std::min(e, text.size());
    if (s < e) highlights.emplace_back(s, e);
  }
  std::sort(highlights.begin(), highlights.end());
  size_t kept = 0;
  for (const auto& h : highlights) {
    if (kept > 0 && h.first <= highlights[kept - 1].second) {
      highlights[kept - 1].second = std::max(highlights[kept - 1].second, h.second);
    } else {
      highlights[kept++] = h;
    }
  }
  highlights.resize(kept);
  auto piece = [&](size_t from, size_t to) {
    const std::string_view v(text.data() + from, to - from);
    return escape ? escape(v) : std::string(v);
  };
  auto boundary = [&](size_t pos, bool forward) {
    // Move to a space (word boundary) so no word or UTF-8 sequence is cut.
    if (pos >= text.size()) return text.size();
    while (pos > 0 && pos < text.size() && text[pos] != ' ') pos += forward ? 1 : static_cast<size_t>(-1);
    return std::min(pos, text.size());
  };
  size_t from = 0;
  if (!highlights.empty() && highlights.front().first > width / 3) from = boundary(highlights.front().first - width / 3, false);
  // The window reaches at least to the end of the first highlight.
  const size_t reach = std::max(from + width, highlights.empty() ? 0 : highlights.front().second);
  size_t to = reach < text.size() ? boundary(reach, true) : text.size();
  std::string out = from > 0 ? "…" : "";
  size_t pos = from;
  for (const auto& [s, e] : highlights) {
    if (e <= from || s >= to) continue;
    const size_t start = std::max(s, from), end = std::min(e, to);
    out += piece(pos, start) + open + piece(start, end) + close;
    pos = end;
  }
  out += piece(pos, to);
  if (to < text.size()) out += "…";
  return out;
}

}  // namespace returns
