#include "lexicon/codebook/theme_id.h"

#include "corpus/text/words.h"

namespace returns {

std::string ThemeId(std::string_view name) { return AsciiKey(name, '_'); }

std::string DistinctThemeId(const std::string& own, const std::string& parent, ThemeIds& ids) {
  if (!ids.taken.count(own)) return own;
  const std::string qualified = parent + "." + own;
  if (!ids.taken.count(qualified)) return qualified;
  int& n = ids.next_number.try_emplace(qualified, 2).first->second;
  std::string numbered;
  do {
    numbered = qualified + "_" + std::to_string(n++);
  } while (ids.taken.count(numbered));
  return numbered;
}

bool IsThemeId(std::string_view id) {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  // Every '_' or '.' stands between two letters or digits.
  for (size_t i = 0; i < id.size(); ++i) {
    if (alnum(id[i])) continue;
    if ((id[i] != '_' && id[i] != '.') || i == 0 || i + 1 == id.size() || !alnum(id[i - 1]) || !alnum(id[i + 1])) {
      return false;
    }
  }
  return !id.empty();
}

}  // namespace returns
