// The record source: every input a command is given, in any intake format,
// as one stream of comment records — the one intake loop.
//
//   Result<std::unique_ptr<RecordSource>> source = RecordSource::Open(paths, reg, options);
//   std::vector<CommentRecord> batch;
//   while (source.value()->Next(batch, 4096)) { … tag, write … }
//   if (!source.value()->status().ok()) … the input was unusable …
//   source.value()->totals()  // files, records read, rejects with reasons
//
// Files are read in the order given, directories recursively in sorted order
// (ExpandPaths). CSV/TSV files are streamed: rows read a chunk at a time
// (csv_returns.h) and turned into records as they come, so memory stays flat
// however long the file (with --encoding too). Other returns files
// (appendices, Excel workbooks, return documents) are read a file at a time
// and yield one record per comment. JSON Lines hold comment records
// (`records_from_jsonl`, for tag and index) or returns (ingest), and are
// streamed a batch at a time. No paths, or
// "-", means JSON Lines records on stdin.
//
// Every input record is taken or rejected with its reason (totals().rejects):
// a line that is not JSON, has no text or is not UTF-8; a return that is a
// duplicate within the run (same round and return id, across all files); an
// answer (a JSON record's text, a return's answer) over the size limit; an
// answer with no comment in it; a record with no round (`require_round`); a
// record the `check` refuses. With `strict`, the stream stops at the first reject.
// A return whose answer says nothing ("N/A", no_answer.h) is counted as no
// answer and yields no record. Every return's names are checked against the
// register (name_check.h) before anything else: a name its normal form
// identifies is canonicalised (a note), an unknown one is a warning naming
// the nearest register entries — one line per name and file — and every
// finding is kept in totals().names with `keep_names` (for `register check`).
// After the loop, status() says whether the input was usable (LevelDB's
// Iterator::status()): a missing file, an unreadable one, bytes that are not
// UTF-8 in a returns file, no header… end the stream with a failed status.
//
// Not thread-safe: one source, one reader thread.
#pragma once

#include <fstream>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "corpus/base/encoding.h"
#include "corpus/base/lines.h"
#include "corpus/base/status.h"
#include "corpus/codec/comment_json.h"
#include "corpus/intake/ingest.h"
#include "corpus/intake/seen_returns.h"
#include "corpus/readers/csv_returns.h"
#include "corpus/model/comment_record.h"
#include "corpus/register/register.h"

namespace returns {

struct SourceOptions {
  IngestOptions intake;
  bool records_from_jsonl = true;  // JSON Lines hold comment records (else returns)
  bool assign_ids = true;          // give every record an id: its own, its comment id, else file:line
  // Keep every name finding in totals().names (register check lists each
  // place). Off, only one finding per distinct name and file is kept while
  // the file is read, so memory does not grow with the returns.
  bool keep_names = false;
  // Every record must have a round (its own, else intake.round): one without
  // is rejected with reason reject::kNoRound — the index could neither
  // replace nor remove it later.
  bool require_round = false;
  // A further check of each record (the index's term limits): a non-empty
  // answer rejects the record — for a return, the whole return — with reason
  // reject::kFieldTooLong and the answer as detail. May be empty.
  std::function<std::string(const CommentRecord&)> check;
};

class RecordSource {
 public:
  static Result<std::unique_ptr<RecordSource>> Open(const std::vector<std::string>& paths, const Register& reg,
                                                    SourceOptions options);

  // Replaces `batch` with up to `max` next records. False when there are no
  // more: the input is done, stopped (strict) or unusable (see status()).
  bool Next(std::vector<CommentRecord>& batch, size_t max);

  const Status& status() const { return status_; }
  // Counted as read: files, records, rejects; warnings from the readers.
  const Ingested& totals() const { return totals_; }
  // The warnings for files a folder held that were left out (also among
  // totals().warnings): for commands that print no other warning.
  const std::vector<std::string>& skipped_files() const { return skipped_files_; }

 private:
  RecordSource(std::vector<std::string> files, const Register& reg, SourceOptions options);
  bool OpenNextFile();   // false at the end of the files or on failure
  void ReadJsonlRecords(std::vector<CommentRecord>& batch, size_t max);
  void ReadReturns(const std::string& path);
  // Whether `path` is CSV/TSV text to stream; opens it if so.
  bool OpenCsv(const std::string& path);
  // The next rows of the CSV file being streamed into pending_; at its end
  // (or failure) the file is closed.
  void ReadCsvRows();
  void EndCsv();
  // The returns and rejects a reader gave: checked, counted, and their
  // records added to pending_; the record source's own rejects go to `rejects`.
  // One file's name findings: the first of each distinct name, and how many
  // returns wrote it.
  struct NameTally {
    std::vector<NameFinding> firsts;
    std::vector<int> returns;  // with an answer: a return that says nothing ("N/A") is not counted
    std::map<std::tuple<NameFinding::Kind, NameFinding::How, std::string, std::string>, size_t> index;
  };
  void Take(IntakeResult& read, NameTally& names, std::vector<Reject>& rejects);
  // Warnings for unknown names and notes for names read by their normal form,
  // one per name in the file.
  void ReportNames(const NameTally& names);
  bool Stopped() const { return options_.intake.strict && !(totals_.rejects.empty() && file_rejects_.empty()); }

  std::vector<std::string> files_;
  size_t next_file_ = 0;
  const Register& reg_;
  SourceOptions options_;
  Status status_;
  Ingested totals_;
  std::vector<std::string> skipped_files_;
  SeenReturns seen_;  // round and return id → where first read (a file number, a line)

  // The file being streamed (JSON Lines records), if any.
  std::string jsonl_path_;
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::unique_ptr<LineReader> lines_;
  CommentJsonReader json_;
  std::string line_;

  // The CSV/TSV file being streamed, if any; its name findings and the record
  // source's own rejects (duplicates, …), told at its end after the reader's,
  // as when a file was read whole.
  std::unique_ptr<std::istream> csv_file_;
  std::unique_ptr<Utf8StreamBuf> csv_text_;    // the file transcoded to UTF-8 (--encoding)
  std::unique_ptr<std::istream> csv_utf8_;
  std::unique_ptr<CsvReturnsReader> csv_;
  std::string csv_path_;
  NameTally file_names_;
  std::vector<Reject> file_rejects_;

  // Records of the returns file read last, not yet handed out.
  std::vector<CommentRecord> pending_;
  size_t pending_at_ = 0;

  uintmax_t bytes_total_ = 0, bytes_done_ = 0;
};

// The records of a return's comments, each with every field but the id, and
// the return's attributes (Forms metadata) as JSON strings.
void AppendRecords(const Return& r, std::vector<CommentRecord>& out);

}  // namespace returns
