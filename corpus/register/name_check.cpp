#include "corpus/register/name_check.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "corpus/register/district.h"
#include "corpus/register/name_form.h"
#include "corpus/register/return_id.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// The register rows of one collaborative (in `district`, when given).
std::vector<const RegisterEntry*> RowsOf(const Register& reg, const std::string& collaborative,
                                         const std::string& district) {
  std::vector<const RegisterEntry*> rows;
  for (const RegisterEntry& e : reg.entries()) {
    if (e.collaborative != collaborative) continue;
    if (!district.empty() && !SameDistrict(e.district, district)) continue;
    rows.push_back(&e);
  }
  return rows;
}

const LeadSchool* SpelledLead(const std::vector<const RegisterEntry*>& rows, const std::string& written) {
  for (const RegisterEntry* e : rows) {
    for (const LeadSchool& l : e->lead_schools) {
      if (l.SpelledAs(written)) return &l;
    }
  }
  return nullptr;
}

// The one lead school (by canonical name) of `rows` whose normal form `written` has, or null.
const LeadSchool* LooselyNamedLead(const std::vector<const RegisterEntry*>& rows, const std::string& written) {
  const std::string form = NormalName(written);
  if (form.empty()) return nullptr;
  const LeadSchool* found = nullptr;
  for (const RegisterEntry* e : rows) {
    for (const LeadSchool& l : e->lead_schools) {
      const bool named = std::any_of(l.plain.begin(), l.plain.end(), [&](const std::string& p) { return NormalName(p) == form; });
      if (!named) continue;
      if (found && found->name != l.name) return nullptr;  // two schools: not for us to choose
      found = &l;
    }
  }
  return found && !found->name.empty() ? found : nullptr;
}

std::string Quoted(const std::string& s) { return "'" + s + "'"; }

// "'A'", "'A' or 'B'", "'A', 'B' or 'C' (in Dover)".
std::string Alternatives(const std::vector<Suggestion>& names, const std::string& district) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += Quoted(names[i].name);
    std::string why;
    if (!district.empty() && !names[i].district.empty() && !SameDistrict(names[i].district, district)) {
      why = "in " + names[i].district;
    }
    if (!names[i].lead.empty()) why += (why.empty() ? "" : ", ") + ("lead school " + names[i].lead);
    if (!why.empty()) out += " (" + why + ")";
  }
  return out;
}

struct Candidate {
  double rank = 0;     // similarity, with a bonus for the same district
  size_t order = 0;    // register order, for ties
  Suggestion suggestion;
};

std::vector<Suggestion> Best(std::vector<Candidate> candidates, size_t max) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(b.rank, a.order) < std::tie(a.rank, b.order);
  });
  std::vector<Suggestion> out;
  for (const Candidate& c : candidates) {
    if (out.size() == max) break;
    const bool seen = std::any_of(out.begin(), out.end(), [&](const Suggestion& s) {
      return s.name == c.suggestion.name && s.district == c.suggestion.district;
    });
    if (!seen) out.push_back(c.suggestion);
  }
  return out;
}

constexpr double kNear = 0.6;

}  // namespace

std::vector<NameFinding> CheckNames(Return& r, const Register& reg) {
  std::vector<NameFinding> out;
  auto finding = [&](NameFinding::Kind kind, NameFinding::How how, const std::string& written) -> NameFinding& {
    NameFinding& f = out.emplace_back();
    f.kind = kind;
    f.how = how;
    f.written = written;
    f.district = r.district;
    f.source = r.source;
    f.line = r.line;
    return f;
  };
  if (!r.district.empty() && CanonicalDistrict(r.district).empty()) {
    finding(NameFinding::Kind::kDistrict, NameFinding::How::kUnknown, r.district);
  }
  bool remake = false;
  if (!r.collaborative_canonical) {
    std::set<std::string> named;
    std::string district;
    for (const RegisterEntry* e : reg.NamedLoosely(r.collaborative)) {
      if (!r.district.empty() && !SameDistrict(e->district, r.district)) continue;
      named.insert(e->collaborative);
      district = e->district;
    }
    if (named.size() != 1) {
      finding(NameFinding::Kind::kCollaborative, NameFinding::How::kUnknown, r.collaborative).lead_schools =
          r.lead_schools;
      return out;  // a new collaborative brings new lead schools: they are not checked apart
    }
    finding(NameFinding::Kind::kCollaborative, NameFinding::How::kNormalised, r.collaborative).canonical = *named.begin();
    r.collaborative_canonical = *named.begin();
    if (r.district.empty()) r.district = district;
    remake = true;
  }
  const std::vector<const RegisterEntry*> rows = RowsOf(reg, *r.collaborative_canonical, r.district);
  std::vector<std::string> written, canonical;
  for (const std::string& w : r.lead_schools) {
    const LeadSchool* lead = SpelledLead(rows, w);
    if (!lead) {
      lead = LooselyNamedLead(rows, w);
      NameFinding& f = finding(NameFinding::Kind::kLeadSchool,
                               lead ? NameFinding::How::kNormalised : NameFinding::How::kUnknown, w);
      f.collaborative = *r.collaborative_canonical;
      if (lead) {
        f.canonical = lead->name;
        remake = true;
      }
    }
    if (lead && lead->name.empty()) continue;  // "n/a", "No lead": a note, not a school
    written.push_back(w);
    if (lead) canonical.push_back(lead->name);
  }
  if (remake) {  // else the reader's own reading stands
    r.lead_schools = std::move(written);
    r.lead_schools_canonical = std::move(canonical);
    r.id = MakeReturnId(r);
  }
  return out;
}

