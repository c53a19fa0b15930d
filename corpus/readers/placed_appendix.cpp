#include "corpus/readers/placed_appendix.h"

#include <optional>

#include "corpus/base/utf8.h"
#include "corpus/readers/placed_table.h"
#include "corpus/register/district.h"
#include "corpus/register/name_cues.h"
#include "corpus/register/register_match.h"
#include "corpus/register/return_builder.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

bool IsSeparator(std::string_view w) { return w == ";" || w == "," || w == "&" || w == "and"; }

std::string Written(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == '.')) out.pop_back();
  return out;
}

// The cell as the schools of `entry`, in any order, each in one of its
// spellings (notes read but left out of the name), or nullopt when some of
// the cell is none of them.
std::optional<std::vector<std::string>> LeadsAsRegistered(const RegisterEntry& entry, const std::string& cell) {
  const std::vector<Word> words = SplitWords(cell);
  std::vector<std::vector<std::vector<SpellingWord>>> spellings;
  for (const LeadSchool& l : entry.lead_schools) {
    spellings.emplace_back();
    for (const std::string& s : l.spellings) spellings.back().push_back(SpellingWords(s));
  }
  std::vector<bool> used(spellings.size(), false);
  std::vector<std::string> out;
  size_t at = 0;
  while (at < words.size()) {
    if (IsSeparator(words[at].text)) {
      ++at;
      continue;
    }
    size_t best_len = 0, best_school = 0;
    const std::vector<SpellingWord>* best = nullptr;
    for (size_t s = 0; s < spellings.size(); ++s) {
      if (used[s]) continue;
      for (const std::vector<SpellingWord>& sp : spellings[s]) {
        // A spelling's notes may be missing from the cell: try it with and without them.
        for (int with_notes = 1; with_notes >= 0; --with_notes) {
          size_t k = 0, n = 0;
          bool ok = true;
          for (const SpellingWord& w : sp) {
            if (w.note && !with_notes) continue;
            if (at + k >= words.size() || !SameWord(words[at + k].text, w.text)) {
              ok = false;
              break;
            }
            ++k;
            ++n;
          }
          if (ok && n > best_len) {
            best_len = n;
            best_school = s;
            best = &sp;
          }
        }
      }
    }
    if (!best) return std::nullopt;
    std::vector<std::string> name;
    size_t k = 0;
    for (const SpellingWord& w : *best) {
      if (k >= best_len) break;
      if (!SameWord(words[at + k].text, w.text)) continue;  // a note the cell left out
      if (!w.note) name.emplace_back(words[at + k].text);
      ++k;
    }
    used[best_school] = true;
    const std::string written = Written(name);
    if (!written.empty()) out.push_back(written);
    at += best_len;
  }
  return out;
}

std::vector<std::string> Texts(const std::vector<CellLine>& lines) {
  std::vector<std::string> out;
  for (const CellLine& l : lines) out.push_back(l.text);
  return out;
}

std::vector<std::string> LeadSchools(const PlacedTableRow& row, const ReturnFields& f, const Register& reg) {
  const std::vector<CellLine>& cell = row.cells[kLeadSchoolsColumn];
  const std::string joined = JoinNameLines(Texts(cell));
  for (const RegisterEntry* e : reg.Named(f.collaborative)) {
    if (!f.district.empty() && AsciiKey(e->district, ' ') != AsciiKey(f.district, ' ')) continue;
    if (std::optional<std::vector<std::string>> leads = LeadsAsRegistered(*e, joined)) return *leads;
  }
  std::vector<LineEnd> ends;
  // A line that ran to the edge may have wrapped or ended there: its words decide.
  for (const CellLine& l : cell) ends.push_back(l.wrapped ? LineEnd::kUnknown : LineEnd::kHard);
  return SplitSchoolList(Texts(cell), ends);
}

std::vector<AnswerLine> AnswerLines(const std::vector<CellLine>& cell) {
  std::vector<AnswerLine> out;
  for (size_t k = 0; k < cell.size(); ++k) {
    const CellLine& l = cell[k];
    if (l.blank_before) out.push_back(AnswerLine{l.line, "", 0, false, std::nullopt});
    AnswerLine a;
    a.line = l.line;
    // A drawn bullet is written as the glyph the segmenter knows.
    a.text = l.bullet ? "\u2022 " + l.text : l.text;
    a.width = CodePointCount(a.text);
    // An indented line opens a list item unless the line above wrapped into it.
    a.leading_gap = l.bullet || (l.indented && (k == 0 || !cell[k - 1].wrapped || l.blank_before));
    a.wrapped = l.wrapped;
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

Result<AppendixRead> ReadPlacedAppendix(const PlacedText& text, const std::string& source, const Register& reg) {
  Result<PlacedTables> tables = ReadPlacedTables(text, source);
  if (!tables.ok()) return tables.status();
  AppendixRead out;
  out.warnings = std::move(tables.value().warnings);
  for (const PlacedTableRow& row : tables.value().rows) {
    ReturnFields f;
    const std::string district = JoinNameLines(Texts(row.cells[kDistrictColumn]));
    const DistrictMatch dm = MatchDistrictAtStart(SplitWords(district));
    f.district = dm.words_used > 0 && dm.pending.empty() ? dm.district : district;
    f.collaborative = JoinNameLines(Texts(row.cells[kCollaborativeColumn]));
    f.question = row.question;
    f.source = source;
    f.line = row.line;
    f.lead_schools = LeadSchools(row, f, reg);
    Return r = BuildReturn(f, AnswerLines(row.cells[kAnswerColumn]), reg);
    if (f.collaborative.empty()) {
      out.warnings.push_back(source + ":" + std::to_string(row.line) + ": warning: the row of district '" + f.district +
                             "' has no collaborative");
    }
    out.returns.push_back(std::move(r));
  }
  return out;
}

}  // namespace returns
