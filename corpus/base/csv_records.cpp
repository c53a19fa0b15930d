#include "corpus/base/csv_records.h"

#include <csv.h>

#include <algorithm>

namespace returns {
namespace {

// libcsv calls back at the end of each field and record, and says nothing of
// blank lines, so the text is fed a line at a time and lines are counted here.
struct Collector {
  std::vector<CsvRecord> records;
  CsvRecord current;
  int line = 0;               // the line being fed
  bool record_open = false;   // a record has started and not yet ended
  int record_start = 0;

  // Before feeding `line`: a non-blank line with no record open starts one.
  void BeginLine(int number, std::string_view text) {
    line = number;
    if (!record_open && text.find_first_not_of("\r\n") != std::string_view::npos) {
      record_open = true;
      record_start = number;
    }
  }
  void Field(const char* data, size_t length) {
    std::string field(data ? data : "", data ? length : 0);
    // A field ends on the line being fed; it started as many lines up as it holds breaks.
    current.field_lines.push_back(line - static_cast<int>(std::count(field.begin(), field.end(), '\n')));
    current.fields.push_back(std::move(field));
  }
  void EndRecord() {
    current.line = record_open ? record_start : line;
    record_open = false;
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
  size_t parsed = 0;
  int number = 0;
  while (parsed < text.size()) {
    const size_t eol = text.find('\n', parsed);
    const size_t length = (eol == std::string_view::npos ? text.size() : eol + 1) - parsed;
    collector.BeginLine(++number, text.substr(parsed, length));
    const size_t fed = csv_parse(&parser, text.data() + parsed, length, OnField, OnRecord, &collector);
    parsed += fed;
    if (fed != length) break;  // malformed: reported below
  }
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
