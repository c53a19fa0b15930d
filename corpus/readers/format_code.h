// The pieces of a spreadsheet number format code (ECMA-376 §18.8.31), for
// the number and date formatting (number_format.cpp, date_format.cpp): a
// code split into its sections (positive;negative;zero;text), and a section
// into tokens — literal text, date and time parts, digit placeholders.
// Quoted and \-escaped text, _ (a space) and * (a fill: nothing) are
// literals; [colour], [$-locale] and [condition] codes show nothing, a
// [$£-809] currency its symbol; [h] [m] [s] are elapsed time; an m after h
// or before s is minutes. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace returns {

// What a code may ask for, at most, whatever it says (Excel's own limits):
// digits of a second, of elapsed time, and decimals.
constexpr size_t kMaxSubSecondDigits = 3;
constexpr size_t kMaxElapsedDigits = 10;
constexpr int kMaxDecimals = 30;

// One piece of a format section.
struct FormatToken {
  enum Kind {
    kLiteral,    // text shown as it is
    kYear, kMonth, kDay, kHour, kMinute, kSecond,  // date and time parts; `count` letters
    kElapsedHour, kElapsedMinute, kElapsedSecond,  // [h] [m] [s]
    kAmPm,       // AM/PM (or A/P when count is 1); `text` as written
    kSubSecond,  // .0 .00 .000 after seconds; `count` digits
    kDigit,      // 0 # ?  (`text` holds which)
    kPoint,      // the decimal point
    kComma,      // thousands separator or scaling
    kPercent,
    kExponent,   // E+ E- (`text` holds the sign)
    kSlash,      // a fraction's bar (between digits)
    kAt,         // @, the text itself
    kGeneral,
  };
  Kind kind;
  std::string text;
  int count = 0;
};

// Whether a token is part of a date or time (y m d h s, fractions of a second).
bool IsDateToken(FormatToken::Kind k);

// The code's sections, split at ';' outside quotes, escapes and brackets.
std::vector<std::string_view> FormatSections(std::string_view code);

// A section's tokens, adjacent literals joined.
std::vector<FormatToken> TokenizeFormat(std::string_view section);

// `n` in at least `width` digits, zeros in front.
std::string ZeroPadded(int64_t n, int width);

}  // namespace returns
