#include "corpus/readers/format_code.h"

#include <catch2/catch.hpp>

using returns::FormatSections;
using returns::FormatToken;
using returns::TokenizeFormat;

namespace {

// A section's tokens written back compactly: literals in quotes, date and
// time parts as letter and count ("M2" is minutes), placeholders as written.
std::string Show(std::string_view section) {
  std::string out;
  for (const FormatToken& t : TokenizeFormat(section)) {
    if (!out.empty()) out += ' ';
    const auto counted = [&](const char* letter) { out.append(letter).append(std::to_string(t.count)); };
    switch (t.kind) {
      case FormatToken::kLiteral: out.append(1, '\'').append(t.text).append(1, '\''); break;
      case FormatToken::kYear: counted("y"); break;
      case FormatToken::kMonth: counted("mo"); break;
      case FormatToken::kDay: counted("d"); break;
      case FormatToken::kHour: counted("h"); break;
      case FormatToken::kMinute: counted("mi"); break;
      case FormatToken::kSecond: counted("s"); break;
      case FormatToken::kElapsedHour: out.append("[h]"); break;
      case FormatToken::kElapsedMinute: out.append("[m]"); break;
      case FormatToken::kElapsedSecond: out.append("[s]"); break;
      case FormatToken::kAmPm: out.append("ampm"); break;
      case FormatToken::kSubSecond: counted(".0x"); break;
      case FormatToken::kDigit: out.append(t.text); break;
      case FormatToken::kPoint: out.append("."); break;
      case FormatToken::kComma: out.append(","); break;
      case FormatToken::kPercent: out.append("%"); break;
      case FormatToken::kExponent: out.append("E").append(t.text); break;
      case FormatToken::kSlash: out.append("/"); break;
      case FormatToken::kAt: out.append("@"); break;
      case FormatToken::kGeneral: out.append("General"); break;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a format code's sections: ',' outside quotes, escapes and brackets", "[format_code]") {
  CHECK(FormatSections("0") == std::vector<std::string_view>{"0"});
  CHECK(FormatSections("0;(0);\"-\";@") == std::vector<std::string_view>{"0", "(0)", "\"-\"", "@"});
  CHECK(FormatSections("\"a;b\"0;\\;0;[<=9;]0") == std::vector<std::string_view>{"\"a;b\"0", "\\;0", "[<=9;]0"});
  CHECK(FormatSections("0;;") == std::vector<std::string_view>{"0", "", ""});
}

TEST_CASE("a section's tokens, m is minutes next to hours or seconds", "[format_code]") {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"dd/mm/yyyy hh:mm", "d2 '/' mo2 '/' y4 ' ' h2 ':' mi2"},
      {"m/d/yy h:mm:ss AM/PM", "mo1 '/' d1 '/' y2 ' ' h1 ':' mi2 ':' s2 ' ' ampm"},
      {"mm:ss.00", "mi2 ':' s2 .0x2"},
      {"[h]:mm", "[h] ':' mi2"},
      {"mmm d", "mo3 ' ' d1"},
      {"[$-809]d mmmm", "d1 ' ' mo4"},
      {"[Red][<100]#,##0.00_);(#,##0.00)", "# , # # 0 . 0 0 ' '"},  // a section only: the first
      {"_-[$£-809]* #,##0_-", "' £' # , # # 0 ' '"},
      {"\"Score: \"0%", "'Score: ' 0 %"},
      {"0.00E+00", "0 . 0 0 E+ 0 0"},
      {"# ?/?", "# ' ' ? / ?"},
      {"General", "General"},
      {"@\" kept\"", "@ ' kept'"},
  };
  for (const auto& [code, tokens] : rows) {
    INFO(code);
    CHECK(Show(FormatSections(code)[0]) == tokens);
  }
}
