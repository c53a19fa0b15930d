#include "corpus/register/return_builder.h"

#include <sstream>

#include "corpus/register/district.h"
#include "corpus/register/return_id.h"
#include "corpus/text/segment.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// The register row for a collaborative as written (and, among a collaborative's
// rows, the one whose lead school the return names).
const RegisterEntry* FindEntry(const Register& reg, const ReturnFields& f) {
  const RegisterEntry* found = nullptr;
  for (const RegisterEntry* e : reg.Named(f.collaborative)) {
    if (!f.district.empty() && !SameDistrict(e->district, f.district)) continue;
    if (!found) found = e;
    for (const LeadSchool& l : e->lead_schools) {
      for (const std::string& written : f.lead_schools) {
        if (l.SpelledAs(written)) return e;
      }
    }
  }
  return found;
}

}  // namespace

std::vector<std::string> SplitLeadSchools(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, ';')) {
    const std::string_view t = Trim(item);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

Return BuildReturn(const ReturnFields& f, const Register& reg) {
  // Typed answers: every line is as the writer ended it.
  std::vector<AnswerLine> lines;
  std::istringstream in(f.answer);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    AnswerLine a;
    // A document's lines keep their own numbers (a Word paragraph's); else they count from the return's.
    const size_t i = static_cast<size_t>(n);
    a.line = i < f.answer_lines.size() ? f.answer_lines[i] : f.line + n;
    if (i < f.answer_starts.size()) a.start = f.answer_starts[i];
    ++n;
    a.text = line;
    a.width = 0;  // never "wrapped": a typed line ends where its writer ended it
    lines.push_back(std::move(a));
  }
  return BuildReturn(f, lines, reg);
}

Return BuildReturn(const ReturnFields& f, const std::vector<AnswerLine>& lines, const Register& reg) {
  Return r;
  // A Kent district however it is written ("thanet", "Tonbridge and Malling"): one spelling, one district.
  const std::string district = CanonicalDistrict(f.district);
  r.district = district.empty() ? f.district : district;
  r.collaborative = f.collaborative;
  r.lead_schools = f.lead_schools;
  r.question = f.question;
  r.source = f.source;
  r.line = f.line;
  r.attributes = f.attributes;
  if (const RegisterEntry* e = FindEntry(reg, f)) {
    r.collaborative_canonical = e->collaborative;
    if (r.district.empty()) r.district = e->district;
    r.lead_schools.clear();
    for (const std::string& written : f.lead_schools) {
      const LeadSchool* known = nullptr;
      for (const LeadSchool& l : e->lead_schools) {
        if (l.SpelledAs(written)) known = &l;
      }
      if (known && known->name.empty()) continue;  // "n/a", "No lead": a note, not a school
      r.lead_schools.push_back(written);
      if (known) r.lead_schools_canonical.push_back(known->name);
    }
  }
  SegmentedAnswer seg = SegmentAnswer(lines);
  r.text = std::move(seg.text);
  r.comments = std::move(seg.comments);
  r.id = MakeReturnId(r);
  return r;
}

}  // namespace returns
