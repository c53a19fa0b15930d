#include "corpus/intake/record_source.h"

#include <filesystem>
#include <iostream>

#include <tuple>

#include "corpus/base/encoding.h"
#include "corpus/base/utf8.h"
#include "corpus/intake/file_kind.h"
#include "corpus/codec/json_writer.h"
#include "corpus/register/return_id.h"
#include "corpus/text/no_answer.h"

namespace returns {
namespace {

// A JSON Lines record longer than this is refused unread: far over the answer
// limit, whatever its escapes and other fields.
constexpr size_t kMaxJsonlLine = 8 * kMaxAnswerBytes;

namespace fs = std::filesystem;

bool IsStdin(const std::vector<std::string>& paths) { return paths.empty() || (paths.size() == 1 && paths[0] == "-"); }

// Whether `path` holds JSON Lines: the format given, else its extension,
// else a '{' as its first non-blank byte.
bool IsJsonl(const std::string& path, InputFormat format) {
  if (format != InputFormat::kAuto) return format == InputFormat::kJsonl;
  std::ifstream in(path, std::ios::binary);
  char head[4096];
  in.read(head, sizeof head);
  return DetectFormat(path, std::string_view(head, static_cast<size_t>(in.gcount()))) == InputFormat::kJsonl;
}

// The raw text a reject keeps of its record (a row, a return, a JSON line).
constexpr size_t kRejectRawBytes = 200;

// What a record with no round needs (SourceOptions::require_round).
constexpr const char* kNoRoundHelp = "give --round or a round column";

// Rows a CSV file is read by between records handed out.
constexpr size_t kCsvRows = 512;

}  // namespace

void AppendRecords(const Return& r, std::vector<CommentRecord>& out) {
  for (const Comment& c : r.comments) {
    CommentRecord& x = out.emplace_back();
    x.return_id = r.id;
    x.comment_id = MakeCommentId(r, c);
    x.district = r.district;
    x.collaborative = r.collaborative;
    x.collaborative_canonical = r.collaborative_canonical;
    x.lead_schools = r.lead_schools;
    x.lead_schools_canonical = r.lead_schools_canonical;
    x.question = r.question;
    x.round = r.round;
    x.position = c.position;
    x.heading = c.heading;
    x.text = c.text;
    x.start = c.start;
    x.end = c.end;
    x.source = r.source;
    x.source_read_here = true;
    x.line = c.line;
    x.return_line = r.line;
    x.present = kReturnFields;
    for (const auto& [name, value] : r.attributes) {
      std::string json;
      JsonWriter::AppendQuoted(json, value);
      x.attributes.emplace_back(name, std::move(json));
    }
  }
}

Result<std::unique_ptr<RecordSource>> RecordSource::Open(const std::vector<std::string>& paths, const Register& reg,
                                                         SourceOptions options) {
  std::vector<std::string> files, skipped;
  if (!IsStdin(paths)) {
    Result<std::vector<std::string>> expanded = ExpandPaths(paths, &skipped);
    if (!expanded.ok()) return expanded.status();
    files = std::move(expanded.value());
    // No file to read is not stdin: a folder of images (or nothing) says so.
    if (files.empty()) {
      std::string named;
      for (const std::string& p : paths) named += (named.empty() ? "" : ", ") + p;
      return Status::InvalidInput(named, "no file here that returns reads" +
                                             (skipped.empty() ? std::string()
                                                              : " (" + std::to_string(skipped.size()) + " skipped: " +
                                                                    skipped.front() + (skipped.size() > 1 ? ", …)" : ")")));
    }
  }
  std::unique_ptr<RecordSource> source(new RecordSource(std::move(files), reg, std::move(options)));
  // A file left out of a folder is said, so that a return in a format no reader knows is not lost unsaid.
  for (const std::string& path : skipped) {
    const std::string ext = fs::path(path).extension().string();
    source->skipped_files_.push_back(path + ": warning: skipped: returns does not read " +
                                     (ext.empty() ? std::string("files without an ending") : ext + " files") +
                                     " (a return in one is not read: save it as .docx, .xlsx, .csv or .txt)");
    source->totals_.warnings.push_back(source->skipped_files_.back());
  }
  return source;
}

RecordSource::RecordSource(std::vector<std::string> files, const Register& reg, SourceOptions options)
    : files_(std::move(files)), reg_(reg), options_(std::move(options)) {
  std::error_code ec;
  for (const std::string& f : files_) bytes_total_ += fs::file_size(f, ec);
  if (files_.empty()) {  // stdin: JSON Lines records
    ++totals_.files;
    jsonl_path_ = "<stdin>";
    jsonl_ = &std::cin;
    lines_ = std::make_unique<LineReader>(std::cin, kMaxJsonlLine + 1);
    next_file_ = 1;
  }
}

bool RecordSource::OpenNextFile() {
  while (next_file_ < files_.size()) {
    const std::string& path = files_[next_file_++];
    if (options_.records_from_jsonl && IsJsonl(path, options_.intake.format)) {
      jsonl_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*jsonl_file_) {
        status_ = Status::InvalidInput(path, "cannot open file");
        return false;
      }
      ++totals_.files;
      jsonl_path_ = path;
      jsonl_ = jsonl_file_.get();
      lines_ = std::make_unique<LineReader>(*jsonl_, kMaxJsonlLine + 1);
      return true;
    }
    if (OpenCsv(path)) return status_.ok();
    ReadReturns(path);
    if (!status_.ok()) return false;
    if (pending_at_ < pending_.size() || Stopped()) return true;
  }
  return false;
}

