#include "corpus/base/csv_records.h"

#include <csv.h>

#include <algorithm>
#include <cstring>

namespace returns {

// libcsv calls back at the end of each field and record, and says nothing of
// blank lines, so the text is fed a line (or the part of a line a chunk holds)
// at a time and lines are counted here.
struct CsvRecordReader::Parser {
  csv_parser csv;
  bool started = false;
  std::deque<CsvRecord> records;  // finished, not yet taken
  CsvRecord current;
  int newlines = 0;           // line breaks fed so far: the line being fed is newlines + 1
  int line = 0;               // the line being fed
  bool record_open = false;   // a record has started and not yet ended
  int record_start = 0;
  bool at_start = true;       // nothing fed yet: a BOM is skipped
  char last = '\n';           // the last byte fed

  ~Parser() {
    if (started) csv_free(&csv);
  }

  // Before feeding `piece` of the current line: a non-blank piece with no
  // record open starts one.
  void BeginPiece(std::string_view piece) {
    line = newlines + 1;
    // libcsv skips a line of spaces and tabs (but a tab that delimits) before
    // a record as it does a blank one; a TSV's line of tabs is a record of
    // empty cells, on this line either way.
    if (!record_open && piece.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      record_open = true;
      record_start = line;
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

  static void OnField(void* data, size_t length, void* user) {
    static_cast<Parser*>(user)->Field(static_cast<const char*>(data), length);
  }
  static void OnRecord(int, void* user) { static_cast<Parser*>(user)->EndRecord(); }

  Status Start(const std::string& source, char delimiter) {
    if (csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0) {
      return Status::Internal(source, "cannot start the CSV parser");
    }
    started = true;
    csv_set_delim(&csv, static_cast<unsigned char>(delimiter));
    return Status::OK();
  }

  // libcsv's own words ("error parsing data while strict checking enabled")
  // say nothing a person can act on: the two ways strict parsing fails are
  // said as what to look for in the file.
  Status Malformed(const std::string& source, int at_line) {
    std::string problem = "malformed CSV: ";
    if (csv_error(&csv) == CSV_EPARSE) {
      problem += "a quote inside a cell that does not start with one, or text after a cell's closing quote "
                 "(a cell holding quotes is written in quotes, each of its own doubled: \"a \"\"b\"\" c\")";
    } else {
      problem += csv_strerror(csv_error(&csv));
    }
    // A quote opened on an earlier line and never closed pairs with the next
    // quote the file holds: the break is found there, in a quoted cell that
    // has run over a line break, and the mistake is above. (A stray quote in
    // a later cell of a record whose answer spans lines is on its own line.)
    const bool cell_spans_lines =
        csv.quoted && csv.entry_pos > 0 && std::memchr(csv.entry_buf, '\n', csv.entry_pos) != nullptr;
    if (record_open && record_start < at_line && cell_spans_lines) {
      problem += "; the record this line is read into starts on line " + std::to_string(record_start) +
                 ", so a quote there may never be closed";
    }
    return Status::InvalidInput(source + ":" + std::to_string(at_line), problem);
  }

  // Feeds `text`, any part of the input, line piece by line piece.
  Status Feed(std::string_view text, const std::string& source) {
    if (at_start && !text.empty()) {
      // A BOM is three bytes; a chunk of fewer is the caller's to avoid (chunks are larger).
      if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
      at_start = false;
    }
    while (!text.empty()) {
      const size_t eol = text.find('\n');
      const size_t length = eol == std::string_view::npos ? text.size() : eol + 1;
      const std::string_view piece = text.substr(0, length);
      BeginPiece(piece);
      const size_t fed = csv_parse(&csv, piece.data(), length, OnField, OnRecord, this);
      if (fed != length) {
        // The line of the record that broke: the first one not yet completed.
        return Malformed(source, newlines + 1 + static_cast<int>(std::count(piece.begin(), piece.begin() + static_cast<long>(fed), '\n')));
      }
      last = piece.back();
      if (last == '\n') ++newlines;
      text.remove_prefix(length);
    }
    return Status::OK();
  }

  Status Finish(const std::string& source) {
    line = newlines + (last == '\n' ? 0 : 1);  // the last line fed
    if (csv_fini(&csv, OnField, OnRecord, this) != 0) {
      // Strict checking fails at the end only in a quoted cell never closed:
      // the record it is in started on record_start, the rest of the file
      // taken into the cell.
      if (csv_error(&csv) == CSV_EPARSE && record_open) {
        return Status::InvalidInput(source + ":" + std::to_string(record_start),
                                    "malformed CSV: a quoted cell in the record starting here is never closed "
                                    "(its opening quote has no closing one, so the rest of the file, to line " +
                                        std::to_string(line) + ", would be one cell)");
      }
      return Malformed(source, newlines + 1);
    }
    return Status::OK();
  }
};

CsvRecordReader::CsvRecordReader(std::istream& in, std::string source, char delimiter, size_t chunk_bytes)
    : in_(in), source_(std::move(source)), chunk_(std::max<size_t>(chunk_bytes, 4), '\0'),
      parser_(std::make_unique<Parser>()) {
  status_ = parser_->Start(source_, delimiter);
  done_ = !status_.ok();
}

CsvRecordReader::~CsvRecordReader() = default;

bool CsvRecordReader::Feed() {
  if (done_) return false;
  in_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
  const size_t got = static_cast<size_t>(in_.gcount());
  bytes_read_ += got;
  if (got > 0) {
    status_ = parser_->Feed(std::string_view(chunk_.data(), got), source_);
  }
  if (status_.ok() && got < chunk_.size()) {  // the end of the stream
    if (in_.bad()) status_ = Status::InvalidInput(source_, "cannot read the file");
    else status_ = parser_->Finish(source_);
    done_ = true;
  }
  if (!status_.ok()) done_ = true;
  return status_.ok() && (got > 0 || !parser_->records.empty());
}

bool CsvRecordReader::Next(CsvRecord& record) {
  while (parser_->records.empty()) {
    if (!status_.ok() || !Feed()) break;
  }
  if (!status_.ok() || parser_->records.empty()) return false;
  record = std::move(parser_->records.front());
  parser_->records.pop_front();
  return true;
}

Result<std::vector<CsvRecord>> ReadCsvRecords(std::string_view text, const std::string& source, char delimiter) {
  CsvRecordReader::Parser parser;
  if (Status s = parser.Start(source, delimiter); !s.ok()) return s;
  if (Status s = parser.Feed(text, source); !s.ok()) return s;
  if (Status s = parser.Finish(source); !s.ok()) return s;
  return std::vector<CsvRecord>(std::make_move_iterator(parser.records.begin()),
                                std::make_move_iterator(parser.records.end()));
}

}  // namespace returns
