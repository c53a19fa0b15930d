#include "index/query/query_syntax.h"

#include <string>
#include <vector>

namespace returns {
namespace {

Status Unbalanced(char paren, size_t position) {
  return Status::InvalidInput("query: unbalanced '" + std::string(1, paren) + "' at position " +
                              std::to_string(position));
}

}  // namespace

Status CheckQuerySyntax(std::string_view query) {
  std::vector<size_t> open;  // the positions of the '(' not closed yet
  bool in_phrase = false;
  size_t position = 0;
  for (const char c : query) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: same character
    ++position;
    if (c == '"') {
      in_phrase = !in_phrase;
    } else if (in_phrase) {
      continue;
    } else if (c == '(') {
      open.push_back(position);
    } else if (c == ')') {
      if (open.empty()) return Unbalanced(')', position);
      open.pop_back();
    }
  }
  return open.empty() ? Status::OK() : Unbalanced('(', open.front());
}

}  // namespace returns