bool RecordSource::OpenCsv(const std::string& path) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return false;  // said by ReadReturns as the whole-file reader says it
  char head[8192];
  file->read(head, sizeof head);
  const std::string_view start(head, static_cast<size_t>(file->gcount()));
  // A binary file (a zip, a PDF, UTF-16 text…) is the whole-file reader's, which names it.
  if (IdentifyBinary(start, options_.intake.encoding)) return false;
  InputFormat format = options_.intake.format;
  if (format == InputFormat::kAuto) {
    // By its name only: text of another name is detected from all of it (ingest.h).
    const std::string ext = LowerExtension(path);
    if (ext == ".csv") format = InputFormat::kCsv;
    if (ext == ".tsv" || ext == ".tab") format = InputFormat::kTsv;
  }
  if (format != InputFormat::kCsv && format != InputFormat::kTsv) return false;
  file->clear();
  file->seekg(0);
  csv_file_ = std::move(file);
  std::istream* text = csv_file_.get();
  Result<std::unique_ptr<Utf8StreamBuf>> converted = Utf8StreamBuf::Open(*csv_file_, options_.intake.encoding, path);
  if (!converted.ok()) {
    status_ = converted.status();
    csv_file_.reset();
    return true;
  }
  if (converted.value()) {
    csv_text_ = std::move(converted.value());
    csv_utf8_ = std::make_unique<std::istream>(csv_text_.get());
    text = csv_utf8_.get();
  }
  ++totals_.files;
  csv_path_ = path;
  csv_ = std::make_unique<CsvReturnsReader>(*text, path, format == InputFormat::kTsv ? '\t' : ',',
                                            options_.intake.columns, reg_);
  pending_.clear();
  pending_at_ = 0;
  return true;
}

void RecordSource::ReadCsvRows() {
  IntakeResult part;
  pending_.clear();
  pending_at_ = 0;
  if (csv_->Next(part, kCsvRows)) {
    Take(part, file_names_, file_rejects_);
    return;
  }
  if (!csv_->status().ok()) {
    status_ = csv_->status();
  } else if (csv_text_ && !csv_text_->status().ok()) {
    status_ = csv_text_->status();
  }
  EndCsv();
}

void RecordSource::EndCsv() {
  if (status_.ok()) {
    for (Reject& r : file_rejects_) totals_.rejects.push_back(std::move(r));
    ReportNames(file_names_);
  }
  file_rejects_.clear();
  file_names_ = {};
  std::error_code ec;
  bytes_done_ += fs::file_size(csv_path_, ec);
  if (options_.intake.progress) options_.intake.progress(bytes_done_, bytes_total_);
  csv_.reset();
  csv_utf8_.reset();
  csv_text_.reset();
  csv_file_.reset();
}

void RecordSource::ReadReturns(const std::string& path) {
  Result<IntakeResult> read = ReadReturnsFile(path, reg_, options_.intake);
  std::error_code ec;
  bytes_done_ += fs::file_size(path, ec);
  if (options_.intake.progress) options_.intake.progress(bytes_done_, bytes_total_);
  if (!read.ok()) {
    status_ = read.status();
    return;
  }
  ++totals_.files;
  pending_.clear();
  pending_at_ = 0;
  NameTally names;
  std::vector<Reject> rejects;
  Take(read.value(), names, rejects);
  for (Reject& r : rejects) totals_.rejects.push_back(std::move(r));
  ReportNames(names);
}

