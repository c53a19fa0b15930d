#include "corpus/register/return_builder.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "corpus/register/district.h"
#include "corpus/register/name_cues.h"
#include "corpus/register/return_id.h"
#include "corpus/text/segment.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// The register row for a collaborative as written in `district` (the
// register's spelling when it is one of its districts, else as written), and,
// among a collaborative's rows, the one whose lead school the return names.
const RegisterEntry* FindEntry(const Register& reg, const ReturnFields& f, const std::string& district) {
  const RegisterEntry* found = nullptr;
  for (const RegisterEntry* e : reg.Named(f.collaborative)) {
    if (!district.empty() && !SameDistrict(e->district, district)) continue;
    if (!found) found = e;
    for (const LeadSchool& l : e->lead_schools) {
      for (const std::string& written : f.lead_schools) {
        if (l.SpelledAs(written)) return e;
      }
    }
  }
  return found;
}

// Words any school's name may hold besides its own: the kinds of school and
// their foundations. A name of only these ("Nursery School") is no school of its own.
bool HasOwnWord(std::string_view name) {
  static constexpr std::string_view kSchoolWords[] = {
      "academy", "aided",  "c",        "ce",       "cep",     "church",  "coe",     "cofe",    "college",
      "community", "controlled", "county", "cp", "cps", "e", "england", "federation", "foundation",
      "free",    "grammar", "high",     "infant",   "infants", "junior",  "juniors", "nursery", "of",
      "primary", "rc",      "school",   "schools",  "st",      "tc",      "the",     "voluntary",
  };
  for (const std::string& word : AsciiKeyWords(name)) {
    if (std::find(std::begin(kSchoolWords), std::end(kSchoolWords), word) == std::end(kSchoolWords)) return true;
  }
  return false;
}

bool LooksLikeOwnSchool(std::string_view name) { return EndsLikeSchool(name) && HasOwnWord(name); }

// "Lyminge CEP and Elham CEP" → two schools; "St Mary's and St John's CEP" → one.
std::vector<std::string> SplitOnAnd(const std::string& name) {
  static const RE2 kAnd(R"((?i)\s+(?:and|&)\s+)");
  std::vector<std::string> pieces, joins;
  re2::StringPiece rest(name);
  const char* start = name.data();
  re2::StringPiece match;
  while (kAnd.Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
    pieces.emplace_back(start, static_cast<size_t>(match.data() - start));
    joins.emplace_back(match.data(), match.size());
    start = match.data() + match.size();
    rest = re2::StringPiece(start, static_cast<size_t>(name.data() + name.size() - start));
  }
  pieces.emplace_back(start, static_cast<size_t>(name.data() + name.size() - start));
  std::vector<std::string> out;
  std::string school = pieces[0];
  for (size_t k = 1; k < pieces.size(); ++k) {
    if (LooksLikeOwnSchool(school) && LooksLikeOwnSchool(pieces[k])) {
      out.emplace_back(Trim(school));
      school = pieces[k];
    } else {
      school += joins[k - 1] + pieces[k];
    }
  }
  out.emplace_back(Trim(school));
  return out;
}

}  // namespace

namespace {

// `text` without separators at either end: spaces, ',', ';', '&', "and".
std::string_view TrimSeparators(std::string_view text) {
  auto separator = [](char c) { return c == ',' || c == ';' || c == '&'; };
  auto is_and = [](std::string_view w) { return w.size() == 3 && AsciiKey(w, ' ') == "and"; };
  for (bool changed = true; changed;) {
    const size_t before = text.size();
    text = Trim(text);
    while (!text.empty() && separator(text.front())) text = Trim(text.substr(1));
    while (!text.empty() && separator(text.back())) text = Trim(text.substr(0, text.size() - 1));
    if (text.size() >= 4 && is_and(text.substr(0, 3)) && std::isspace(static_cast<unsigned char>(text[3]))) text = text.substr(4);
    if (text.size() >= 4 && is_and(text.substr(text.size() - 3)) &&
        std::isspace(static_cast<unsigned char>(text[text.size() - 4]))) {
      text = text.substr(0, text.size() - 4);
    }
    if (is_and(text)) text = {};
    changed = text.size() != before;
  }
  return text;
}

// Where `name` stands in `lower_text` (lower case) as a whole entry: after
// the start or a separator (',', ';', '&', "and"), before one or the end. npos
// when it does not.
size_t FindEntry(const std::string& lower_text, const std::string& name) {
  std::string lower_name = name;
  for (char& c : lower_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto separated = [](std::string_view side, bool before) {
    side = Trim(side);
    if (side.empty()) return true;
    const char edge = before ? side.back() : side.front();
    if (edge == ',' || edge == ';' || edge == '&') return true;
    if (side.size() < 3) return false;
    const std::string_view word = before ? side.substr(side.size() - 3) : side.substr(0, 3);
    const bool whole = side.size() == 3 || std::isspace(static_cast<unsigned char>(before ? side[side.size() - 4] : side[3]));
    return word == "and" && whole;
  };
  for (size_t at = lower_text.find(lower_name); at != std::string::npos; at = lower_text.find(lower_name, at + 1)) {
    const std::string_view text(lower_text);
    if (separated(text.substr(0, at), true) && separated(text.substr(at + lower_name.size()), false)) return at;
  }
  return std::string::npos;
}

}  // namespace

std::vector<std::string> SplitLeadSchools(const std::string& text, const Register* reg) {
  if (reg) {
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& known : reg->JoinedLeadSchools()) {
      const size_t at = FindEntry(lower, known);
      if (at == std::string::npos) continue;
      std::vector<std::string> out;
      if (const std::string_view before = TrimSeparators(std::string_view(text).substr(0, at)); !before.empty()) {
        out = SplitLeadSchools(std::string(before), reg);
      }
      out.push_back(text.substr(at, known.size()));
      if (const std::string_view after = TrimSeparators(std::string_view(text).substr(at + known.size())); !after.empty()) {
        for (std::string& school : SplitLeadSchools(std::string(after), reg)) out.push_back(std::move(school));
      }
      return out;
    }
  }
  std::vector<std::string> out;
  for (const std::string& school : SplitSchoolList({text}, {LineEnd::kHard})) {
    for (std::string& part : SplitOnAnd(school)) out.push_back(std::move(part));
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
  if (const RegisterEntry* e = FindEntry(reg, f, r.district)) {
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
