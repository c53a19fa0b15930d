#include "corpus/register/district.h"

#include <algorithm>

namespace returns {

const std::vector<std::string>& KentDistricts() {
  static const std::vector<std::string> kDistricts = {
      "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks",
      "Shepway", "Swale", "Thanet", "Tonbridge & Malling", "Tunbridge Wells"};
  return kDistricts;
}

// AsciiKey's words without "and" ("&" is punctuation to it). AsciiKey
// separates words by one space, with none at either end.
std::string DistrictKey(std::string_view name) {
  const std::string ascii = AsciiKey(name, ' ');
  std::string key;
  for (size_t start = 0; start < ascii.size();) {
    const size_t end = std::min(ascii.find(' ', start), ascii.size());
    const std::string_view word = std::string_view(ascii).substr(start, end - start);
    if (word != "and") {
      if (!key.empty()) key += ' ';
      key += word;
    }
    start = end + 1;
  }
  return key;
}

namespace {

// The key of each of KentDistricts(), in its order: worked out once (names
// are checked for every return read).
const std::vector<std::string>& KentDistrictKeys() {
  static const std::vector<std::string> kKeys = [] {
    std::vector<std::string> keys;
    for (const std::string& district : KentDistricts()) keys.push_back(DistrictKey(district));
    return keys;
  }();
  return kKeys;
}

// A district renamed since the register's names: the same district, so the
// same collaboratives and one row across rounds.
struct Renamed {
  const char* name;      // the new name, as written
  const char* district;  // the register's name
};
constexpr Renamed kRenamed[] = {{"Folkestone & Hythe", "Shepway"}};  // Folkestone & Hythe since April 2018

}  // namespace

std::string CanonicalDistrict(std::string_view written) {
  const std::string key = DistrictKey(written);
  if (key.empty()) return "";
  const std::vector<std::string>& keys = KentDistrictKeys();
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return KentDistricts()[i];
  }
  for (const Renamed& r : kRenamed) {
    if (key == DistrictKey(r.name)) return r.district;
  }
  return "";
}

std::vector<std::string> DistrictSpellings(std::string_view written) {
  std::vector<std::string> out{std::string(written)};
  const std::string district = CanonicalDistrict(written);
  if (district.empty()) return out;
  auto add = [&](std::string name) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  };
  std::vector<std::string> names{district};
  for (const Renamed& r : kRenamed) {
    if (district == r.district) names.emplace_back(r.name);
  }
  for (const std::string& name : names) {
    add(name);
    // JSON Lines records keep a district as written: "and" for "&" is another term.
    if (const size_t amp = name.find(" & "); amp != std::string::npos) {
      add(name.substr(0, amp) + " and " + name.substr(amp + 3));
    }
  }
  return out;
}

bool SameDistrict(std::string_view a, std::string_view b) { return a == b || DistrictKey(a) == DistrictKey(b); }

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
