#include "lexicon/matcher/glob.h"

namespace returns {

bool GlobMatch(std::string_view glob, std::string_view text) {
  // Iterative wildcard match with backtracking to the last star: linear for one star.
  size_t g = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (g < glob.size() && glob[g] == text[t]) {
      ++g;
      ++t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::string_view GlobPrefix(std::string_view glob) { return glob.substr(0, glob.find('*')); }

}  // namespace returns
