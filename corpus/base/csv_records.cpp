#include "corpus/base/csv_records.h"

#include <csv.h>

#include <algorithm>

namespace returns {
namespace {

struct Collector {
  std::vector<CsvRecord> records;
  CsvRecord current;
  int next_line = 1;  // line on which the record being read started

  void Field(const char* data, size_t length) {
    std::string field(data ? data : "", data ? length : 0);
    current.fields.push_back(std::move(field));
  }
  void EndRecord() {
    current.line = next_line;
    int newlines = 0;
    for (const std::string& f : current.fields) newlines += static_cast<int>(std::count(f.begin(), f.end(), '\n'));
    next_line += 1 + newlines;
    records.push_back(std::move(current));
    current = CsvRecord{};
  }
};

void OnField(void* data, size_t length, void* user) {
  static_cast<Collector*>(user)->Field(static_cast<const char*>(data), length);
}
void OnRecord(int, void* user) { static_cast<Collector*>(user)->EndRecord(); }

}  // namespace

Result<std::vector<CsvRecord>> ReadCsvRecords(std::string_view text, const std::string& source,
                                              char delimiter) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0) {
    return Status::Internal(source, "cannot start the CSV parser");
  }
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  Collector collector;
  const size_t parsed = csv_parse(&parser, text.data(), text.size(), OnField, OnRecord, &collector);
  int fini = 0;
  if (parsed == text.size()) fini = csv_fini(&parser, OnField, OnRecord, &collector);
  const int error = csv_error(&parser);
  csv_free(&parser);
  if (parsed != text.size() || fini != 0) {
    // Report the line of the record that broke: the first one not yet completed.
    const auto upto = text.begin() + static_cast<long>(std::min(parsed, text.size()));
    const int line = 1 + static_cast<int>(std::count(text.begin(), upto, '\n'));
    return Status::InvalidInput(source + ":" + std::to_string(line), std::string("malformed CSV (") +
                                csv_strerror(error) + ")");
  }
  return std::move(collector.records);
}

}  // namespace returns
