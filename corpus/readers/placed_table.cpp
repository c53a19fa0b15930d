#include "corpus/readers/placed_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "corpus/base/utf8.h"
#include "corpus/register/district.h"
#include "corpus/register/question.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

using Bounds = std::array<double, 3>;  // x where columns 1, 2 and 3 begin

struct HeaderCells {
  std::array<double, 4> left{};
};

// Where the header row's cells begin, when line `l` holds it.
std::optional<HeaderCells> FindHeaderCells(const PlacedLine& l, double gap) {
  const std::vector<PlacedWord>& w = l.words;
  const size_t none = w.size();
  size_t d = none, c = none, lead = none;
  for (size_t i = 0; i < w.size(); ++i) {
    if (d == none) {
      if (SameWord(w[i].text, "District")) d = i;
    } else if (c == none) {
      if (SameWord(w[i].text, "Collaborative") || SameWord(w[i].text, "Collaboration")) c = i;
    } else if (SameWord(w[i].text, "Lead")) {
      lead = i;
      break;
    }
  }
  if (lead == none) return std::nullopt;
  size_t answer = lead + 1;
  while (answer < w.size() && w[answer].left - w[answer - 1].right < gap) ++answer;
  if (answer == w.size()) return std::nullopt;
  HeaderCells h;
  h.left = {w[d].left, w[c].left, w[lead].left, w[answer].left};
  return h;
}

size_t ColumnOf(double x, const Bounds& b) {
  size_t k = 0;
  while (k < b.size() && x >= b[k]) ++k;
  return k;
}

// Which column each word of a line stands in. Measured text: by the table's
// column bounds. Layout text: pdftotext sets every page on its own grid of
// characters and may shift a whole cell by a few, so each run of words
// single-spaced goes, whole, to the column whose header cell on that page
// (or the last page before with a header) begins nearest to it.
class ColumnFinder {
 public:
  explicit ColumnFinder(Bounds bounds) : measured_(true), bounds_(bounds) {}
  explicit ColumnFinder(std::map<int, std::array<double, 4>> starts) : starts_(std::move(starts)) {}

  std::vector<size_t> Of(const PlacedLine& l) const {
    std::vector<size_t> out(l.words.size(), 0);
    if (measured_) {
      for (size_t k = 0; k < l.words.size(); ++k) out[k] = ColumnOf(l.words[k].left, bounds_);
      return out;
    }
    auto it = starts_.upper_bound(l.page);
    if (it != starts_.begin()) --it;
    const std::array<double, 4>& starts = it->second;
    size_t column = 0;
    for (size_t k = 0; k < l.words.size(); ++k) {
      if (k > 0 && l.words[k].left - l.words[k - 1].right < 2) {
        out[k] = out[k - 1];
        continue;
      }
      size_t best = column;
      for (size_t c = column; c < 4; ++c) {
        if (std::abs(starts[c] - l.words[k].left) < std::abs(starts[best] - l.words[k].left)) best = c;
      }
      out[k] = column = best;
    }
    return out;
  }

 private:
  bool measured_ = false;
  Bounds bounds_{};
  std::map<int, std::array<double, 4>> starts_;
};

class TableReader {
 public:
  TableReader(const PlacedText& text, const std::string& source) : text_(text), source_(source) {}

  Result<PlacedTables> Read() {
    FindRunningLines();
    FindHeaders();
    if (headers_.empty()) {
      return Status::InvalidInput(source_, "no table header (expected a row 'District | Collaborative | Lead School(s) | …')");
    }
    for (size_t t = 0; t < tables_.size(); ++t) {
      if (Status s = ReadTable(tables_[t]); !s.ok()) return s;
    }
    if (out_.rows.empty()) {
      return Status::InvalidInput(source_, "no district rows found (a row starts with a Kent district name)");
    }
    return std::move(out_);
  }

 private:
  struct Header {
    size_t index = 0;            // line of the header row
    HeaderCells cells;
    std::vector<size_t> band;    // its lines (the header row and its wrapped lines)
    std::string signature;       // the header row's text, to know a repeat
    std::string answer_header;   // the answer column's header text
    std::optional<int> title;    // question named by a title line just above
    std::vector<size_t> titles;  // those title lines
  };
  struct Table {
    std::vector<size_t> headers;  // into headers_: the first, then its repeats
    size_t first_body = 0, end = 0;
    int question = 0;
  };

