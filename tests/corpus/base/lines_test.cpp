#include "corpus/base/lines.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

using returns::LineReader;

namespace {

struct Line {
  int number;
  std::string text;
  size_t length;
  bool operator==(const Line& o) const { return number == o.number && text == o.text && length == o.length; }
};

std::vector<Line> ReadAll(const std::string& text, size_t max) {
  std::istringstream in(text);
  LineReader reader(in, max);
  std::vector<Line> out;
  std::string line;
  int number = 0;
  while (reader.Next(line, number)) out.push_back({number, line, reader.length()});
  return out;
}

}  // namespace

TEST_CASE("LineReader: numbers from 1, CR of CRLF removed, blank lines skipped, with or without a limit") {
  const std::string text = "first\r\n\n  \nsecond\nlast without newline";
  const std::vector<Line> want = {{1, "first", 5}, {4, "second", 6}, {5, "last without newline", 20}};
  CHECK(ReadAll(text, std::string::npos) == want);
  CHECK(ReadAll(text, 1000) == want);
}

TEST_CASE("LineReader: a line over the limit is held to the limit, its whole length told, the next line read") {
  // Lines longer than the reader's 64 KiB buffer, of lengths either side of it.
  for (size_t n : {size_t{65535}, size_t{65536}, size_t{65537}, size_t{200000}}) {
    INFO(n);
    const std::string text = "short\n" + std::string(n, 'x') + "\r\nafter\n" + std::string(n, 'y');
    const std::vector<Line> got = ReadAll(text, 100);
    REQUIRE(got.size() == 4);
    CHECK(got[0] == Line{1, "short", 5});
    CHECK(got[1].number == 2);
    CHECK(got[1].text == std::string(100, 'x'));
    CHECK(got[1].length == n + 1);  // the CR is kept in the count of a cut line
    CHECK(got[2] == Line{3, "after", 5});
    CHECK(got[3].text == std::string(100, 'y'));
    CHECK(got[3].length == n);
    // Without a limit, the same lines whole.
    const std::vector<Line> whole = ReadAll(text, std::string::npos);
    REQUIRE(whole.size() == 4);
    CHECK(whole[1].text == std::string(n, 'x'));
    CHECK(whole[3].length == n);
  }
}
