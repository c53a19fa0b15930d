// Reading the appendix table District | Collaborative | Lead School(s) |
// <answer> by position: columns from where the header row's cells stand, rows
// from the District column, each cell's lines in reading order.
//
//  - The header row is the line holding "District", "Collaborative" and
//    "Lead …" (the answer column's header is the next cell to the right);
//    its cells may wrap onto further lines. A header repeated at the top of a
//    later page is skipped; a header after a title line ("Question 3: …")
//    starts a new table, whose question that title gives when its own
//    answer header does not name one (`returns appendix` writes "Comments").
//  - The boundary between two columns is the widest gap, between their
//    header cells, that no word of the table crosses — centred headers and
//    text set a little left of its header are placed right.
//  - A row starts where a district stands in the District column (also one
//    wrapped over two lines, "Tonbridge &" / "Malling"); other text there
//    after a gap starts a row too, with a warning, never a silent merge.
//  - Lines repeated at the top or the foot of every page (running headers,
//    page numbers) are no part of the table.
//
// Each cell line says whether it ran to the column's edge (its sentence goes
// on below), whether space above it opens a paragraph, whether it is indented,
// and whether a drawn bullet (a list item's, printed as a shape, not a glyph)
// stands before it. Pure; thread-safe.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/readers/placed_text.h"

namespace returns {

struct CellLine {
  int line = 0;
  int page = 1;
  std::string text;
  double left = 0, right = 0, top = 0, bottom = 0;
  double first_word = 0;      // the width of its first word
  bool wrapped = false;       // the cell's next line carries this one on
  bool blank_before = false;  // a paragraph's space above it
  bool indented = false;      // starts right of the column's left edge
  bool bullet = false;        // a drawn bullet stands before it: a list item begins
};

enum TableColumn { kDistrictColumn = 0, kCollaborativeColumn, kLeadSchoolsColumn, kAnswerColumn };

struct PlacedTableRow {
  int line = 0;  // where its district stands
  int page = 1;
  int question = 0;
  std::array<std::vector<CellLine>, 4> cells;
};

struct PlacedTables {
  std::vector<PlacedTableRow> rows;
  std::vector<std::string> warnings;  // "source:line: warning: …"
};

// True when some line holds the header row.
bool HasTableHeader(const PlacedText& text);

// Fails, naming `source` and the line, when there is no header row, when a
// table's question cannot be told, or when no row has a district.
Result<PlacedTables> ReadPlacedTables(const PlacedText& text, const std::string& source);

}  // namespace returns