  std::string Where(const PlacedLine& l) const {
    std::string at = source_ + ":" + std::to_string(l.line) + ": ";
    if (text_.placement == Placement::kMeasured) at += "(page " + std::to_string(l.page) + ") ";
    return at;
  }

  bool Close(double a, double b) const {
    return std::abs(a - b) <= (text_.placement == Placement::kMeasured ? 2.0 : 3.0);
  }

  // The next line carries on this one in the same block of text.
  bool Adjoins(const PlacedLine& above, const PlacedLine& below, double allowance) const {
    if (above.page != below.page) return false;
    if (text_.placement == Placement::kCharacters) return below.line == above.line + 1;
    return below.top - above.bottom < allowance * text_.line_height;
  }

  void FindRunningLines() {
    for (size_t i : RunningLines(text_)) running_.insert(i);
  }

  void FindHeaders() {
    const double gap = text_.CellGap();
    for (size_t i = 0; i < text_.lines.size(); ++i) {
      const std::optional<HeaderCells> cells = FindHeaderCells(text_.lines[i], gap);
      if (!cells) continue;
      Header h;
      h.index = i;
      h.cells = *cells;
      h.band.push_back(i);
      const Bounds rough = {cells->left[1] - gap / 2, cells->left[2] - gap / 2, cells->left[3] - gap / 2};
      for (size_t j = i + 1; j < text_.lines.size() && h.band.size() < 8; ++j) {
        const PlacedLine& l = text_.lines[j];
        if (!Adjoins(text_.lines[h.band.back()], l, 0.35) || FindHeaderCells(l, gap)) break;
        if (ColumnOf(l.words.front().left, rough) == kDistrictColumn) break;
        h.band.push_back(j);
      }
      h.signature = text_.lines[i].Text();
      for (size_t j : h.band) {
        for (const PlacedWord& w : text_.lines[j].words) {
          if (ColumnOf(w.left, rough) == kAnswerColumn) h.answer_header += (h.answer_header.empty() ? "" : " ") + w.text;
        }
      }
      // Title lines just above: "Question 3: …".
      const size_t floor = headers_.empty() ? 0 : headers_.back().band.back() + 1;
      for (size_t back = 1; back <= 3 && i >= floor + back; ++back) {
        const size_t j = i - back;
        if (running_.count(j)) continue;
        if (const std::optional<int> q = MatchQuestionTitle(text_.lines[j].Text())) {
          h.title = q;
          for (size_t t = j; t < i; ++t) h.titles.push_back(t);  // a long title wraps
          break;
        }
      }
      headers_.push_back(std::move(h));
      i = headers_.back().band.back();
    }
    // Headers that repeat the one before (same cells, no title between) continue its table.
    for (size_t k = 0; k < headers_.size(); ++k) {
      const Header& h = headers_[k];
      bool repeat = false;
      if (k > 0 && !h.title) {
        const Header& first = headers_[tables_.back().headers.front()];
        repeat = h.signature == first.signature;
        // Layout text sets each page on its own grid: there the cells may stand a little apart.
        for (size_t c = 0; c < 4 && repeat && text_.placement == Placement::kMeasured; ++c) {
          repeat = Close(h.cells.left[c], first.cells.left[c]);
        }
      }
      if (repeat) {
        // A repeated header's wrapped lines are the first one's; what follows them is the table's.
        Header& again = headers_[k];
        const Header& first = headers_[tables_.back().headers.front()];
        size_t n = 1;
        while (n < again.band.size() && n < first.band.size() &&
               text_.lines[again.band[n]].Text() == text_.lines[first.band[n]].Text()) {
          ++n;
        }
        again.band.resize(n);
        tables_.back().headers.push_back(k);
      } else {
        tables_.push_back(Table{{k}, 0, 0, 0});
      }
    }
    for (size_t t = 0; t < tables_.size(); ++t) {
      tables_[t].first_body = headers_[tables_[t].headers.front()].band.back() + 1;
      if (t + 1 < tables_.size()) {
        const Header& next = headers_[tables_[t + 1].headers.front()];
        tables_[t].end = next.titles.empty() ? next.index : std::min(next.index, next.titles.front());
      } else {
        tables_[t].end = text_.lines.size();
      }
    }
  }

