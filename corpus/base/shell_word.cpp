#include "corpus/base/shell_word.h"

namespace returns {

std::string ShellWord(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string ShellArgument(std::string_view s) {
  if (s.empty()) return "''";
  for (unsigned char c : s) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      std::string_view("@%+=:,./_-").find(static_cast<char>(c)) != std::string_view::npos;
    if (!safe) return ShellWord(s);
  }
  return std::string(s);
}

}  // namespace returns