void RecordSource::Take(IntakeResult& read, NameTally& names, std::vector<Reject>& rejects) {
  // A record here is one answer: each return the reader gave, and each record it rejected.
  totals_.records += static_cast<int>(read.returns.size() + read.rejects.size() + read.replaced.size()) + read.no_answer;
  totals_.no_answer += read.no_answer;
  for (std::string& w : read.warnings) totals_.warnings.push_back(std::move(w));
  // Kept to the run's end: the raw text to its first 200 bytes, so rejects cost bounded memory each.
  for (Reject& r : read.rejects) {
    if (r.raw.size() > kRejectRawBytes) r.raw = Utf8Prefix(r.raw, kRejectRawBytes);
    totals_.rejects.push_back(std::move(r));
  }
  for (Reject& r : read.replaced) {
    if (r.raw.size() > kRejectRawBytes) r.raw = Utf8Prefix(r.raw, kRejectRawBytes);
    totals_.replaced.push_back(std::move(r));
  }
  for (Return& r : read.returns) {
    if (r.round.empty()) r.round = options_.intake.round;
    // Before the duplicate check: a name identified by its normal form changes the id.
    const bool no_answer = IsNoAnswer(r.text);
    for (NameFinding& f : CheckNames(r, reg_)) {
      f.no_answer = no_answer;
      if (options_.keep_names) totals_.names.push_back(f);
      const auto [it, is_new] =
          names.index.emplace(std::make_tuple(f.kind, f.how, f.written, f.collaborative), names.firsts.size());
      if (is_new) {
        names.firsts.push_back(std::move(f));
        names.returns.push_back(0);
      }
      if (!no_answer) ++names.returns[it->second];
    }
    if (no_answer) {  // "N/A", "None at this time.": not a comment, not an error
      ++totals_.no_answer;
      continue;
    }
    auto reject = [&](const char* reason, std::string detail) {
      rejects.push_back({r.source, r.line, reason, std::move(detail), Utf8Prefix(r.text, kRejectRawBytes)});
    };
    if (r.round.empty() && options_.require_round) {
      reject(reject::kNoRound, kNoRoundHelp);
      continue;
    }
    if (r.text.size() > kMaxAnswerBytes) {
      reject(reject::kTooLarge, "over " + std::to_string(kMaxAnswerBytes) + " bytes");
      continue;
    }
    if (r.comments.empty()) {  // an answer of only bullets or punctuation says nothing
      reject(reject::kEmptyAnswer, "no comment in the answer");
      continue;
    }
    const size_t first = pending_.size();
    AppendRecords(r, pending_);
    std::string problem;
    for (size_t k = first; k < pending_.size(); ++k) {
      if (options_.assign_ids) {
        pending_[k].id = pending_[k].comment_id;
        pending_[k].set(Field::kId);
      }
      if (problem.empty() && options_.check) problem = options_.check(pending_[k]);
    }
    if (!problem.empty()) {  // the whole return, not some of its comments
      pending_.resize(first);
      reject(reject::kFieldTooLong, problem);
      continue;
    }
    SeenReturns::Where where{static_cast<uint32_t>(next_file_ - 1), r.line}, before;
    if (!seen_.Insert(r.round, r.id, where, before)) {
      pending_.resize(first);
      rejects.push_back({r.source, r.line, reject::kDuplicate,
                         "the same return as " + files_[before.file] + ":" + std::to_string(before.line) +
                             (r.question ? " (question " + std::to_string(r.question) + ")" : std::string()),
                         Utf8Prefix(r.text, kRejectRawBytes)});
      continue;
    }
    ++totals_.taken;
  }
}

void RecordSource::ReportNames(const NameTally& names) {
  // One line per name and file, at its first return, with how many returns write it (those with an answer).
  for (size_t k = 0; k < names.firsts.size(); ++k) {
    const NameFinding& f = names.firsts[k];
    const bool unknown = f.how == NameFinding::How::kUnknown;
    std::string line = f.source + ":" + std::to_string(f.line) + (unknown ? ": warning: " : ": note: ") +
                       DescribeFinding(f, unknown ? Suggest(reg_, f) : std::vector<Suggestion>{});
    if (names.returns[k] > 1) line += " (" + std::to_string(names.returns[k]) + " returns)";
    if (names.returns[k] == 0) line += " (only in returns without an answer)";
    (unknown ? totals_.warnings : totals_.notes).push_back(std::move(line));
  }
}

