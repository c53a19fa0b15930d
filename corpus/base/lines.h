// Reading text line by line the way every reader here does: line numbers
// from 1, a trailing CR removed (CRLF files), blank lines skipped.
#pragma once

#include <istream>
#include <string>

namespace returns {

// Pulls the non-blank lines of a stream one at a time.
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}
  // The next non-blank line and its number; false at the end.
  bool Next(std::string& line, int& number) {
    while (std::getline(in_, line)) {
      ++number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) {
        number = number_;
        return true;
      }
    }
    return false;
  }

 private:
  std::istream& in_;
  int number_ = 0;
};

// Calls fn(line_number, line) for every non-blank line of `in`.
template <typename Fn>
void ForEachLine(std::istream& in, Fn fn) {
  LineReader reader(in);
  std::string line;
  int number = 0;
  while (reader.Next(line, number)) fn(number, line);
}

}  // namespace returns
