// RFC 4180 records from CSV text, read with libcsv, each with the line it
// and each of its fields starts on (blank lines between records counted).
// Quoted fields may hold commas, quotes and line breaks.
// Pure function; thread-safe.
#pragma once

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

}  // namespace returns
