#include "corpus/readers/appendix_rows.h"

#include <algorithm>
#include <cctype>

#include "corpus/base/utf8.h"
#include "corpus/readers/unknown_row.h"
#include "corpus/register/return_id.h"
#include "corpus/text/segment.h"

namespace returns {
namespace {

size_t WidthOf(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return CodePointCount(line);
}

// Whitespace bytes immediately before `offset`.
size_t SpacesBefore(std::string_view line, size_t offset) {
  size_t n = 0;
  while (n < offset && (line[offset - n - 1] == ' ' || line[offset - n - 1] == '\t')) ++n;
  return n;
}

}  // namespace

SourceLines SplitLines(const std::string& text) {
  SourceLines out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // pdftotext ends each page with a form feed; it is no part of the text.
    line.erase(std::remove(line.begin(), line.end(), '\f'), line.end());
    out.text.push_back(std::move(line));
    if (end == text.size()) break;
    start = end + 1;
  }
  out.words.reserve(out.text.size());
  for (const std::string& line : out.text) out.words.push_back(SplitWords(line));
  return out;
}

void RowBuilder::Start(size_t index, DistrictMatch district, int question) {
  row_ = Row{};
  row_->first = index;
  row_->question = question;
  row_->district = std::move(district);
  for (const RegisterEntry* e : register_.InDistrict(row_->district.district)) {
    for (size_t n = 0; n < e->names.size(); ++n) row_->tracks.emplace_back(e, n, row_->district.pending);
  }
  row_->offsets.resize(row_->tracks.size());
  Add(index);
}

void RowBuilder::Add(size_t index) {
  row_->lines.push_back(index);
  const size_t first = index == row_->first ? row_->district.words_used : 0;
  for (size_t t = 0; t < row_->tracks.size(); ++t) {
    row_->offsets[t].push_back(row_->tracks[t].Feed(src_.text[index], src_.words[index], first));
  }
}

const CellTrack* RowBuilder::Best() const {
  const CellTrack* best = nullptr;
  for (const CellTrack& t : row_->tracks) {
    if (!best || t.BetterThan(*best)) best = &t;
  }
  return best;
}

bool RowBuilder::Expects(size_t index) const {
  if (!row_) return false;
  const CellTrack* best = Best();
  if (!best) return false;
  for (const CellTrack& t : row_->tracks) {
    const bool tie = !t.BetterThan(*best) && !best->BetterThan(t);
    if (tie && t.Expects(src_.text[index], src_.words[index])) return true;
  }
  return false;
}

std::string RowBuilder::Collaborative() const {
  if (!row_) return {};
  const CellTrack* best = Best();
  if (best && best->alive() && best->collaborative_complete()) return best->collaborative_written();
  return {};
}

// The line right above, in the row, carries a sentence on into this one: it
// does not end one, and it ends with a joining word or is about as wide as
// the table's widest lines.
bool RowBuilder::WrappedInto(size_t index) const {
  size_t above = index;
  if (!row_->lines.empty()) above = row_->lines.back();
  // Only the line right above: a blank line between may as well end the row.
  if (above + 1 != index || src_.words[above].empty()) return false;
  const std::string& text = src_.text[above];
  if (EndsSentence(text)) return false;
  return EndsWithJoiner(text) || (full_width_ >= 20 && WidthOf(text) * 5 >= full_width_ * 4);
}

bool RowBuilder::OnlyDistrictSoFar() const {
  for (size_t i : row_->lines) {
    const size_t used = i == row_->first ? row_->district.words_used : 0;
    if (src_.words[i].size() > used) return false;
  }
  return true;
}

