#include "corpus/readers/csv_returns.h"

#include <utility>

#include "corpus/base/csv_records.h"
#include "corpus/readers/table_returns.h"

namespace returns {

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
