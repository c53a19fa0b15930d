#include "corpus/register/district.h"

#include <sstream>

namespace returns {

const std::vector<std::string>& KentDistricts() {
  static const std::vector<std::string> kDistricts = {
      "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks",
      "Shepway", "Swale", "Thanet", "Tonbridge & Malling", "Tunbridge Wells"};
  return kDistricts;
}

namespace {

// "tonbridge malling": AsciiKey's words without "and" ("&" is punctuation to it).
std::string DistrictKey(std::string_view name) {
  std::istringstream words(AsciiKey(name, ' '));
  std::string key, word;
  while (words >> word) {
    if (word != "and") key += (key.empty() ? "" : " ") + word;
  }
  return key;
}

}  // namespace

std::string CanonicalDistrict(std::string_view written) {
  const std::string key = DistrictKey(written);
  if (key.empty()) return "";
  for (const std::string& district : KentDistricts()) {
    if (DistrictKey(district) == key) return district;
  }
  return "";
}

bool SameDistrict(std::string_view a, std::string_view b) { return DistrictKey(a) == DistrictKey(b); }

DistrictMatch MatchDistrictAtStart(const std::vector<Word>& words) {
  DistrictMatch best;
  for (const std::string& district : KentDistricts()) {
    const std::vector<std::string> parts = NameWords(district);
    size_t n = 0;
    while (n < parts.size() && n < words.size() && SameWord(words[n].text, parts[n])) ++n;
    if (n == 0) continue;
    if (n < parts.size()) {
      const bool whole_line = n == words.size();
      const bool ends_with_ampersand = parts[n - 1] == "&";
      if (!whole_line && !ends_with_ampersand) continue;
    }
    if (n <= best.words_used) continue;
    best.district = district;
    best.words_used = n;
    best.pending.assign(parts.begin() + static_cast<long>(n), parts.end());
  }
  return best;
}

}  // namespace returns
