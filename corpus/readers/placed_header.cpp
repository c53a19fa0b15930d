#include "corpus/readers/placed_header.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "corpus/register/district.h"
#include "corpus/register/question.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

size_t ColumnOf(double x, const ColumnBounds& b) {
  size_t k = 0;
  while (k < b.size() && x >= b[k]) ++k;
  return k;
}

class TableFinder {
 public:
  explicit TableFinder(const PlacedText& text) : text_(text) {}

  std::vector<TableLayout> Find() {
    FindRunningLines();
    FindHeaders();
    std::vector<TableLayout> out;
    for (const Table& t : tables_) {
      const Header& h = headers_[t.headers.front()];
      TableLayout layout;
      layout.header = h.index;
      layout.answer_header = h.answer_header;
      layout.title = h.title;
      layout.body = BodyLines(t);
      layout.columns = Columns(t, layout.body);
      out.push_back(std::move(layout));
    }
    return out;
  }

 private:
  struct Header {
    size_t index = 0;               // line of the header row
    std::array<double, 4> cells{};  // where its cells begin
    std::vector<size_t> band;       // its lines (the header row and its wrapped lines)
    std::string signature;          // the header row's text, to know a repeat
    std::string answer_header;      // the answer column's header text
    std::optional<int> title;       // question named by a title line just above
    std::vector<size_t> titles;     // those title lines
  };
  struct Table {
    std::vector<size_t> headers;  // into headers_: the first, then its repeats
    size_t first_body = 0, end = 0;
  };

  bool Close(double a, double b) const {
    return std::abs(a - b) <= (text_.placement == Placement::kMeasured ? 2.0 : 3.0);
  }

  void FindRunningLines() {
    for (size_t i : RunningLines(text_)) running_.insert(i);
  }

