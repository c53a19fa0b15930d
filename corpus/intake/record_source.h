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
// (ExpandPaths). Returns (appendices, CSV/TSV, Excel workbooks, return
// documents) are read a file at a time and yield one record per comment; JSON Lines hold comment
// records (`records_from_jsonl`, for tag and index) or returns (ingest), and
// records are streamed a batch at a time, so memory stays flat. No paths, or
// "-", means JSON Lines records on stdin.
//
// Every input record is taken or rejected with its reason (totals().rejects):
// a line that is not JSON, has no text or is not UTF-8; a return that is a
// duplicate within the run (same round and return id, across all files); an
// answer (a JSON record's text, a return's answer) over the size limit; an
// answer with no comment in it; a record the `check` refuses. With `strict`, the stream stops at the first reject.
// A return whose answer says nothing ("N/A", no_answer.h) is counted as no
// answer and yields no record. Every return's names are checked against the
// register (name_check.h) before anything else: a name its normal form
// identifies is canonicalised (a note), an unknown one is a warning naming
// the nearest register entries — one line per name and file — and every
// finding is kept in totals().names (for `register check`).
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
#include <vector>

#include "corpus/base/key_set.h"
#include "corpus/base/lines.h"
#include "corpus/base/status.h"
#include "corpus/codec/comment_json.h"
#include "corpus/intake/ingest.h"
#include "corpus/model/comment_record.h"
#include "corpus/register/register.h"

namespace returns {

struct SourceOptions {
  IngestOptions intake;
  bool records_from_jsonl = true;  // JSON Lines hold comment records (else returns)
  bool assign_ids = true;          // give every record an id: its own, its comment id, else file:line
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

 private:
  RecordSource(std::vector<std::string> files, const Register& reg, SourceOptions options);
  bool OpenNextFile();   // false at the end of the files or on failure
  void ReadJsonlRecords(std::vector<CommentRecord>& batch, size_t max);
  void ReadReturns(const std::string& path);
  // Warnings for unknown names and notes for names read by their normal form,
  // one per name in the file; then every finding into totals().names.
  void ReportNames(std::vector<NameFinding>& names);
  bool Stopped() const { return options_.intake.strict && !totals_.rejects.empty(); }

  std::vector<std::string> files_;
  size_t next_file_ = 0;
  const Register& reg_;
  SourceOptions options_;
  Status status_;
  Ingested totals_;
  KeySet seen_;  // round/return id → where first read: source number, line
  std::map<std::string, uint32_t> sources_;  // source → its number
  std::vector<std::string> source_names_;

  // The file being streamed (JSON Lines records), if any.
  std::string jsonl_path_;
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::unique_ptr<LineReader> lines_;
  CommentJsonReader json_;
  std::string line_;

  // Records of the returns file read last, not yet handed out.
  std::vector<CommentRecord> pending_;
  size_t pending_at_ = 0;

  uintmax_t bytes_total_ = 0, bytes_done_ = 0;
};

// The records of a return's comments, each with every field but the id, and
// the return's attributes (Forms metadata) as JSON strings.
void AppendRecords(const Return& r, std::vector<CommentRecord>& out);

}  // namespace returns
