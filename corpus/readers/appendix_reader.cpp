#include "corpus/readers/appendix_reader.h"

#include <algorithm>
#include <optional>

#include "corpus/register/district.h"
#include "corpus/register/question.h"
#include "corpus/base/read_file.h"
#include "corpus/register/register_match.h"
#include "corpus/register/return_id.h"
#include "corpus/text/segment.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

struct SourceLines {
  std::vector<std::string> text;          // NFC, without line ends; never modified after load
  std::vector<std::vector<Word>> words;   // views into text
};

SourceLines SplitLines(const std::string& text) {
  SourceLines out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.text.push_back(std::move(line));
    if (end == text.size()) break;
    start = end + 1;
  }
  out.words.reserve(out.text.size());
  for (const std::string& line : out.text) out.words.push_back(SplitWords(line));
  return out;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                    std::tolower(static_cast<unsigned char>(b)); });
  return it != hay.end();
}

std::optional<int> HeaderQuestion(std::string_view header) {
  if (!ContainsNoCase(header, "district") || !ContainsNoCase(header, "collaborative")) return std::nullopt;
  for (std::string_view marker : {"Lead School(s)", "Lead Schools", "Lead School", "Collaborative"}) {
    auto it = std::search(header.begin(), header.end(), marker.begin(), marker.end(),
                          [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                      std::tolower(static_cast<unsigned char>(b)); });
    if (it == header.end()) continue;
    const size_t tail = static_cast<size_t>(it - header.begin()) + marker.size();
    return MatchQuestion(header.substr(tail));
  }
  return std::nullopt;
}

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

struct Row {
  size_t first = 0;  // index of the row's first line
  DistrictMatch district;
  std::vector<size_t> lines;
  std::vector<CellTrack> tracks;
  std::vector<std::vector<size_t>> offsets;  // per track, per row line: where the answer begins
};

class RowBuilder {
 public:
  RowBuilder(const Register& reg, const SourceLines& src, const std::string& source, int question)
      : register_(reg), src_(src), source_(source), question_(question) {}

  void Start(size_t index, DistrictMatch district) {
    row_ = Row{};
    row_->first = index;
    row_->district = std::move(district);
    for (const RegisterEntry* e : register_.InDistrict(row_->district.district)) {
      for (size_t n = 0; n < e->names.size(); ++n) row_->tracks.emplace_back(e, n, row_->district.pending);
    }
    row_->offsets.resize(row_->tracks.size());
    Add(index);
  }

  bool active() const { return row_.has_value(); }

  void Add(size_t index) {
    row_->lines.push_back(index);
    const size_t first = index == row_->first ? row_->district.words_used : 0;
    for (size_t t = 0; t < row_->tracks.size(); ++t) {
      row_->offsets[t].push_back(row_->tracks[t].Feed(src_.text[index], src_.words[index], first));
    }
  }

  // Does the best reading so far expect cell text at the head of this line?
  bool Expects(size_t index) const {
    if (!row_) return false;
    const CellTrack* best = Best();
    if (!best) return false;
    for (const CellTrack& t : row_->tracks) {
      const bool tie = !t.BetterThan(*best) && !best->BetterThan(t);
      if (tie && t.Expects(src_.text[index], src_.words[index])) return true;
    }
    return false;
  }

