#include "corpus/register/nearest_values.h"

#include <algorithm>

#include "corpus/register/name_form.h"
#include "corpus/text/words.h"

namespace returns {

std::vector<std::string> NearestValues(std::string_view value, const std::vector<std::string>& known, size_t n) {
  const std::string v = AsciiKey(value, ' ');
  std::vector<std::pair<size_t, size_t>> ranked;  // distance, index into known
  for (size_t i = 0; i < known.size(); ++i) {
    const std::string k = AsciiKey(known[i], ' ');
    if (k.empty() || v.empty()) continue;
    const size_t d = EditDistance(v, k);
    const size_t longer = std::max(v.size(), k.size());
    size_t prefix = 0;
    while (prefix < std::min(v.size(), k.size()) && v[prefix] == k[prefix]) ++prefix;
    const bool near = d * 3 <= longer || (std::min(v.size(), k.size()) >= 3 && (k.find(v) != std::string::npos ||
                                                                                 v.find(k) != std::string::npos)) ||
                      prefix >= 4;
    if (near) ranked.emplace_back(d, i);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, i] : ranked) {
    if (out.size() == n) break;
    if (std::find(out.begin(), out.end(), known[i]) == out.end()) out.push_back(known[i]);
  }
  return out;
}

}  // namespace returns
