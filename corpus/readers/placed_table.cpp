#include "corpus/readers/placed_table.h"

#include "corpus/readers/placed_header.h"

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

class TableReader {
 public:
  TableReader(const PlacedText& text, const std::string& source) : text_(text), source_(source) {}

  Result<PlacedTables> Read() {
    const std::vector<TableLayout> tables = FindTables(text_);
    if (tables.empty()) {
      return Status::InvalidInput(source_, "no table header (expected a row 'District | Collaborative | Lead School(s) | …')");
    }
    for (const TableLayout& t : tables) {
      if (Status s = ReadTable(t); !s.ok()) return s;
    }
    if (out_.rows.empty()) {
      return Status::InvalidInput(source_, "no district rows found (a row starts with a Kent district name)");
    }
    return std::move(out_);
  }

 private:
  std::string Where(const PlacedLine& l) const {
    std::string at = source_ + ":" + std::to_string(l.line) + ": ";
    if (text_.placement == Placement::kMeasured) at += "(page " + std::to_string(l.page) + ") ";
    return at;
  }

  Status ReadTable(const TableLayout& t) {
    std::optional<int> question = MatchQuestion(t.answer_header);
    if (!question) question = t.title;
    const PlacedLine& header_line = text_.lines[t.header];
    if (!question) {
      return Status::InvalidInput(source_ + ":" + std::to_string(header_line.line),
                                  "no recognisable header (the answer column's header '" + t.answer_header +
                                      "' names none of the five questions, and no 'Question N' title stands above "
                                      "the table)");
    }
    const std::vector<size_t>& body = t.body;
    const ColumnFinder& columns = t.columns;

    std::vector<std::vector<size_t>> row_lines;  // per row, its lines
    std::vector<PlacedTableRow> rows;
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
        const bool adjoins = !rows.empty() && Adjoins(text_, text_.lines[last_district_line], l, 0.6);
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
          PlacedTableRow row;
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
        PlacedLine at;
        at.line = rows[r].line;
        at.page = rows[r].page;
        out_.warnings.push_back(Where(at) + "warning: '" + district +
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

  void FillCells(PlacedTableRow& row, const std::vector<size_t>& lines, const ColumnFinder& columns) const {
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
          // The cell's own words: a line of the page may gather words of other columns set a little lower.
          cl.top = w.top;
          cl.bottom = w.bottom;
          cl.bullet = w.mark_before;
        } else {
          cl.text += w.left - last_right[c] > join ? " " : "";
        }
        if (cl.text.empty()) cl.first_word = w.right - w.left;
        cl.text += w.text;
        cl.right = w.right;
        cl.top = std::min(cl.top, w.top);
        cl.bottom = std::max(cl.bottom, w.bottom);
        last_right[c] = w.right;
      }
      for (size_t c = 0; c < 4; ++c) {
        if (!parts[c].text.empty()) row.cells[c].push_back(std::move(parts[c]));
      }
    }
  }

  double NormalGap(const std::vector<PlacedTableRow>& rows) const {
    std::vector<double> gaps;
    for (const PlacedTableRow& r : rows) {
      for (const std::vector<CellLine>& cell : r.cells) {
        for (size_t k = 1; k < cell.size(); ++k) {
          if (cell[k].page == cell[k - 1].page) gaps.push_back(cell[k].top - cell[k - 1].bottom);
        }
      }
    }
    if (gaps.empty()) return 0;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];  // below zero where line boxes overlap
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
        l.blank_before = l.page == above.page && l.top - above.bottom > normal_gap + 0.2 * text_.line_height;
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
      // Characters only estimate widths: words settle it where they can.
      if (!measured && !above.wrapped) {
        above.wrapped = EndsWithJoiner(above.text) || std::islower(static_cast<unsigned char>(words.front().text.front()));
      }
    }
    // Across a page break no space tells a paragraph's end, and a line that ran
    // to the edge may have ended there. In a list whose bullets are drawn, an
    // item's line without one goes on; elsewhere the line ended when it ends a sentence.
    const bool drawn_bullets = std::any_of(cell.begin(), cell.end(), [](const CellLine& l) { return l.bullet; });
    for (size_t k = 1; k < cell.size(); ++k) {
      if (cell[k].page == cell[k - 1].page || !cell[k - 1].wrapped) continue;
      const bool item_goes_on = drawn_bullets && cell[k].indented && !cell[k].bullet;
      if (!item_goes_on && EndsSentence(cell[k - 1].text)) cell[k - 1].wrapped = false;
    }
  }

  const PlacedText& text_;
  const std::string& source_;
  PlacedTables out_;
};

}  // namespace

bool HasTableHeader(const PlacedText& text) {
  for (const PlacedLine& l : text.lines) {
    if (HeaderCellStarts(l, text.CellGap())) return true;
  }
  return false;
}

Result<PlacedTables> ReadPlacedTables(const PlacedText& text, const std::string& source) {
  return TableReader(text, source).Read();
}

}  // namespace returns