std::vector<Suggestion> Suggest(const Register& reg, const NameFinding& f, size_t max) {
  std::vector<Candidate> candidates;
  const std::string form = NormalName(f.written);
  if (f.kind == NameFinding::Kind::kDistrict) {
    const std::vector<std::string>& districts = KentDistricts();
    for (size_t i = 0; i < districts.size(); ++i) {
      const double near = NameSimilarity(form, NormalName(districts[i]));
      if (near >= kNear) candidates.push_back({near, i, {districts[i], "", ""}});
    }
    return Best(std::move(candidates), max);
  }
  if (f.kind == NameFinding::Kind::kCollaborative) {
    for (size_t i = 0; i < reg.entries().size(); ++i) {
      const RegisterEntry& e = reg.entries()[i];
      double best = 0;
      for (const std::string& n : e.names) {
        for (const std::string& other : NameForms(n)) best = std::max(best, NameSimilarity(form, other));
      }
      // A lead school the register gives this collaborative says more than its name.
      std::string lead;
      for (const std::string& w : f.lead_schools) {
        const LeadSchool* l = SpelledLead({&e}, w);
        if (!l) l = LooselyNamedLead({&e}, w);
        if (l && !l->name.empty() && best < 0.9 && lead.empty()) {  // "n/a" is no school to know it by
          best = 0.9;
          lead = l->name;
        }
      }
      if (best < kNear) continue;
      const bool same_district = !f.district.empty() && SameDistrict(e.district, f.district);
      candidates.push_back({best + (same_district ? 0.1 : 0.0), i, {e.collaborative, e.district, lead}});
    }
    return Best(std::move(candidates), max);
  }
  std::vector<Suggestion> all;
  size_t order = 0;
  for (const RegisterEntry* e : RowsOf(reg, f.collaborative, f.district)) {
    for (const LeadSchool& l : e->lead_schools) {
      if (l.name.empty()) continue;
      if (std::none_of(all.begin(), all.end(), [&](const Suggestion& s) { return s.name == l.name; })) {
        all.push_back({l.name, "", ""});
      }
      double best = 0;
      for (const std::string& p : l.plain) best = std::max(best, NameSimilarity(form, NormalName(p)));
      if (best >= kNear) candidates.push_back({best, order, {l.name, "", ""}});
      ++order;
    }
  }
  if (candidates.empty() && all.size() <= 3) {
    all.resize(std::min(all.size(), max));
    return all;
  }
  return Best(std::move(candidates), max);
}

std::string DescribeFinding(const NameFinding& f, const std::vector<Suggestion>& suggestions) {
  if (f.kind == NameFinding::Kind::kDistrict) {
    std::string out = "unknown district " + Quoted(f.written);
    if (!suggestions.empty()) return out + "; did you mean " + Alternatives(suggestions, "") + "?";
    return out + ": none of the register's districts is near it; its comments are under it as written";
  }
  const bool lead = f.kind == NameFinding::Kind::kLeadSchool;
  const std::string what = lead ? "lead school " + Quoted(f.written) + " of " + Quoted(f.collaborative)
                                 : "collaborative " + Quoted(f.written);
  if (f.how == NameFinding::How::kNormalised) return what + " read as the register's " + Quoted(f.canonical);
  std::string out = "unknown " + what;
  // The register's own name in another district: not a misspelling, so not "did you mean" itself.
  if (!lead && !suggestions.empty() && !f.district.empty() && !suggestions.front().district.empty() &&
      NormalName(suggestions.front().name) == NormalName(f.written) &&
      !SameDistrict(suggestions.front().district, f.district)) {
    const Suggestion& known = suggestions.front();
    const std::string as = known.name == f.written ? "" : " (the register's " + Quoted(known.name) + ")";
    // Not the district written: one warning stands for every row writing the name, in any district.
    return what + as + " is in " + known.district + " in the register, not in the district written" +
           ": read as a collaborative the register does not know; correct the district, or the register if it "
           "has moved (returns register)";
  }
  if (!suggestions.empty()) return out + "; did you mean " + Alternatives(suggestions, f.district) + "?";
  if (lead) return out + "; the register lists no lead school like it for this collaborative";
  if (f.district.empty()) {
    return out + "; no register entry is near it, and no district is given, so its comments are under no district: "
                 "a new collaborative? (returns register add)";
  }
  return out + "; no register entry is near it: a new collaborative? (returns register add)";
}

}  // namespace returns
