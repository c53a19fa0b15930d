#include "lexicon/codebook/theme_id.h"

#include "corpus/text/words.h"

namespace returns {

std::string ThemeId(std::string_view name) { return AsciiKey(name, '_'); }

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