  // Lines of the table that hold its cells.
  std::vector<size_t> BodyLines(const Table& t) const {
    std::set<size_t> skip(running_.begin(), running_.end());
    for (size_t k : t.headers) {
      for (size_t j : headers_[k].band) skip.insert(j);
      for (size_t j : headers_[k].titles) skip.insert(j);
    }
    std::vector<size_t> body;
    for (size_t i = t.first_body; i < t.end; ++i) {
      if (!skip.count(i)) body.push_back(i);
    }
    return body;
  }

  // Between two columns' header cells, the middle of the widest stretch that
  // no word of the table crosses.
  Bounds ColumnBounds(const Table& t, const std::vector<size_t>& body) const {
    const Header& h = headers_[t.headers.front()];
    const double gap = text_.CellGap();
    const Bounds rough = {h.cells.left[1] - gap / 2, h.cells.left[2] - gap / 2, h.cells.left[3] - gap / 2};
    std::array<double, 4> header_right{};
    for (size_t c = 0; c < 4; ++c) header_right[c] = h.cells.left[c];
    for (size_t j : h.band) {
      for (const PlacedWord& w : text_.lines[j].words) {
        const size_t c = ColumnOf(w.left, rough);
        header_right[c] = std::max(header_right[c], w.right);
      }
    }
    Bounds out{};
    for (size_t c = 0; c < 3; ++c) {
      const double from = header_right[c], to = h.cells.left[c + 1];
      out[c] = to - gap / 2;
      if (from >= to) continue;
      std::vector<std::pair<double, double>> covered;
      for (size_t i : body) {
        for (const PlacedWord& w : text_.lines[i].words) {
          if (w.right > from && w.left < to) covered.emplace_back(std::max(w.left, from), std::min(w.right, to));
        }
      }
      std::sort(covered.begin(), covered.end());
      double best = -1, at = from;
      for (const auto& [l, r] : covered) {
        if (l - at > best) {
          best = l - at;
          out[c] = (at + l) / 2;
        }
        at = std::max(at, r);
      }
      if (to - at > best && to > at) out[c] = (at + to) / 2;
    }
    return out;
  }

  ColumnFinder Columns(const Table& t, const std::vector<size_t>& body) const {
    if (text_.placement == Placement::kMeasured) return ColumnFinder(ColumnBounds(t, body));
    std::map<int, std::array<double, 4>> starts;
    for (size_t k : t.headers) starts.emplace(text_.lines[headers_[k].index].page, headers_[k].cells.left);
    starts.emplace(0, headers_[t.headers.front()].cells.left);
    return ColumnFinder(std::move(starts));
  }

