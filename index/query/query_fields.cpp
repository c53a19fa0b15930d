#include "index/query/query_fields.h"

#include <string_view>

namespace returns {
namespace {

constexpr std::string_view kFields[] = {"theme", "pending", "district", "collaborative",
                                        "lead",  "question", "round",   "attribute"};

// A value at `at`: quoted (to its closing quote, or the end) or a word (to
// white space or a parenthesis). Sets `value` and returns where it ends.
size_t ReadValue(const std::string& q, size_t at, std::string& value) {
  if (at < q.size() && q[at] == '"') {
    const size_t close = q.find('"', at + 1);
    value = q.substr(at + 1, (close == std::string::npos ? q.size() : close) - at - 1);
    return close == std::string::npos ? q.size() : close + 1;
  }
  size_t end = q.find_first_of(" \t()", at);
  if (end == std::string::npos) end = q.size();
  value = q.substr(at, end - at);
  return end;
}

}  // namespace

std::vector<QueryField> QueryFields(const std::string& q) {
  std::vector<QueryField> out;
  for (size_t i = 0; i < q.size(); ++i) {
    if (i > 0 && q[i - 1] != ' ' && q[i - 1] != '\t' && q[i - 1] != '(' && q[i - 1] != '+' && q[i - 1] != '-') continue;
    for (std::string_view f : kFields) {
      if (q.compare(i, f.size(), f) != 0 || i + f.size() >= q.size() || q[i + f.size()] != ':') continue;
      QueryField field{std::string(f), "", "", i, i + f.size() + 1, 0};
      field.end = ReadValue(q, field.begin, field.value);
      if (f == "attribute") {
        const size_t eq = field.value.find('=');
        const bool quoted_whole = q[field.begin] == '"';
        if (eq != std::string::npos) {
          field.name = field.value.substr(0, eq);
          // attribute:respondent="Jo Smith": the value is quoted after the '='.
          if (!quoted_whole && eq + 1 < field.value.size() && field.value[eq + 1] == '"') {
            field.end = ReadValue(q, field.begin + eq + 1, field.value);
          } else {
            field.value.erase(0, eq + 1);
          }
        }
      }
      i = field.end - 1;  // on after the value: a field named inside a quoted value is text
      if (!field.value.empty() || f == "attribute") out.push_back(std::move(field));
      break;
    }
  }
  return out;
}

}  // namespace returns
