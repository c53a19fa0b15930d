#include "corpus/readers/csv_returns.h"

#include <utility>

namespace returns {

CsvReturnsReader::CsvReturnsReader(std::istream& in, std::string source, char delimiter, const ColumnMap& columns,
                                   const Register& reg, size_t chunk_bytes)
    : records_(in, source, delimiter, chunk_bytes),
      table_(source, "", delimiter, CellBreaks::kFileLines, columns, reg) {}

bool CsvReturnsReader::Next(IntakeResult& part, size_t max_rows) {
  part = IntakeResult{};
  if (done_ || !status_.ok()) return false;
  CsvRecord record;
  size_t rows = 0;
  while (rows < max_rows) {
    if (!records_.Next(record)) {
      status_ = records_.status();
      if (status_.ok() && !header_read_) {
        // The name the records were read under: the reader's source.
        status_ = Status::InvalidInput(table_.source(), "empty file (no header row)");
      }
      if (status_.ok()) status_ = table_.Finish(part);
      done_ = true;
      break;
    }
    TableRow row{record.line, std::move(record.fields), std::move(record.field_lines)};
    if (!header_read_) {
      header_read_ = true;
      status_ = table_.Header(row);
    } else {
      status_ = table_.Row(row, part);
      ++rows;
    }
    if (!status_.ok()) {
      done_ = true;
      break;
    }
  }
  if (!status_.ok()) {
    part = IntakeResult{};
    return false;
  }
  return rows > 0 || !done_ || !part.returns.empty() || !part.replaced.empty() || !part.warnings.empty();
}

Result<IntakeResult> ReadCsvReturns(std::string_view text, const std::string& source, char delimiter,
                                    const ColumnMap& columns, const Register& reg) {
  Result<std::vector<CsvRecord>> records = ReadCsvRecords(text, source, delimiter);
  if (!records.ok()) return records.status();
  if (records.value().empty()) return Status::InvalidInput(source, "empty file (no header row)");
  Table table;
  table.source = source;
  table.separator = delimiter;
  table.breaks = CellBreaks::kFileLines;
  table.rows.reserve(records.value().size());
  for (CsvRecord& record : records.value()) {
    table.rows.push_back({record.line, std::move(record.fields), std::move(record.field_lines)});
  }
  return ReadTableReturns(table, columns, reg);
}

}  // namespace returns
