// Checking a return's names against the register: what a reader could not
// identify exactly is identified by normal form (name_form.h) where that
// names exactly one collaborative or lead school, and what stays unknown is
// said, with the register entries nearest to it.
//
//   std::vector<NameFinding> found = CheckNames(r, reg);   // may canonicalise r
//   for (const NameFinding& f : found) … f.how == NameFinding::How::kUnknown …
//   Suggest(reg, found[0])  // "Central Ashford Town Schools (CATS)", …
//
// A district the return writes that is none of the register's districts,
// however spelt (CanonicalDistrict), is said first (kDistrict): "Doverr"
// would otherwise be a thirteenth district in every summary.
// A collaborative is known when the reader gave it a canonical name (the
// register names it exactly: its canonical name or an alias, case, spacing
// and punctuation aside). Else its normal form is looked up: when it names
// the rows of exactly one collaborative (in the return's district, if it
// has one), the return takes that canonical name (kNormalised); otherwise
// the collaborative is unknown (kUnknown) and its lead schools are not
// checked apart — a new collaborative brings new lead schools.
// Each lead school of a known collaborative is looked for among the lead
// schools of that collaborative's rows: a spelling the register lists is
// known; a normal form that is exactly one of them is kNormalised; else
// kUnknown. When a name is identified by normal form the return's canonical
// names and its id are made again.
//
// Pure functions; thread-safe (the register is read only).
#pragma once

#include <string>
#include <vector>

#include "corpus/model/model.h"
#include "corpus/register/register.h"

namespace returns {

struct NameFinding {
  // kDistrict: a district that is none of the register's (Kent's twelve),
  // always kUnknown; its comments stay under the district as written.
  enum class Kind { kCollaborative, kLeadSchool, kDistrict };
  enum class How {
    kNormalised,  // identified by its normal form: `canonical` says as what
    kUnknown,     // the register does not know it
  };
  Kind kind = Kind::kCollaborative;
  How how = How::kUnknown;
  std::string written;        // the name as the return writes it
  std::string collaborative;  // for a lead school: its collaborative (canonical)
  std::string district;       // the return's district, may be empty
  std::vector<std::string> lead_schools;  // for a collaborative: the return's lead schools, as written
  std::string canonical;      // kNormalised: the register's name
  std::string source;         // where the return is
  int line = 0;
  bool no_answer = false;     // the return's answer says nothing ("N/A"): set by the record source
};

// Checks and, where its normal form identifies a name, canonicalises `r`.
// Returns one finding for each name not known exactly; none when all are.
std::vector<NameFinding> CheckNames(Return& r, const Register& reg);

// The register names nearest to an unknown name, best first, at most `max`:
// for a collaborative, canonical names of collaboratives one of whose names
// is alike (NameSimilarity ≥ 0.6, ranked with a bonus of 0.1 for the same district)
// or one of whose lead schools the return names (`lead_schools`); for a lead school, the
// lead schools of its collaborative that are alike, else all of them when
// there are no more than three; for a district, the register's districts
// that are alike. Empty when nothing is near.
struct Suggestion {
  std::string name;      // a canonical collaborative, or a lead school
  std::string district;  // a collaborative's district
  std::string lead;      // a collaborative suggested for a lead school it has, not for its name: that school
};
std::vector<Suggestion> Suggest(const Register& reg, const NameFinding& finding, size_t max = 3);

// "unknown collaborative 'X'", "unknown lead school 'Y' of 'Z'" or "unknown
// district 'W'", then
// "; did you mean 'A' or 'B' (in Dover)?" (the district named when it is not
// the return's; "'A' (lead school Chartham Primary)" when it is suggested for
// a lead school the return names, not for its name) or the advice for a new collaborative; for a kNormalised
// finding, "collaborative 'X' read as the register's 'Y'". No location.
std::string DescribeFinding(const NameFinding& finding, const std::vector<Suggestion>& suggestions);

}  // namespace returns
