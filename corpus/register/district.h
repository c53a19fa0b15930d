// Kent's twelve districts, and recognising one at the start of a table row,
// also when the PDF split it over two lines ("Tonbridge &" / "Malling").
// Thread-safe (constant data).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/text/words.h"

namespace returns {

const std::vector<std::string>& KentDistricts();

// The Kent district `written` names, spelt as the register spells it, or ""
// when it names none: case, spacing, punctuation and "and" for "&" aside
// ("thanet" → "Thanet", "Tonbridge and Malling" → "Tonbridge & Malling"). A
// district renamed since is its register name: "Folkestone & Hythe" (Shepway
// until April 2018) → "Shepway".
std::string CanonicalDistrict(std::string_view written);

// A district's name as its spellings share it: case, spacing, punctuation
// and "and" aside ("Tonbridge and Malling", "tonbridge & malling" →
// "tonbridge malling"). Renamed districts keep their own keys.
std::string DistrictKey(std::string_view name);

// Whether two spellings name the same district (a Kent one by
// CanonicalDistrict, any other by case, spacing and punctuation aside).
bool SameDistrict(std::string_view a, std::string_view b);

// Every spelling a district filter (`--district`, `district:`) stands for:
// `written` as typed, the register's spelling of the Kent district it names,
// and that district's other names, each also with "and" for "&" (a JSON
// Lines record keeps its district as written): "Shepway" gives Shepway,
// "Folkestone & Hythe" and "Folkestone and Hythe"; "Tonbridge and Malling"
// gives itself and "Tonbridge & Malling". A district that is not Kent's:
// `written` alone.
std::vector<std::string> DistrictSpellings(std::string_view written);

struct DistrictMatch {
  std::string district;   // canonical spelling
  size_t words_used = 0;  // words of the line that named it
  // Words of the district still to come on a later line (a split name), e.g. {"Malling"}.
  std::vector<std::string> pending;
};

// The district that `words` start with. A prefix of a multi-word district
// counts only when it is the whole line or ends with "&" ("Tonbridge &").
// Longest match wins. words_used == 0 when there is none.
DistrictMatch MatchDistrictAtStart(const std::vector<Word>& words);

}  // namespace returns
