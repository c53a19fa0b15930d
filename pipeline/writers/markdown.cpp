#include "pipeline/writers/markdown.h"

namespace returns {

std::string MarkdownText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\n': out += ' '; break;
      case '\r': break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace returns
