#include "corpus/register/name_form.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "corpus/text/words.h"

namespace returns {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The text outside brackets, and the bracketed parts.
void SplitBrackets(std::string_view name, std::string& outside, std::vector<std::string>& inside) {
  int depth = 0;
  std::string part;
  for (char c : name) {
    if (c == '(' || c == '[') {
      if (depth++ == 0) part.clear();
      outside += ' ';
    } else if ((c == ')' || c == ']') && depth > 0) {
      if (--depth == 0) inside.push_back(part);
    } else if (depth > 0) {
      part += c;
    } else {
      outside += c;
    }
  }
  if (depth > 0) inside.push_back(part);  // an unclosed bracket still holds a note
}

// "CATS", "RAiD", "DASCo": one word of ASCII letters with two or more capitals.
bool IsAcronym(std::string_view text) {
  text = Trim(text);
  if (text.size() < 2) return false;
  int capitals = 0;
  for (char c : text) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    capitals += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return capitals >= 2;
}

struct Phrase {
  std::vector<std::string> from;
  std::vector<std::string> to;
};

// Longest phrases first, so "church of england" is replaced before "of" could matter.
const std::vector<Phrase>& Phrases() {
  static const std::vector<Phrase> kPhrases = {
      {{"church", "of", "england"}, {"ce"}},
      {{"roman", "catholic"}, {"catholic"}},
      {{"c", "of", "e"}, {"ce"}},
      {{"c", "e"}, {"ce"}},
      {{"cofe"}, {"ce"}},
      {{"coe"}, {"ce"}},
      {{"cep"}, {"ce", "primary"}},
      {{"rc"}, {"catholic"}},
      {{"saint"}, {"st"}},
      {{"infants"}, {"infant"}},
      {{"inf"}, {"infant"}},
      {{"jnr"}, {"junior"}},
      {{"and"}, {}},
  };
  return kPhrases;
}

std::vector<std::string> Normalise(std::vector<std::string> words) {
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size();) {
    bool replaced = false;
    for (const Phrase& p : Phrases()) {
      if (i + p.from.size() > words.size()) continue;
      if (!std::equal(p.from.begin(), p.from.end(), words.begin() + static_cast<long>(i))) continue;
      out.insert(out.end(), p.to.begin(), p.to.end());
      i += p.from.size();
      replaced = true;
      break;
    }
    if (!replaced) out.push_back(words[i++]);
  }
  if (out.size() > 1 && out.front() == "the") out.erase(out.begin());
  if (out.size() > 1 && out.back() == "school") out.pop_back();
  return out;
}

bool Generic(const std::string& w) {
  static const std::array<const char*, 24> kGeneric = {
      "school",  "schools",    "primary",     "junior",        "infant",      "ce",
      "catholic", "st",        "of",          "collaborative", "collaboration", "partnership",
      "consortium", "cluster", "hub",         "alliance",      "group",       "federation",
      "academy", "trust",      "learning",    "partners",      "network",     "community"};
  return std::find(kGeneric.begin(), kGeneric.end(), w) != kGeneric.end();
}

bool SameWordLoosely(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (std::min(a.size(), b.size()) < 5) return false;
  return EditDistance(a, b) <= 1;
}

}  // namespace

std::string NormalName(std::string_view name) {
  std::string outside;
  std::vector<std::string> inside;
  SplitBrackets(name, outside, inside);
  return Join(Normalise(AsciiKeyWords(outside)));
}

std::vector<std::string> NameForms(std::string_view name) {
  std::vector<std::string> forms;
  if (std::string n = NormalName(name); !n.empty()) forms.push_back(std::move(n));
  std::string outside;
  std::vector<std::string> inside;
  SplitBrackets(name, outside, inside);
  for (const std::string& part : inside) {
    if (!IsAcronym(part)) continue;
    std::string acronym = AsciiKey(part, ' ');
    if (std::find(forms.begin(), forms.end(), acronym) == forms.end()) forms.push_back(std::move(acronym));
  }
  return forms;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  // Two rows of the Wagner–Fischer table.
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

double NameSimilarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  const std::vector<std::string> wa = AsciiKeyWords(a), wb = AsciiKeyWords(b);
  // Letters are compared without the generic words, which every other name shares.
  auto distinctive = [](const std::vector<std::string>& words, std::string_view whole) {
    std::vector<std::string> kept;
    for (const std::string& w : words) {
      if (!Generic(w)) kept.push_back(w);
    }
    return kept.empty() ? std::string(whole) : Join(kept);
  };
  const std::string da = distinctive(wa, a), db = distinctive(wb, b);
  const double longer = static_cast<double>(std::max(da.size(), db.size()));
  const double by_letters = 1.0 - static_cast<double>(EditDistance(da, db)) / longer;

  auto weight = [](const std::string& w) { return Generic(w) ? 0.25 : 1.0; };
  double total = 0, shared = 0;
  auto count = [&](const std::vector<std::string>& from, const std::vector<std::string>& other) {
    for (const std::string& w : from) {
      total += weight(w);
      const bool found = std::any_of(other.begin(), other.end(), [&](const std::string& o) { return SameWordLoosely(w, o); });
      if (found) shared += weight(w);
    }
  };
  count(wa, wb);
  count(wb, wa);
  const double by_words = total > 0 ? shared / total : 0;
  return std::max(by_letters, by_words);
}

}  // namespace returns
