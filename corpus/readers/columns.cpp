#include "corpus/readers/columns.h"

#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "corpus/register/question.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

std::string Key(std::string_view header) { return AsciiKey(header, ' '); }

// Header keys (AsciiKey with ' ') → what they name.
const std::vector<std::pair<std::string, std::set<std::string>>>& FieldAliases() {
  static const std::vector<std::pair<std::string, std::set<std::string>>> kAliases = {
      {"district", {"district", "area"}},
      {"collaborative", {"collaborative", "collaboration", "partnership", "cluster", "group", "collaborative name"}},
      {"lead_schools", {"lead school s", "lead schools", "lead school", "lead"}},
      {"question", {"question", "q", "question number"}},
      {"answer", {"answer", "response", "comment", "text", "answer text"}},
      {"round", {"round"}},
  };
  return kAliases;
}

const std::vector<std::pair<std::string, std::set<std::string>>>& FormsColumns() {
  static const std::vector<std::pair<std::string, std::set<std::string>>> kColumns = {
      {"response_id", {"id"}},
      {"start_time", {"start time"}},
      {"completion_time", {"completion time"}},
      {"last_modified_time", {"last modified time"}},
      {"timestamp", {"timestamp"}},
      {"email", {"email", "email address", "username"}},
      {"respondent", {"name", "responder", "respondent"}},
  };
  return kColumns;
}

std::optional<std::string> Lookup(const std::vector<std::pair<std::string, std::set<std::string>>>& table,
                                  std::string_view header) {
  const std::string key = Key(header);
  for (const auto& [name, keys] : table) {
    if (keys.count(key)) return name;
  }
  return std::nullopt;
}

bool KnownField(const std::string& field) {
  static const std::set<std::string> kFields = {"district", "collaborative", "lead_schools", "question", "answer",
                                                "round", "ignore", "q1", "q2", "q3", "q4", "q5"};
  return kFields.count(field) > 0 || IsFormsAttribute(field);
}

// One FIELD=HEADER mapping into `out`; the problem, if any.
std::string AddMapping(std::string_view item, ColumnMap& out) {
  const size_t eq = item.find('=');
  if (eq == std::string_view::npos) return "takes FIELD=HEADER, got '" + std::string(item) + "'";
  const std::string field(Trim(item.substr(0, eq)));
  const std::string header(Trim(item.substr(eq + 1)));
  if (!KnownField(field)) {
    return "unknown field '" + field +
           "' (district, collaborative, lead_schools, question, answer, round, q1…q5, ignore, or a Forms attribute such as "
           "respondent)";
  }
  if (header.empty()) return "no header after '" + field + "='";
  out.emplace(field, header);
  return "";
}

}  // namespace

std::optional<std::string> FieldForHeader(std::string_view header) { return Lookup(FieldAliases(), header); }

std::optional<std::string> FormsAttribute(std::string_view header) { return Lookup(FormsColumns(), header); }

std::optional<std::string> ColumnForHeader(std::string_view header) {
  if (std::optional<std::string> field = FieldForHeader(header)) return field;
  if (std::optional<std::string> attribute = FormsAttribute(header)) return attribute;
  if (const std::optional<int> q = MatchQuestionHeading(header)) return std::string("q").append(std::to_string(*q));
  return std::nullopt;
}

bool IsFormsAttribute(std::string_view name) {
  for (const auto& [attribute, keys] : FormsColumns()) {
    if (attribute == name) return true;
  }
  return false;
}

Result<ColumnMap> ParseColumnMap(std::string_view spec) {
  ColumnMap out;
  std::istringstream in{std::string(spec)};
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.find('=') == std::string::npos) {
      return Status::InvalidInput("--columns takes FIELD=HEADER pairs, got '" + item + "'");
    }
    if (const std::string problem = AddMapping(item, out); !problem.empty()) {
      return Status::InvalidInput("--columns: " + problem);
    }
  }
  return out;
}

Result<ColumnMap> ReadColumnsFile(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  if (Status s = CheckUtf8(bytes.value(), path); !s.ok()) return s;
  ColumnMap out;
  std::istringstream in(bytes.value());
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view item = Trim(line);
    if (number == 1 && item.substr(0, 3) == "\xEF\xBB\xBF") item = Trim(item.substr(3));  // a BOM
    if (item.empty() || item.front() == '#') continue;
    if (const std::string problem = AddMapping(item, out); !problem.empty()) {
      return Status::InvalidInput(path + ":" + std::to_string(number), problem);
    }
  }
  return out;
}

}  // namespace returns
