#include "lexicon/theme_id.h"

#include <cctype>

namespace returns {

std::string ThemeId(std::string_view name) {
  std::string out;
  bool gap = false;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      if (gap && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

}  // namespace returns