  // Finishes the current row into a return.
  void Finish(AppendixRead& out) {
    if (!row_) return;
    Return r;
    r.district = row_->district.district;
    r.question = question_;
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
      offsets = ReadByLayout(r);
      out.warnings.push_back(Where(row_->first) + "warning: collaborative '" + r.collaborative +
                             "' is not in the register; its columns were read by layout alone");
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

 private:
  const CellTrack* Best() const {
    const CellTrack* best = nullptr;
    for (const CellTrack& t : row_->tracks) {
      if (!best || t.BetterThan(*best)) best = &t;
    }
    return best;
  }

  std::string Where(size_t index) const { return source_ + ":" + std::to_string(index + 1) + ": "; }

  // Without the register: the collaborative is the first block of lines after
  // the district, the lead school(s) the next block, the rest the answer. Two
  // or more spaces on the first line also separate columns.
  std::vector<size_t> ReadByLayout(Return& r) const {
    std::vector<size_t> offsets;
    std::vector<std::string> collab, lead;
    int phase = 0;  // 0 collaborative, 1 lead school, 2 answer
    size_t pending = 0;
    for (size_t k = 0; k < row_->lines.size(); ++k) {
      const std::string& line = src_.text[row_->lines[k]];
      const std::vector<Word>& words = src_.words[row_->lines[k]];
      size_t i = k == 0 ? row_->district.words_used : 0;
      while (pending < row_->district.pending.size() && i < words.size() &&
             SameWord(words[i].text, row_->district.pending[pending])) {
        ++pending;
        ++i;
      }
      if (i >= words.size()) {
        if (k > 0 && words.empty() && phase < 2 && !(phase == 0 && collab.empty())) {
          if (!(phase == 1 && lead.empty())) ++phase;
        }
        offsets.push_back(line.size());
        continue;
      }
      while (phase < 2 && i < words.size()) {
        std::vector<std::string>& cell = phase == 0 ? collab : lead;
        size_t j = i;
        while (j < words.size() && (j == i || SpacesBefore(line, words[j].start) < 2)) ++j;
        for (size_t w = i; w < j; ++w) cell.emplace_back(words[w].text);
        i = j;
        if (i < words.size()) ++phase;  // a wide gap: the next column starts on this line
      }
      offsets.push_back(i < words.size() ? words[i].start : line.size());
    }
    auto join = [](const std::vector<std::string>& ws) {
      std::string s;
      for (const std::string& w : ws) s += (s.empty() ? "" : " ") + w;
      return s;
    };
    r.collaborative = join(collab);
    if (!lead.empty()) r.lead_schools.push_back(join(lead));
    return offsets;
  }

  const Register& register_;
  const SourceLines& src_;
  const std::string& source_;
  int question_;
  std::optional<Row> row_;
};

// Does a line that begins with a district name begin a new row?
bool StartsRow(const Register& reg, const DistrictMatch& dm, const std::vector<Word>& words, const SourceLines& src,
               size_t index, bool in_row) {
  if (dm.words_used == words.size() || !dm.pending.empty()) return true;
  for (const RegisterEntry* e : reg.InDistrict(dm.district)) {
    for (const std::string& name : e->names) {
      const std::vector<std::string> first = NameWords(name);
      if (!first.empty() && SameWord(words[dm.words_used].text, first.front())) return true;
    }
  }
  // An unknown collaborative: a row unless the line carries on a wrapped sentence.
  if (!in_row || index == 0) return true;
  const std::string& prev = src.text[index - 1];
  return !(WidthOf(prev) >= kFullLineWidth && !EndsSentence(prev));
}

}  // namespace

Result<AppendixRead> AppendixReader::ReadFile(const std::string& path) const {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return Read(bytes.value(), path);
}

Result<AppendixRead> AppendixReader::Read(std::string_view bytes, const std::string& source) const {
  if (Trim(bytes).empty()) return Status::InvalidInput(source, "empty file");
  if (Status s = CheckUtf8(bytes, source); !s.ok()) return s;
  const std::string text = ToNfc(bytes);
  const SourceLines src = SplitLines(text);

  size_t header = 0;
  while (header < src.words.size() && src.words[header].empty()) ++header;
  const std::optional<int> question = HeaderQuestion(src.text[header]);
  if (!question) {
    return Status::InvalidInput(source + ":" + std::to_string(header + 1), "no recognisable header (expected 'District Collaborative Lead School(s)' "
                                "followed by one of the five questions)");
  }

  AppendixRead out;
  RowBuilder row(register_, src, source, *question);
  for (size_t i = header + 1; i < src.text.size(); ++i) {
    const std::vector<Word>& words = src.words[i];
    if (row.active() && row.Expects(i)) {
      row.Add(i);
      continue;
    }
    const DistrictMatch dm = MatchDistrictAtStart(words);
    if (dm.words_used > 0 && StartsRow(register_, dm, words, src, i, row.active())) {
      row.Finish(out);
      row.Start(i, dm);
    } else if (row.active()) {
      row.Add(i);
    } else if (!words.empty()) {
      out.warnings.push_back(source + ":" + std::to_string(i + 1) +
                             ": warning: text before the first district row belongs to no return: " + src.text[i]);
    }
  }
  row.Finish(out);
  if (out.returns.empty()) {
    return Status::InvalidInput(source, "no district rows found (a row starts with a Kent district name)");
  }
  return out;
}

}  // namespace returns
