// Reading text line by line the way every reader here does: line numbers
// from 1, a trailing CR removed (CRLF files), blank lines skipped.
#pragma once

#include <algorithm>
#include <istream>
#include <string>

namespace returns {

// Pulls the non-blank lines of a stream one at a time. With `max_bytes`, a
// line is held only up to that many bytes, however long it is: `line` gets
// its first max_bytes bytes and `length()` says how long the whole line was
// (work and memory stay bounded on a file that is one huge line).
class LineReader {
 public:
  explicit LineReader(std::istream& in, size_t max_bytes = std::string::npos) : in_(in), max_(max_bytes) {}
  // The next non-blank line and its number; false at the end.
  bool Next(std::string& line, int& number) {
    while (Read(line)) {
      ++number_;
      if (!line.empty() && line.back() == '\r' && length_ == line.size()) {
        line.pop_back();
        --length_;
      }
      if (line.find_first_not_of(" \t") != std::string::npos) {
        number = number_;
        return true;
      }
    }
    return false;
  }
  // The length in bytes of the line Next() gave last, all of it (no newline).
  size_t length() const { return length_; }

 private:
  bool Read(std::string& line) {
    if (max_ == std::string::npos) {
      if (!std::getline(in_, line)) return false;
      length_ = line.size();
      return true;
    }
    line.clear();
    length_ = 0;
    bool any = false;
    char buffer[1 << 16];
    while (true) {
      in_.getline(buffer, sizeof buffer);
      const size_t got = static_cast<size_t>(in_.gcount());
      const bool fail = in_.fail(), eof = in_.eof();
      if (got == 0 && fail) return any;  // nothing more (a line that filled the buffer ended at the end)
      any = true;
      // Took the newline (counted by gcount) | ended at the end of the stream | filled the buffer.
      const bool newline = !fail && !eof;
      const size_t bytes = got - (newline ? 1 : 0);
      length_ += bytes;
      if (line.size() < max_) line.append(buffer, std::min(bytes, max_ - line.size()));
      if (newline) return true;
      if (eof) {
        in_.clear(std::ios::eofbit);
        return true;
      }
      in_.clear();  // the buffer filled: the line goes on
    }
  }

  std::istream& in_;
  size_t max_;
  size_t length_ = 0;
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
