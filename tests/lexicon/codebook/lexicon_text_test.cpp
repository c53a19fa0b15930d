#include "lexicon/codebook/lexicon_text.h"

#include <catch2/catch.hpp>

using returns::LineBreaks;

TEST_CASE("UsesAnyByte: backslash-C where RE2 reads it as the any-byte escape", "[lexicon][text]") {
  struct Row {
    const char* pattern;
    bool any_byte;
  };
  const std::vector<Row> table = {
      {R"(\C)", true},
      {R"(a\Cb)", true},
      {R"((?i)\C+)", true},
      {R"((?s:.\C))", true},
      {R"(\\C)", false},            // a backslash, then C
      {R"(\\\C)", true},            // a backslash, then \C
      {R"(\Q\C\E)", false},         // literal between \Q and \E
      {R"(\Qa\C)", false},          // literal to the end without \E
      {R"(\Qa\E\C)", true},
      {R"(\pC)", false},            // the Unicode class C (other)
      {R"(\p{Cc}\x43)", false},
      {R"([\C])", false},           // in a class RE2 refuses it itself (invalid escape)
      {R"([^\C]x)", false},
      {R"([]\C]\C)", true},         // ']' first in a class is literal; the class ends at the second
      {R"([^]\C])", false},
      {R"([[:alpha:]\C]\C)", true},  // [:alpha:] does not end the class
      {R"(\bC\b)", false},
      {R"(Y[0-9]/[0-9])", false},
      {R"(C:\\)", false},
      {R"(\)", false},
  };
  for (const Row& row : table) {
    INFO(row.pattern);
    CHECK(returns::UsesAnyByte(row.pattern) == row.any_byte);
  }
}

TEST_CASE("TextProblem: UTF-8 without NUL or control characters", "[lexicon][text]") {
  struct Row {
    std::string text;
    LineBreaks breaks;
    std::string problem;
  };
  const std::vector<Row> table = {
      {"moderation", LineBreaks::kRefused, ""},
      {"Héads’ “moderation” 🙂", LineBreaks::kRefused, ""},
      {"", LineBreaks::kRefused, ""},
      {std::string("mod\0eration", 11), LineBreaks::kAllowed, "holds a NUL byte"},
      {"a\tb", LineBreaks::kRefused, "holds control character U+0009"},
      {"a\tb\nc", LineBreaks::kAllowed, ""},
      {"a\r\nb", LineBreaks::kAllowed, "holds control character U+000D"},
      {"bell\a", LineBreaks::kAllowed, "holds control character U+0007"},
      {"\x1b[31mred", LineBreaks::kAllowed, "holds control character U+001B"},
      {"del\x7f", LineBreaks::kAllowed, "holds control character U+007F"},
      {"next\xc2\x85line", LineBreaks::kAllowed, "holds control character U+0085"},  // C1
      {"nbsp\xc2\xa0", LineBreaks::kRefused, ""},
      {"caf\xe9", LineBreaks::kAllowed, "is not valid UTF-8 (byte 0xE9)"},          // Latin-1
      {"\xc0\xaf", LineBreaks::kAllowed, "is not valid UTF-8 (byte 0xC0)"},         // overlong
      {"\xed\xa0\x80", LineBreaks::kAllowed, "is not valid UTF-8 (byte 0xED)"},     // a surrogate
      {"\xf4\x90\x80\x80", LineBreaks::kAllowed, "is not valid UTF-8 (byte 0xF4)"}, // past U+10FFFF
      {"\xe2\x80", LineBreaks::kAllowed, "is not valid UTF-8 (byte 0xE2)"},         // cut short
  };
  for (const Row& row : table) {
    INFO(row.text);
    CHECK(returns::TextProblem(row.text, row.breaks) == row.problem);
  }
}

TEST_CASE("Printable: one line, control characters and stray bytes escaped", "[lexicon][text]") {
  CHECK(returns::Printable("Heads’ moderation") == "Heads’ moderation");
  CHECK(returns::Printable(std::string("mod\0eration", 11)) == "mod\\x00eration");
  CHECK(returns::Printable("a\nb\tc\r") == "a\\x0Ab\tc\\x0D");
  CHECK(returns::Printable("caf\xe9 \xc2\x85") == "caf\\xE9 \\x85");
  CHECK(returns::Printable(std::string(100, 'x'), 10) == std::string(10, 'x') + "…");
}
