#include "pipeline/tag_records.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus/read_file.h"
#include "corpus/return_id.h"
#include "corpus/utf8.h"
#include "pipeline/comments_jsonl.h"
#include "pipeline/ingest.h"

namespace returns {
namespace {

bool LooksLikeJsonl(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson") return true;
  if (std::filesystem::is_directory(path)) return false;
  std::ifstream in(path, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c == '{';
  }
  return false;
}

}  // namespace

Result<std::vector<TagRecord>> ReadJsonlRecords(std::istream& in, const std::string& source) {
  std::vector<TagRecord> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = source + ":" + std::to_string(number) + ": error: ";
    if (Status s = CheckUtf8(line, source); !s.ok()) {
      return Status::InvalidInput(where + "invalid UTF-8 in this record");
    }
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return Status::InvalidInput(where + "not a JSON object");
    if (!j.is_object()) return Status::InvalidInput(where + "a record must be a JSON object");
    if (!j.contains("text") || !j["text"].is_string()) {
      return Status::InvalidInput(where + "the record has no \"text\" string");
    }
    TagRecord r;
    r.text = ToNfc(j["text"].get<std::string>());
    if (j.contains("question") && j["question"].is_number_integer()) r.question = j["question"].get<int>();
    // `id` first; a record without one is named by its place.
    r.fields["id"] = j.contains("id") ? j["id"] : nlohmann::ordered_json(source + ":" + std::to_string(number));
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() != "id") r.fields[it.key()] = it.value();
    }
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<TagRecord>> ReadTagRecords(const std::vector<std::string>& paths, const Register& reg) {
  std::vector<TagRecord> out;
  for (const std::string& path : paths) {
    if (LooksLikeJsonl(path)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Status::IOError(path + ": error: cannot open file");
      Result<std::vector<TagRecord>> records = ReadJsonlRecords(in, path);
      if (!records.ok()) return records.status();
      for (TagRecord& r : records.value()) out.push_back(std::move(r));
      continue;
    }
    Result<Ingested> ingested = IngestFiles({path}, reg);
    if (!ingested.ok()) return ingested.status();
    // Each comment becomes a record with the fields ingest writes.
    std::ostringstream jsonl;
    WriteCommentsJsonl(ingested.value().returns, jsonl);
    std::istringstream lines(jsonl.str());
    Result<std::vector<TagRecord>> records = ReadJsonlRecords(lines, path);
    if (!records.ok()) return records.status();
    for (TagRecord& r : records.value()) {
      r.fields["id"] = r.fields["comment_id"];
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace returns
