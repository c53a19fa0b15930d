// Returns from an Excel workbook (.xlsx): Microsoft Forms and Google Forms
// exports, and sheets people keep. One sheet is read — the one named, else
// the first shown (not hidden) whose header row names a collaborative column
// and answers (a workbook with a single sheet of data: that sheet) — by the same table
// reader as CSV (table_returns.h), each cell as the spreadsheet displays it
// (xlsx_workbook.h). The header is the sheet's first row with text, or a
// later one among its first ten when the rows above it are a title (a
// warning says so). Records name the file; a row's line is its row number
// in the sheet, and every comment of a cell is on its row.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/readers/columns.h"
#include "corpus/register/register.h"

namespace returns {

// `sheet`: the sheet to read, by name (case-insensitive), or empty. Fails
// (input unusable) naming `source` when the bytes are not a readable
// workbook, there is no such sheet, no sheet holds returns, or the header
// cannot be read.
Result<IntakeResult> ReadXlsxReturns(std::string_view bytes, const std::string& source, const std::string& sheet,
                                     const ColumnMap& columns, const Register& reg);

}  // namespace returns
