// RFC 4180 records from CSV text, read with libcsv, each with the line it
// and each of its fields starts on (blank lines between records counted).
// Quoted fields may hold commas, quotes and line breaks.
//
// Two ways in, one parser: ReadCsvRecords takes the whole text (small files:
// the register); CsvRecordReader pulls records from a stream a chunk at a
// time, so memory stays that of one chunk and one record however long the
// file (CSV/TSV returns). A chunk may end anywhere — inside a quoted cell, a
// UTF-8 character or a CRLF — and the records and lines are the same.
// ReadCsvRecords is a pure function (thread-safe); a CsvRecordReader is used
// by one thread.
#pragma once

#include <deque>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct CsvRecord {
  int line = 0;                  // 1-based line of the record's first byte
  std::vector<std::string> fields;
  std::vector<int> field_lines;  // the line each field starts on
};

// REQUIRES: `text` is valid UTF-8 (a leading BOM is skipped). `source` names
// the input in error messages. Fails with file:line on a malformed quote.
Result<std::vector<CsvRecord>> ReadCsvRecords(std::string_view text, const std::string& source,
                                              char delimiter = ',');

// The records of a stream, pulled one at a time. Does not own `in`.
//
//   CsvRecordReader reader(file, "f.csv", ',');
//   CsvRecord record;
//   while (reader.Next(record)) { … }
//   if (!reader.status().ok()) … malformed (file:line) …
class CsvRecordReader {
 public:
  CsvRecordReader(std::istream& in, std::string source, char delimiter = ',', size_t chunk_bytes = 1 << 16);
  ~CsvRecordReader();
  CsvRecordReader(const CsvRecordReader&) = delete;
  CsvRecordReader& operator=(const CsvRecordReader&) = delete;

  // The next record; false at the end or when the text is malformed (status()).
  bool Next(CsvRecord& record);
  const Status& status() const { return status_; }
  // Bytes taken from the stream so far.
  uintmax_t bytes_read() const { return bytes_read_; }

  struct Parser;  // libcsv's state and the records it has finished

 private:
  bool Feed();  // one more chunk into the parser; false at the end or on failure

  std::istream& in_;
  std::string source_;
  std::string chunk_;
  std::unique_ptr<Parser> parser_;
  Status status_;
  uintmax_t bytes_read_ = 0;
  bool done_ = false;
};

}  // namespace returns
