#include "pipeline/reports/coding.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>

#include "corpus/base/utf8.h"

namespace returns {
namespace {

bool Contains(const std::vector<std::string>& sorted, const std::string& x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
}

// A list of theme ids, sorted and each once; false when an element is not a string.
bool ReadThemeList(const nlohmann::json& list, std::vector<std::string>& out) {
  for (const auto& t : list) {
    if (!t.is_string()) return false;
    out.push_back(t.get<std::string>());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return true;
}

}  // namespace

bool CodedComment::has(const std::string& theme) const { return Contains(themes, theme); }
bool CodedComment::is_pending(const std::string& theme) const { return Contains(pending, theme); }

Result<std::vector<CodedComment>> ReadCoding(std::istream& in, const std::string& source) {
  std::vector<CodedComment> out;
  std::map<std::string, size_t> seen;  // round + id → place in `out`
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = source + ":" + std::to_string(number);
    if (!CheckUtf8(line, source).ok()) return Status::InvalidInput(where, "invalid UTF-8");
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::InvalidInput(where, "not a JSON object");
    if (!j.contains("text") || !j["text"].is_string()) return Status::InvalidInput(where, "no \"text\" string");
    if (!j.contains("themes") || !j["themes"].is_array()) return Status::InvalidInput(where, "no \"themes\" list");
    CodedComment c;
    c.where = where;
    c.text = ToNfc(j["text"].get<std::string>());
    if (j.contains("id") && j["id"].is_string()) c.id = j["id"].get<std::string>();
    if (j.contains("id") && j["id"].is_number_integer()) c.id = std::to_string(j["id"].get<long long>());
    // `ingest` output, themes added by hand, has the comment's id as "comment_id" (`tag` writes both).
    if (c.id.empty() && j.contains("comment_id") && j["comment_id"].is_string()) c.id = j["comment_id"].get<std::string>();
    if (j.contains("question") && j["question"].is_number_integer()) c.question = j["question"].get<int>();
    if (!ReadThemeList(j["themes"], c.themes)) return Status::InvalidInput(where, "a theme must be a string");
    if (j.contains("pending") && !j["pending"].is_null()) {
      if (!j["pending"].is_array()) return Status::InvalidInput(where, "\"pending\" must be a list");
      if (!ReadThemeList(j["pending"], c.pending)) return Status::InvalidInput(where, "a pending theme must be a string");
      for (const std::string& p : c.pending) {
        if (!c.has(p)) return Status::InvalidInput(where, "pending theme '" + p + "' is not among the themes");
      }
      c.pending_coded = true;
    }
    // A later record of the same comment (id and round) replaces the earlier:
    // the web page's corrections file logs every correction, the last settles it.
    if (c.id.empty()) {
      out.push_back(std::move(c));
      continue;
    }
    const std::string round = j.contains("round") && j["round"].is_string() ? j["round"].get<std::string>() : "";
    const auto [at, fresh] = seen.emplace(round + "\n" + c.id, out.size());
    if (fresh) {
      out.push_back(std::move(c));
      continue;
    }
    CodedComment& earlier = out[at->second];
    c.replaced = std::move(earlier.replaced);
    c.replaced.push_back(earlier.where);
    earlier = std::move(c);
  }
  return out;
}

std::string DescribeReplacedCodings(const std::vector<CodedComment>& coded, const std::string& source) {
  size_t count = 0, named = 0;
  std::string examples;
  for (const CodedComment& c : coded) {
    for (const std::string& where : c.replaced) {
      if (++count > 3) continue;
      examples += named++ ? ", " : ": ";
      examples += c.label();
      examples += " at ";
      examples += where;
      examples += " (by ";
      examples += c.where;
      examples += ")";
    }
  }
  if (count == 0) return {};
  std::string out = source;
  out += ": note: ";
  out += std::to_string(count);
  out += count == 1 ? " record was" : " records were";
  out += " replaced by a later one of the same comment (the last coding counts)";
  out += examples;
  if (count > named) out += ", …";
  return out;
}

Result<std::vector<CodedComment>> ReadCodingFile(const std::string& path, std::ostream* notes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput(path, "cannot open file");
  Result<std::vector<CodedComment>> coded = ReadCoding(in, path);
  // Nothing to score is not a perfect score.
  if (coded.ok() && coded.value().empty()) {
    return Status::InvalidInput(path, "no coded comments: the file is empty or blank (one JSON object a line, with \"text\" and \"themes\")");
  }
  if (notes && coded.ok()) {
    if (const std::string note = DescribeReplacedCodings(coded.value(), path); !note.empty()) *notes << note << "\n";
  }
  return coded;
}

}  // namespace returns