  void FindHeaders() {
    const double gap = text_.CellGap();
    for (size_t i = 0; i < text_.lines.size(); ++i) {
      const std::optional<std::array<double, 4>> cells = HeaderCellStarts(text_.lines[i], gap);
      if (!cells) continue;
      Header h;
      h.index = i;
      h.cells = *cells;
      h.band.push_back(i);
      const ColumnBounds rough = {(*cells)[1] - gap / 2, (*cells)[2] - gap / 2, (*cells)[3] - gap / 2};
      for (size_t j = i + 1; j < text_.lines.size() && h.band.size() < 8; ++j) {
        const PlacedLine& l = text_.lines[j];
        if (!Adjoins(text_, text_.lines[h.band.back()], l, 0.35) || HeaderCellStarts(l, gap)) break;
        if (ColumnOf(l.words.front().left, rough) == 0) break;  // the District column: a row begins
        h.band.push_back(j);
      }
      h.signature = text_.lines[i].Text();
      for (size_t j : h.band) {
        for (const PlacedWord& w : text_.lines[j].words) {
          if (ColumnOf(w.left, rough) == 3) h.answer_header += (h.answer_header.empty() ? "" : " ") + w.text;
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
          repeat = Close(h.cells[c], first.cells[c]);
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
        tables_.push_back(Table{{k}, 0, 0});
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

  // Between two columns' header cells, the middle of the stretch that no word
  // of the table crosses and where most lines begin (the next column's left
  // edge), the widest such on a tie.
  ColumnBounds Bounds(const Table& t, const std::vector<size_t>& body) const {
    const Header& h = headers_[t.headers.front()];
    const double gap = text_.CellGap();
    const ColumnBounds rough = {h.cells[1] - gap / 2, h.cells[2] - gap / 2, h.cells[3] - gap / 2};
    std::array<double, 4> header_right{};
    for (size_t c = 0; c < 4; ++c) header_right[c] = h.cells[c];
    for (size_t j : h.band) {
      for (const PlacedWord& w : text_.lines[j].words) {
        const size_t c = ColumnOf(w.left, rough);
        header_right[c] = std::max(header_right[c], w.right);
      }
    }
    ColumnBounds out{};
    for (size_t c = 0; c < 3; ++c) {
      const double from = header_right[c], to = h.cells[c + 1];
      out[c] = to - gap / 2;
      if (from >= to) continue;
      std::vector<std::pair<double, double>> covered;
      for (size_t i : body) {
        for (const PlacedWord& w : text_.lines[i].words) {
          if (w.right > from && w.left < to) covered.emplace_back(std::max(w.left, from), std::min(w.right, to));
        }
      }
      std::sort(covered.begin(), covered.end());
      // The uncovered stretches; the column's own edge is where its lines begin.
      std::vector<std::pair<double, double>> gaps;
      double at = from;
      for (const auto& [l, r] : covered) {
        if (l > at) gaps.emplace_back(at, l);
        at = std::max(at, r);
      }
      if (to > at) gaps.emplace_back(at, to);
      auto starts_at = [&](double x) {
        size_t n = 0;
        for (size_t i : body) {
          for (const PlacedWord& w : text_.lines[i].words) n += w.left >= x - 0.01 && w.left < x + 1.0;
        }
        return n;
      };
      size_t best_starts = 0;
      double best_width = -1;
      for (const auto& [l, r] : gaps) {
        const size_t n = starts_at(r);
        if (n > best_starts || (n == best_starts && r - l > best_width)) {
          best_starts = n;
          best_width = r - l;
          out[c] = (l + r) / 2;
        }
      }
    }
    return out;
  }

  // Layout text: where each page's columns begin. pdftotext may set the
  // header row (bold) on a grid of its own, so the rows say it first: a row's
  // first line (a district at the left, then a run of words in each of the
  // other three cells, top-aligned) gives all four; the middle over a page's
  // rows is taken, else the page's header, else the table's.
  ColumnFinder Columns(const Table& t, const std::vector<size_t>& body) const {
    if (text_.placement == Placement::kMeasured) return ColumnFinder(Bounds(t, body));
    std::map<int, std::array<double, 4>> starts;
    for (size_t k : t.headers) starts.emplace(text_.lines[headers_[k].index].page, headers_[k].cells);
    starts.emplace(0, headers_[t.headers.front()].cells);
    std::map<int, std::array<std::vector<double>, 4>> seen;  // page → per column, where rows' cells begin
    for (size_t i : body) {
      const PlacedLine& l = text_.lines[i];
      std::vector<double> runs;
      for (size_t k = 0; k < l.words.size(); ++k) {
        if (k == 0 || l.words[k].left - l.words[k - 1].right >= 2) runs.push_back(l.words[k].left);
      }
      std::vector<Word> words;
      for (const PlacedWord& w : l.words) words.push_back(Word{w.text, 0, 0});
      if (runs.size() != 4 || runs[0] > 2 || MatchDistrictAtStart(words).words_used == 0) continue;
      for (size_t c = 0; c < 4; ++c) seen[l.page][c].push_back(runs[c]);
    }
    for (auto& [page, columns] : seen) {
      std::array<double, 4> at{};
      for (size_t c = 0; c < 4; ++c) {
        std::vector<double>& v = columns[c];
        std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
        at[c] = v[v.size() / 2];
      }
      starts[page] = at;
    }
    // A page that only carries a row on holds its answer's lines: where most
    // of them begin is the answer column's start; the others keep their
    // distances to it from the page before.
    std::map<int, std::map<double, int>> line_starts;  // page → where lines begin → how many
    for (size_t i : body) ++line_starts[text_.lines[i].page][text_.lines[i].words.front().left];
    for (const auto& [page, counts] : line_starts) {
      if (seen.count(page)) continue;
      auto most = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
      if (most->second < 2) continue;
      auto before = starts.upper_bound(page - 1);
      --before;  // the entry for page 0 is always there
      std::array<double, 4> at = before->second;
      const double shift = most->first - at[3];
      for (double& x : at) x += shift;
      starts[page] = at;
    }
    return ColumnFinder(std::move(starts));
  }

  const PlacedText& text_;
  std::set<size_t> running_;
  std::vector<Header> headers_;
  std::vector<Table> tables_;
};

}  // namespace

std::optional<std::array<double, 4>> HeaderCellStarts(const PlacedLine& l, double gap) {
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
  return std::array<double, 4>{w[d].left, w[c].left, w[lead].left, w[answer].left};
}

std::vector<size_t> ColumnFinder::Of(const PlacedLine& l) const {
  std::vector<size_t> out(l.words.size(), 0);
  if (measured_) {
    for (size_t k = 0; k < l.words.size(); ++k) out[k] = ColumnOf(l.words[k].left, bounds_);
    return out;
  }
  auto it = starts_.upper_bound(l.page);
  if (it != starts_.begin()) --it;
  const std::array<double, 4>& starts = it->second;
  // Runs of words one space apart; a column's start falling in such a space
  // (a cell full to the next column leaves one space) ends a run too.
  auto run_ends_before = [&](size_t j) {
    if (l.words[j].left - l.words[j - 1].right >= 2) return true;
    for (size_t c = 1; c < 4; ++c) {
      if (l.words[j - 1].right <= starts[c] && starts[c] <= l.words[j].left + 1) return true;
    }
    return false;
  };
  size_t column = 0;
  size_t k = 0;
  while (k < l.words.size()) {
    size_t end = k + 1;
    while (end < l.words.size() && !run_ends_before(end)) ++end;
    // The column whose start is nearest; a run too long for a column is the next one's.
    const double left = l.words[k].left, right = l.words[end - 1].right;
    size_t best = column;
    for (size_t c = column; c < 4; ++c) {
      if (std::abs(starts[c] - left) < std::abs(starts[best] - left)) best = c;
    }
    while (best < 3 && right - left > starts[best + 1] - starts[best] + 2) ++best;
    for (size_t j = k; j < end; ++j) out[j] = best;
    column = best;
    k = end;
  }
  return out;
}

std::vector<TableLayout> FindTables(const PlacedText& text) { return TableFinder(text).Find(); }

bool Adjoins(const PlacedText& text, const PlacedLine& above, const PlacedLine& below, double allowance) {
  if (above.page != below.page) return false;
  if (text.placement == Placement::kCharacters) return below.line == above.line + 1;
  return below.top - above.bottom < allowance * text.line_height;
}

}  // namespace returns
