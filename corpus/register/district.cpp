#include "corpus/register/district.h"

namespace returns {

const std::vector<std::string>& KentDistricts() {
  static const std::vector<std::string> kDistricts = {
      "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks",
      "Shepway", "Swale", "Thanet", "Tonbridge & Malling", "Tunbridge Wells"};
  return kDistricts;
}

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