void RecordSource::ReadJsonlRecords(std::vector<CommentRecord>& batch, size_t max) {
  int number = 0;
  while (batch.size() < max && !Stopped() && lines_->Next(line_, number)) {
    ++totals_.records;
    // A line far over the size limit is not parsed at all, nor held whole (lines.h).
    if (lines_->length() > kMaxJsonlLine) {
      totals_.rejects.push_back({jsonl_path_, number, reject::kTooLarge,
                                 "a line of " + std::to_string(lines_->length()) + " bytes", Utf8Prefix(line_, kRejectRawBytes)});
      continue;
    }
    CommentRecord& r = batch.emplace_back();
    const CommentJsonReader::Problem problem = json_.Read(line_, r);
    if (problem != CommentJsonReader::Problem::kNone) {
      batch.pop_back();
      switch (problem) {
        case CommentJsonReader::Problem::kInvalidUtf8:
          totals_.rejects.push_back({jsonl_path_, number, reject::kInvalidUtf8, "", "(not UTF-8)"});
          break;
        case CommentJsonReader::Problem::kNoText:
          totals_.rejects.push_back({jsonl_path_, number, reject::kMissingField, "text", Utf8Prefix(line_, kRejectRawBytes)});
          break;
        default:
          totals_.rejects.push_back({jsonl_path_, number, reject::kNotJson, "", Utf8Prefix(line_, kRejectRawBytes)});
      }
      continue;
    }
    if (r.text.size() > kMaxAnswerBytes) {
      totals_.rejects.push_back({jsonl_path_, number, reject::kTooLarge,
                                 "over " + std::to_string(kMaxAnswerBytes) + " bytes", Utf8Prefix(line_, kRejectRawBytes)});
      batch.pop_back();
      continue;
    }
    if (options_.assign_ids && !r.has(Field::kId)) {
      r.id = r.has(Field::kCommentId) ? r.comment_id : jsonl_path_ + ":" + std::to_string(number);
      r.set(Field::kId);
    }
    if (!options_.intake.round.empty() && r.round.empty()) {
      r.round = options_.intake.round;
      r.set(Field::kRound);
    }
    if (r.round.empty() && options_.require_round) {
      totals_.rejects.push_back({jsonl_path_, number, reject::kNoRound, kNoRoundHelp, Utf8Prefix(line_, kRejectRawBytes)});
      batch.pop_back();
      continue;
    }
    if (options_.check) {
      if (std::string refused = options_.check(r); !refused.empty()) {
        totals_.rejects.push_back({jsonl_path_, number, reject::kFieldTooLong, refused, Utf8Prefix(line_, kRejectRawBytes)});
        batch.pop_back();
        continue;
      }
    }
    ++totals_.taken;
  }
  if (jsonl_file_ && options_.intake.progress) {
    const std::streamoff at = jsonl_->tellg();
    options_.intake.progress(bytes_done_ + (at > 0 ? static_cast<uintmax_t>(at) : 0), bytes_total_);
  }
}

bool RecordSource::Next(std::vector<CommentRecord>& batch, size_t max) {
  batch.clear();
  while (batch.size() < max && status_.ok() && !Stopped()) {
    if (pending_at_ < pending_.size()) {
      while (batch.size() < max && pending_at_ < pending_.size()) batch.push_back(std::move(pending_[pending_at_++]));
      continue;
    }
    if (lines_) {
      ReadJsonlRecords(batch, max);
      if (batch.size() < max && !Stopped()) {  // this stream is done
        if (jsonl_file_) {
          std::error_code ec;
          bytes_done_ += fs::file_size(jsonl_path_, ec);
        }
        lines_.reset();
        jsonl_file_.reset();
      }
      continue;
    }
    if (csv_) {
      ReadCsvRows();
      continue;
    }
    if (!OpenNextFile()) break;
  }
  // Stopped at a reject (--strict) inside a CSV file: the rest of the file's
  // rejects are still told, as when it was read whole; its records are not handed out.
  if (Stopped()) {
    while (csv_ && status_.ok()) ReadCsvRows();
    pending_.clear();
  }
  if (!status_.ok()) batch.clear();
  return !batch.empty();
}

}  // namespace returns
