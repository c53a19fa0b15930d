// Reading text line by line the way every reader here does: line numbers
// from 1, a trailing CR removed (CRLF files), blank lines skipped.
#pragma once

#include <istream>
#include <string>

namespace returns {

// Calls fn(line_number, line) for every non-blank line of `in`.
template <typename Fn>
void ForEachLine(std::istream& in, Fn fn) {
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) fn(number, line);
  }
}

}  // namespace returns
