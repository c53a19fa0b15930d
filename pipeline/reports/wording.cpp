#include "pipeline/reports/wording.h"

namespace returns {

std::string Noun(size_t n, std::string_view singular, std::string_view plural) {
  if (n == 1) return std::string(singular);
  return plural.empty() ? std::string(singular) + "s" : std::string(plural);
}

std::string Counted(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + Noun(n, singular, plural);
}

}  // namespace returns