  Status ReadTable(const Table& t) {
    const Header& h = headers_[t.headers.front()];
    std::optional<int> question = MatchQuestion(h.answer_header);
    if (!question) question = h.title;
    const PlacedLine& header_line = text_.lines[h.index];
    if (!question) {
      return Status::InvalidInput(source_ + ":" + std::to_string(header_line.line),
                                  "no recognisable header (the answer column's header '" + h.answer_header +
                                      "' names none of the five questions, and no 'Question N' title stands above "
                                      "the table)");
    }
    const std::vector<size_t> body = BodyLines(t);
    const ColumnFinder columns = Columns(t, body);

    std::vector<std::vector<size_t>> row_lines;  // per row, its lines
    std::vector<TableRow> rows;
    std::vector<std::vector<std::string>> district_words;
    std::vector<std::string> pending;
    size_t last_district_line = 0;
    for (size_t i : body) {
      const PlacedLine& l = text_.lines[i];
      std::vector<std::string> col0;
      const std::vector<size_t> of = columns.Of(l);
      for (size_t k = 0; k < l.words.size(); ++k) {
        if (of[k] == kDistrictColumn) col0.push_back(l.words[k].text);
      }
      if (!col0.empty()) {
        const bool adjoins = !rows.empty() && Adjoins(text_.lines[last_district_line], l, 0.6);
        std::vector<Word> words;
        std::string joined;
        for (const std::string& s : col0) joined += (joined.empty() ? "" : " ") + s;
        words = SplitWords(joined);
        const DistrictMatch dm = MatchDistrictAtStart(words);
        bool starts = rows.empty();
        if (!starts) {
          if (!pending.empty() && adjoins && SameWord(words.front().text, pending.front())) {
            starts = false;
          } else if (dm.words_used > 0) {
            starts = true;
          } else {
            starts = !adjoins;
          }
        }
        if (starts) {
          TableRow row;
          row.line = l.line;
          row.page = l.page;
          row.question = *question;
          rows.push_back(std::move(row));
          row_lines.emplace_back();
          district_words.emplace_back();
          PullIn(row_lines, l);
          pending = dm.pending;
        } else if (!pending.empty()) {
          size_t k = 0;
          while (k < pending.size() && k < words.size() && SameWord(words[k].text, pending[k])) ++k;
          pending.erase(pending.begin(), pending.begin() + static_cast<long>(k));
        }
        district_words.back().insert(district_words.back().end(), col0.begin(), col0.end());
        last_district_line = i;
      }
      if (rows.empty()) {
        out_.warnings.push_back(Where(l) + "warning: text before the first district row belongs to no return: " + l.Text());
        continue;
      }
      row_lines.back().push_back(i);
    }
    // Each column's left and right edge: where its text begins and its longest
    // line ends (in layout text, page by page: each page has its own grid).
    const bool measured = text_.placement == Placement::kMeasured;
    std::map<std::pair<int, size_t>, std::pair<double, double>> edges;  // (page or 0, column) → left, right
    for (size_t r = 0; r < rows.size(); ++r) {
      FillCells(rows[r], row_lines[r], columns);
      for (size_t c = 0; c < 4; ++c) {
        for (const CellLine& cl : rows[r].cells[c]) {
          auto [it, inserted] = edges.emplace(std::make_pair(measured ? 0 : cl.page, c), std::make_pair(cl.left, cl.right));
          it->second.first = std::min(it->second.first, cl.left);
          it->second.second = std::max(it->second.second, cl.right);
        }
      }
    }
    const double normal_gap = NormalGap(rows);
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t c = 0; c < 4; ++c) {
        if (rows[r].cells[c].empty()) continue;
        const auto& [left, right] = edges.at(std::make_pair(measured ? 0 : rows[r].cells[c].front().page, c));
        Describe(rows[r].cells[c], left, right, normal_gap);
      }
      std::string district;
      for (const std::string& w : district_words[r]) district += (district.empty() ? "" : " ") + w;
      const DistrictMatch dm = MatchDistrictAtStart(SplitWords(district));
      if (dm.words_used == 0 || dm.words_used < SplitWords(district).size() || !dm.pending.empty()) {
        out_.warnings.push_back(source_ + ":" + std::to_string(rows[r].line) + ": warning: '" + district +
                                "' in the District column is not a Kent district; its row is read as one");
      }
      out_.rows.push_back(std::move(rows[r]));
    }
    return Status::OK();
  }

  // A new row's district line: lines just above it that stand beside it (a
  // larger first line in another cell) belong to it, not to the row before.
  void PullIn(std::vector<std::vector<size_t>>& row_lines, const PlacedLine& district_line) {
    if (text_.placement != Placement::kMeasured || row_lines.size() < 2) return;
    std::vector<size_t>& before = row_lines[row_lines.size() - 2];
    std::vector<size_t> moved;
    while (!before.empty()) {
      const PlacedLine& l = text_.lines[before.back()];
      if (l.page != district_line.page || l.bottom < district_line.top + 0.25 * text_.line_height) break;
      moved.insert(moved.begin(), before.back());
      before.pop_back();
    }
    row_lines.back().insert(row_lines.back().end(), moved.begin(), moved.end());
  }

  void FillCells(TableRow& row, const std::vector<size_t>& lines, const ColumnFinder& columns) const {
    const double join = 0.3 * text_.space;
    for (size_t i : lines) {
      const PlacedLine& l = text_.lines[i];
      std::array<CellLine, 4> parts;
      std::array<double, 4> last_right{};
      const std::vector<size_t> of = columns.Of(l);
      for (size_t k = 0; k < l.words.size(); ++k) {
        const PlacedWord& w = l.words[k];
        const size_t c = of[k];
        CellLine& cl = parts[c];
        if (cl.text.empty()) {
          cl.line = l.line;
          cl.page = l.page;
          cl.left = w.left;
          cl.top = l.top;
          cl.bullet = w.mark_before;
        } else {
          cl.text += w.left - last_right[c] > join ? " " : "";
        }
        if (cl.text.empty()) cl.first_word = w.right - w.left;
        cl.text += w.text;
        cl.right = w.right;
        last_right[c] = w.right;
      }
      for (size_t c = 0; c < 4; ++c) {
        if (!parts[c].text.empty()) {
          parts[c].bottom = l.bottom;
          row.cells[c].push_back(std::move(parts[c]));
        }
      }
    }
  }

  double NormalGap(const std::vector<TableRow>& rows) const {
    std::vector<double> gaps;
    for (const TableRow& r : rows) {
      for (const std::vector<CellLine>& cell : r.cells) {
        for (size_t k = 1; k < cell.size(); ++k) {
          if (cell[k].page == cell[k - 1].page) gaps.push_back(cell[k].top - cell[k - 1].bottom);
        }
      }
    }
    if (gaps.empty()) return 0;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    return std::max(0.0, gaps[gaps.size() / 2]);
  }

  // Wrapping, paragraph space and indentation of one cell's lines.
  void Describe(std::vector<CellLine>& cell, double left_edge, double right_edge, double normal_gap) const {
    if (cell.empty()) return;
    const bool measured = text_.placement == Placement::kMeasured;
    double left = left_edge;
    if (!measured) {
      // pdftotext -layout may set a whole cell a few characters off: indentation is within the cell.
      left = cell.front().left;
      for (const CellLine& l : cell) left = std::min(left, l.left);
    }
    const double indent = measured ? 0.6 * text_.line_height : 2;
    for (size_t k = 0; k < cell.size(); ++k) {
      CellLine& l = cell[k];
      l.indented = l.left >= left + indent;
      if (k == 0) continue;
      CellLine& above = cell[k - 1];
      if (measured) {
        l.blank_before = l.page == above.page && l.top - above.bottom > normal_gap + 0.25 * text_.line_height;
      } else {
        l.blank_before = l.page == above.page && l.line > above.line + 1;
      }
      if (l.blank_before || l.bullet) continue;
      const std::vector<Word> words = SplitWords(l.text);
      const double first = measured ? l.first_word : static_cast<double>(CodePointCount(words.front().text));
      // The column's edge is at least its longest line's end (`right_edge`);
      // words a line could not take were set a little wider than their boxes
      // measure, so a line whose next word would have ended near that edge wrapped.
      const double slack = measured ? text_.space + 0.004 * (right_edge - left_edge) : 4;
      above.wrapped = above.right + text_.space + first > right_edge - slack;
    }
    // Across a page break: widow and orphan control (on by default in Word and
    // in browsers) never leaves one line of a paragraph alone at the foot or
    // the head of a page, so such a line is a paragraph of its own.
    auto opens = [&](size_t k) { return k == 0 || cell[k].blank_before || cell[k].bullet || !cell[k - 1].wrapped; };
    auto closes = [&](size_t k) {
      return k + 1 == cell.size() || cell[k + 1].blank_before || cell[k + 1].bullet || !cell[k].wrapped;
    };
    for (size_t k = 1; k < cell.size(); ++k) {
      if (cell[k].page == cell[k - 1].page || !cell[k - 1].wrapped) continue;
      if (opens(k - 1) || closes(k)) cell[k - 1].wrapped = false;
    }
  }

  const PlacedText& text_;
  const std::string& source_;
  std::set<size_t> running_;
  std::vector<Header> headers_;
  std::vector<Table> tables_;
  PlacedTables out_;
};

}  // namespace

bool HasTableHeader(const PlacedText& text) {
  for (const PlacedLine& l : text.lines) {
    if (FindHeaderCells(l, text.CellGap())) return true;
  }
  return false;
}

Result<PlacedTables> ReadPlacedTables(const PlacedText& text, const std::string& source) {
  return TableReader(text, source).Read();
}

}  // namespace returns
