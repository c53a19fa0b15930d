#include "pipeline/stages/tag_records.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus/base/utf8.h"
#include "corpus/register/return_id.h"
#include "pipeline/writers/comments_jsonl.h"

namespace returns {
namespace {

}  // namespace

bool IsJsonlInput(const std::string& path, InputFormat format) {
  if (format != InputFormat::kAuto) return format == InputFormat::kJsonl;
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson") return true;
  if (ext == ".csv" || ext == ".tsv" || std::filesystem::is_directory(path)) return false;
  std::ifstream in(path, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c == '{';
  }
  return false;
}

namespace {

void Append(TagInput& to, TagInput&& from) {
  for (TagRecord& r : from.records) to.records.push_back(std::move(r));
  for (Reject& r : from.intake.rejects) to.intake.rejects.push_back(std::move(r));
  to.intake.records += from.intake.records;
  to.intake.files += from.intake.files;
}

}  // namespace

bool ParseJsonlRecord(const std::string& line, const std::string& source, int number, TagRecord& r, Reject& reject) {
  auto fail = [&](const char* reason, const std::string& detail, const std::string& raw) {
    reject = {source, number, reason, detail, raw};
    return false;
  };
  if (!CheckUtf8(line, source).ok()) return fail(reject::kInvalidUtf8, "", "(not UTF-8)");
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return fail(reject::kNotJson, "", line);
  if (!j.contains("text") || !j["text"].is_string()) return fail(reject::kMissingField, "text", line);
  r.text = ToNfc(j["text"].get<std::string>());
  if (j.contains("question") && j["question"].is_number_integer()) r.question = j["question"].get<int>();
  // `id` first: the record's own, else its comment id, else its place.
  if (j.contains("id")) r.fields["id"] = j["id"];
  else if (j.contains("comment_id")) r.fields["id"] = j["comment_id"];
  else r.fields["id"] = source + ":" + std::to_string(number);
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() != "id") r.fields[it.key()] = std::move(it.value());
  }
  return true;
}

TagInput ReadJsonlRecords(std::istream& in, const std::string& source) {
  TagInput out;
  out.intake.files = 1;
  ForEachLine(in, [&](int number, const std::string& line) {
    ++out.intake.records;
    TagRecord r;
    Reject reject;
    if (ParseJsonlRecord(line, source, number, r, reject)) out.records.push_back(std::move(r));
    else out.intake.rejects.push_back(std::move(reject));
  });
  return out;
}

std::vector<TagRecord> RecordsFromReturns(const std::vector<Return>& returns) {
  std::vector<TagRecord> out;
  for (const Return& r : returns) {
    for (const Comment& c : r.comments) {
      TagRecord record;
      record.fields["id"] = MakeCommentId(r, c);
      // A named object: a range-for keeps only items()'s proxy alive, not a temporary it came from.
      nlohmann::ordered_json fields = CommentJson(r, c);
      for (auto& [key, value] : fields.items()) record.fields[key] = std::move(value);
      record.text = c.text;
      record.question = r.question;
      out.push_back(std::move(record));
    }
  }
  return out;
}

Result<TagInput> ReadTagRecords(const std::vector<std::string>& paths, const Register& reg, const IngestOptions& options) {
  Result<std::vector<std::string>> files = ExpandPaths(paths);
  if (!files.ok()) return files.status();
  TagInput out;
  for (const std::string& path : files.value()) {
    if (IsJsonlInput(path, options.format)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Status::IOError(path + ": error: cannot open file");
      Append(out, ReadJsonlRecords(in, path));
      continue;
    }
    Result<Ingested> ingested = IngestFiles({path}, reg, options);
    if (!ingested.ok()) return ingested.status();
    TagInput part;
    part.records = RecordsFromReturns(ingested.value().returns);
    part.intake = std::move(ingested.value());
    part.intake.returns.clear();
    Append(out, std::move(part));
  }
  return out;
}

}  // namespace returns
