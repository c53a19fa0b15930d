// Returns from a table with a header row — one reader for every source of
// rows: a CSV or TSV file (csv_returns.h), a sheet of an Excel workbook
// (xlsx_returns.h). The source turns its rows into TableRows of cell text;
// this reads the header and turns each row into returns.
//
// Header cells are read by name (columns.h): the return's fields, a form's
// metadata columns (kept as attributes of every return of the row), the
// question columns of the wide layout (Q1…Q5, "Question 2", the wording),
// and the user's column map. Every header cell must be one of these or
// ignored; the unknown ones are listed together in one error.
// Long layout: one row per answer with a question column (number or
// wording). Wide layout: one row per collaborative and one column per
// question; each non-empty cell is a return.
//
// Every row is taken or rejected with its reason; a row whose cells are all
// empty is no record. A form answered twice by one collaborative: when the
// table has a completion-time column (Forms' "Completion time", Google's
// "Timestamp"), its rows' returns are held to the table's end and the later
// submission replaces the earlier (resubmissions.h). Pure function; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/readers/columns.h"
#include "corpus/readers/resubmissions.h"
#include "corpus/register/register.h"

namespace returns {

// One row as its source gives it.
struct TableRow {
  int line = 0;                    // where the row starts: a line of the file, a row of the sheet
  std::vector<std::string> cells;  // UTF-8 expected; a row with bad bytes is rejected
  std::vector<int> cell_lines;     // the line each cell starts on (CellBreaks::kFileLines)
};

// What a line break inside a cell is.
enum class CellBreaks {
  kFileLines,  // a line of the file (a quoted CSV field): comments count lines from the cell's first
  kInCell,     // part of the cell (a spreadsheet): every comment of the cell is on its row
};

struct Table {
  std::string source;          // the file, as records and rejects name it
  std::string part;            // where in the file, for messages ("sheet 'Responses'"); may be empty
  std::vector<TableRow> rows;  // the header row first
  char separator = ',';        // between cells in a rejected row's raw text
  CellBreaks breaks = CellBreaks::kFileLines;
};

// Whether `header` names a collaborative column and answers (an answer and a
// question column, or question columns) — unknown columns aside.
bool HeaderNamesReturns(const TableRow& header, const ColumnMap& columns);

struct TableHeaderLayout;

// The table reader a row at a time, for sources that stream their rows (a
// CSV file read in chunks): the header, then each row as it comes, then
// Finish. Each call that fails makes the table unusable (the error is the one
// ReadTableReturns gives). Holds the header's layout only. Not thread-safe.
class TableReader {
 public:
  // `columns` and `reg` must outlive the reader.
  TableReader(std::string source, std::string part, char separator, CellBreaks breaks, const ColumnMap& columns,
              const Register& reg);
  ~TableReader();

  // The header row. Fails on two columns for one thing or unknown columns.
  Status Header(const TableRow& header);
  // One row after the header: its returns and rejects added to `out`
  // (out.records counts it). Fails when a column without a header holds data.
  Status Row(const TableRow& row, IntakeResult& out);
  // After the last row: the returns held for a completion-time column (the
  // later of a collaborative's submissions kept) added to `out`. Fails when
  // the header lacks the columns it needs.
  Status Finish(IntakeResult& out);
  const std::string& source() const { return source_; }

 private:
  std::string source_, part_;
  char separator_;
  CellBreaks breaks_;
  const ColumnMap& columns_;
  const Register& reg_;
  std::unique_ptr<TableHeaderLayout> layout_;
  std::string where_;    // "file:line" of the header
  std::string missing_;  // what the header lacks to name returns, or ""
  size_t width_ = 0;
  int time_column_ = -1;              // the completion time's column, or -1
  std::vector<FormResponse> held_;    // with a completion time: the rows' returns, to the table's end
};

// REQUIRES: `table.rows` is not empty. Fails (input unusable) on a header
// without the columns it needs, or with unknown columns (all named in one
// message with the --columns that would take them).
Result<IntakeResult> ReadTableReturns(const Table& table, const ColumnMap& columns, const Register& reg);

}  // namespace returns
