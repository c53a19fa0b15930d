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
    if (fresh) out.push_back(std::move(c));
    else out[at->second] = std::move(c);
  }
  return out;
}

Result<std::vector<CodedComment>> ReadCodingFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput(path, "cannot open file");
  return ReadCoding(in, path);
}

}  // namespace returns
