#include "corpus/intake/record_source.h"

#include <filesystem>
#include <iostream>

#include <tuple>

#include "corpus/base/utf8.h"
#include "corpus/codec/json_writer.h"
#include "corpus/register/return_id.h"
#include "corpus/text/no_answer.h"

namespace returns {
namespace {

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
  std::vector<std::string> files;
  if (!IsStdin(paths)) {
    Result<std::vector<std::string>> expanded = ExpandPaths(paths);
    if (!expanded.ok()) return expanded.status();
    files = std::move(expanded.value());
  }
  return std::unique_ptr<RecordSource>(new RecordSource(std::move(files), reg, std::move(options)));
}

RecordSource::RecordSource(std::vector<std::string> files, const Register& reg, SourceOptions options)
    : files_(std::move(files)), reg_(reg), options_(std::move(options)) {
  std::error_code ec;
  for (const std::string& f : files_) bytes_total_ += fs::file_size(f, ec);
  if (files_.empty()) {  // stdin: JSON Lines records
    ++totals_.files;
    jsonl_path_ = "<stdin>";
    jsonl_ = &std::cin;
    lines_ = std::make_unique<LineReader>(std::cin);
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
      lines_ = std::make_unique<LineReader>(*jsonl_);
      return true;
    }
    ReadReturns(path);
    if (!status_.ok()) return false;
    if (pending_at_ < pending_.size() || Stopped()) return true;
  }
  return false;
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
  // A record here is one answer: each return the reader gave, and each record it rejected.
  totals_.records += static_cast<int>(read.value().returns.size() + read.value().rejects.size()) + read.value().no_answer;
  totals_.no_answer += read.value().no_answer;
  for (Reject& r : read.value().rejects) totals_.rejects.push_back(std::move(r));
  for (std::string& w : read.value().warnings) totals_.warnings.push_back(std::move(w));
  pending_.clear();
  pending_at_ = 0;
  std::vector<NameFinding> names;
  for (Return& r : read.value().returns) {
    if (r.round.empty()) r.round = options_.intake.round;
    // Before the duplicate check: a name identified by its normal form changes the id.
    for (NameFinding& f : CheckNames(r, reg_)) names.push_back(std::move(f));
    if (IsNoAnswer(r.text)) {  // "N/A", "None at this time.": not a comment, not an error
      ++totals_.no_answer;
      continue;
    }
    auto reject = [&](const char* reason, std::string detail) {
      totals_.rejects.push_back({r.source, r.line, reason, std::move(detail), Utf8Prefix(r.text, 200)});
    };
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
    // Where a return was first read, as (source number, line): memory stays
    // small however many returns the run has (key_set.h).
    const auto source = sources_.emplace(r.source, static_cast<uint32_t>(source_names_.size()));
    if (source.second) source_names_.push_back(r.source);
    const uint64_t here = (uint64_t{source.first->second} << 32) | static_cast<uint32_t>(r.line);
    if (uint64_t there = 0; !seen_.Insert(r.round + "/" + r.id, here, &there)) {
      pending_.resize(first);
      const std::string where = source_names_[there >> 32] + ":" + std::to_string(there & 0xffffffffu);
      totals_.rejects.push_back({r.source, r.line, reject::kDuplicate, "the same return as " + where, r.text});
      continue;
    }
    ++totals_.taken;
  }
  ReportNames(names);
}

void RecordSource::ReportNames(std::vector<NameFinding>& names) {
  // One line per name and file, at its first return, with how many returns write it.
  struct Seen {
    const NameFinding* first;
    int returns;
  };
  std::vector<Seen> seen;
  std::map<std::tuple<NameFinding::Kind, NameFinding::How, std::string, std::string>, size_t> index;
  for (const NameFinding& f : names) {
    const auto [it, is_new] = index.emplace(std::make_tuple(f.kind, f.how, f.written, f.collaborative), seen.size());
    if (is_new) seen.push_back({&f, 0});
    ++seen[it->second].returns;
  }
  for (const Seen& s : seen) {
    const NameFinding& f = *s.first;
    const bool unknown = f.how == NameFinding::How::kUnknown;
    std::string line = f.source + ":" + std::to_string(f.line) + (unknown ? ": warning: " : ": note: ") +
                       DescribeFinding(f, unknown ? Suggest(reg_, f) : std::vector<Suggestion>{});
    if (s.returns > 1) line += " (" + std::to_string(s.returns) + " returns)";
    (unknown ? totals_.warnings : totals_.notes).push_back(std::move(line));
  }
  for (NameFinding& f : names) totals_.names.push_back(std::move(f));
}

void RecordSource::ReadJsonlRecords(std::vector<CommentRecord>& batch, size_t max) {
  int number = 0;
  while (batch.size() < max && !Stopped() && lines_->Next(line_, number)) {
    ++totals_.records;
    // A line far over the size limit is not parsed at all.
    if (line_.size() > 8 * kMaxAnswerBytes) {
      totals_.rejects.push_back({jsonl_path_, number, reject::kTooLarge,
                                 "a line of " + std::to_string(line_.size()) + " bytes", Utf8Prefix(line_, 200)});
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
          totals_.rejects.push_back({jsonl_path_, number, reject::kMissingField, "text", line_});
          break;
        default:
          totals_.rejects.push_back({jsonl_path_, number, reject::kNotJson, "", line_});
      }
      continue;
    }
    if (r.text.size() > kMaxAnswerBytes) {
      totals_.rejects.push_back({jsonl_path_, number, reject::kTooLarge,
                                 "over " + std::to_string(kMaxAnswerBytes) + " bytes", Utf8Prefix(line_, 200)});
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
    if (options_.check) {
      if (std::string refused = options_.check(r); !refused.empty()) {
        totals_.rejects.push_back({jsonl_path_, number, reject::kFieldTooLong, refused, Utf8Prefix(line_, 200)});
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
    if (!OpenNextFile()) break;
  }
  if (!status_.ok()) batch.clear();
  return !batch.empty();
}

}  // namespace returns
