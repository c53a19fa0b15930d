// Returns from CSV or TSV exports of online forms and spreadsheets (RFC 4180
// via libcsv), with a header row: the file's records as rows of cells for the
// table reader (table_returns.h), which reads the header (columns.h: return
// fields, Forms metadata, question columns, the user's column map) and the
// rows, long or wide. A quoted field's line breaks are lines of the file, so
// each comment keeps the line it is written on.
// Every row is taken or rejected with its reason.
//
// Whole text: ReadCsvReturns (pure function; thread-safe). A stream:
// CsvReturnsReader, rows pulled a chunk of the file at a time and handed out
// a few at a time, so memory does not grow with the file (one reader, one thread).
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "corpus/base/csv_records.h"
#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/readers/columns.h"
#include "corpus/readers/table_returns.h"
#include "corpus/register/register.h"

namespace returns {

// REQUIRES: valid UTF-8 `text` (a BOM is skipped). Fails (input unusable) on
// a malformed file, no header, or a header without the columns it needs.
Result<IntakeResult> ReadCsvReturns(std::string_view text, const std::string& source, char delimiter,
                                    const ColumnMap& columns, const Register& reg);

// The same reading of a stream of UTF-8 text. Does not own `in`; `columns`
// and `reg` must outlive it.
//
//   CsvReturnsReader reader(file, path, ',', columns, reg);
//   IntakeResult part;
//   while (reader.Next(part, 1000)) { … part.returns, part.rejects … }
//   if (!reader.status().ok()) … the file is unusable …
//
// The failures are ReadCsvReturns's, said when they are found: a malformed
// quote or a column without a header holding data may come after rows were
// handed out, and a header without the columns it needs is said at the end.
class CsvReturnsReader {
 public:
  CsvReturnsReader(std::istream& in, std::string source, char delimiter, const ColumnMap& columns, const Register& reg,
                   size_t chunk_bytes = 1 << 16);

  // Replaces `part` with the returns, rejects and counts of up to `max_rows`
  // more rows. False when the file is done or unusable (status()).
  bool Next(IntakeResult& part, size_t max_rows);
  const Status& status() const { return status_; }
  uintmax_t bytes_read() const { return records_.bytes_read(); }

 private:
  CsvRecordReader records_;
  TableReader table_;
  Status status_;
  bool header_read_ = false;
  bool done_ = false;
};

}  // namespace returns