RowStart RowBuilder::StartsRow(size_t index, const DistrictMatch& dm) const {
  const std::vector<Word>& words = src_.words[index];
  if (dm.words_used == words.size() || !dm.pending.empty()) return RowStart::kRow;
  // A row that so far holds only its district: this line begins its collaborative
  // ("Ashford" / "Ashford Rural Partnership", each cell set apart).
  if (row_ && row_->district.pending.empty() && OnlyDistrictSoFar()) return RowStart::kInside;
  for (const RegisterEntry* e : register_.InDistrict(dm.district)) {
    for (const std::string& name : e->names) {
      const std::vector<std::string> first = NameWords(name);
      if (!first.empty() && SameWord(words[dm.words_used].text, first.front())) return RowStart::kRow;
    }
  }
  // A collaborative the register does not know, or a sentence of an answer.
  if (!row_) return RowStart::kRow;
  const std::string_view line = src_.text[index];
  if (SpacesBefore(line, words[dm.words_used].start) >= 2) return RowStart::kRow;  // a gap between cells
  const std::string_view next = words[dm.words_used].text;
  if (std::islower(static_cast<unsigned char>(next.front()))) return RowStart::kInside;
  if (WrappedInto(index)) return RowStart::kInside;
  if (ReadsAsSentence(words, dm.words_used)) return RowStart::kInsideUnsure;
  return RowStart::kRow;
}

std::vector<size_t> RowBuilder::ReadUnknown(Return& r, AppendixRead& out) const {
  std::vector<RowLine> lines;
  size_t pending = 0;
  for (size_t k = 0; k < row_->lines.size(); ++k) {
    const size_t index = row_->lines[k];
    RowLine l{src_.text[index], &src_.words[index], k == 0 ? row_->district.words_used : 0};
    // The rest of a district split over lines ("Malling").
    while (pending < row_->district.pending.size() && l.first < l.words->size() &&
           SameWord((*l.words)[l.first].text, row_->district.pending[pending])) {
      ++pending;
      ++l.first;
    }
    lines.push_back(l);
  }
  const UnknownRowRead read = ReadUnknownRow(lines);
  r.collaborative = read.collaborative;
  r.lead_schools = read.lead_schools;
  std::string leads;
  for (const std::string& l : read.lead_schools) leads += (leads.empty() ? "" : "; ") + l;
  std::string warning = Where(row_->first) + "warning: collaborative '" + r.collaborative +
                        "' is not in the register; its columns were read by layout and cues";
  if (!read.sure) {
    warning += ", unsure where its " + read.doubt + " cell ends: check this row (collaborative '" + r.collaborative +
               "', lead school(s) '" + leads + "')";
  }
  out.warnings.push_back(std::move(warning));
  return read.offsets;
}

void RowBuilder::Finish(AppendixRead& out) {
  if (!row_) return;
  Return r;
  r.district = row_->district.district;
  r.question = row_->question;
  r.source = source_;
  r.line = static_cast<int>(row_->first) + 1;
  std::vector<size_t> offsets;
  const CellTrack* best = Best();
  if (best && best->alive() && best->collaborative_complete()) {
    const size_t t = static_cast<size_t>(best - row_->tracks.data());
    offsets = row_->offsets[t];
    r.collaborative = best->collaborative_written();
    r.collaborative_canonical = best->entry()->collaborative;
    r.lead_schools = best->lead_schools_written();
    r.lead_schools_canonical = best->lead_schools_canonical();
    if (!best->leads_complete()) {
      out.warnings.push_back(Where(row_->first) + "warning: lead school(s) of '" + r.collaborative +
                             "' only partly found; the rest is read as answer text");
    }
  } else {
    offsets = ReadUnknown(r, out);
  }
  std::vector<AnswerLine> answer;
  for (size_t k = 0; k < row_->lines.size(); ++k) {
    const std::string& line = src_.text[row_->lines[k]];
    const std::vector<Word>& words = src_.words[row_->lines[k]];
    const size_t off = offsets[k];
    AnswerLine a;
    a.line = static_cast<int>(row_->lines[k]) + 1;
    a.text = line.substr(off);
    a.width = CodePointCount(Trim(a.text));
    const bool took_cells = !words.empty() && off > words.front().start;
    a.leading_gap = took_cells ? SpacesBefore(line, off) >= 2 : off > 0 && off < line.size();
    answer.push_back(std::move(a));
  }
  SegmentedAnswer seg = SegmentAnswer(answer);
  r.text = std::move(seg.text);
  r.comments = std::move(seg.comments);
  if (r.comments.empty()) {
    out.warnings.push_back(Where(row_->first) + "warning: the row of '" + r.collaborative + "' has no answer text");
  }
  r.id = MakeReturnId(r);
  out.returns.push_back(std::move(r));
  row_.reset();
}

}  // namespace returns
