// Returns from CSV or TSV exports of online forms and spreadsheets (RFC 4180
// via libcsv), with a header row: the file's records as rows of cells for the
// table reader (table_returns.h), which reads the header (columns.h: return
// fields, Forms metadata, question columns, the user's column map) and the
// rows, long or wide. A quoted field's line breaks are lines of the file, so
// each comment keeps the line it is written on.
// Every row is taken or rejected with its reason. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/readers/columns.h"
#include "corpus/register/register.h"

namespace returns {

// REQUIRES: valid UTF-8 `text` (a BOM is skipped). Fails (input unusable) on
// a malformed file, no header, or a header without the columns it needs.
Result<IntakeResult> ReadCsvReturns(std::string_view text, const std::string& source, char delimiter,
                                    const ColumnMap& columns, const Register& reg);

}  // namespace returns
