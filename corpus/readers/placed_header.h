// Where the tables of placed text stand (placed_table.h): each table's header
// row (with its wrapped lines, its repeats at page breaks and the title above
// it), the lines that hold its cells, and the column each word stands in.
// Internal to the placed-table reader. Pure; thread-safe.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpus/readers/placed_text.h"

namespace returns {

using ColumnBounds = std::array<double, 3>;  // x where columns 1, 2 and 3 begin

// Where a header row's four cells begin, when line `l` holds one: "District",
// "Collaborative", "Lead …", and the answer column's header, the next cell
// right of the lead school's (at least `gap` away).
std::optional<std::array<double, 4>> HeaderCellStarts(const PlacedLine& l, double gap);

// Which column each word of a line stands in. Measured text: by the table's
// column bounds. Layout text: pdftotext sets every page on its own grid of
// characters and may shift a whole cell by a few, so each run of words
// single-spaced goes, whole, to the column whose header cell on that page
// (or the last page before with a header) begins nearest to it.
class ColumnFinder {
 public:
  explicit ColumnFinder(ColumnBounds bounds) : measured_(true), bounds_(bounds) {}
  explicit ColumnFinder(std::map<int, std::array<double, 4>> starts) : starts_(std::move(starts)) {}
  std::vector<size_t> Of(const PlacedLine& l) const;

 private:
  bool measured_ = false;
  ColumnBounds bounds_{};
  std::map<int, std::array<double, 4>> starts_;
};

struct TableLayout {
  size_t header = 0;                 // index of its (first) header row's line
  std::string answer_header;         // the answer column's header text
  std::optional<int> title;          // the question a title just above names
  std::vector<size_t> body;          // indexes of the lines that hold its cells, in order
  ColumnFinder columns{ColumnBounds{}};
};

// The tables, in order. A header repeating the one before (same text, no
// title between; in a PDF, the same cells) continues its table.
std::vector<TableLayout> FindTables(const PlacedText& text);

// Does `below` carry on `above` in one block of text (no more than
// `allowance` line heights between them; in layout text, the next line)?
bool Adjoins(const PlacedText& text, const PlacedLine& above, const PlacedLine& below, double allowance);

}  // namespace returns
