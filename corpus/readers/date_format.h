// Dates and times of a spreadsheet cell: Excel's day number shown by the
// date and time tokens of its number format (format_code.h) — in Excel's
// calendar (the 1900 system with its phantom 29 February 1900, or the 1904
// system), English month and day names, 12-hour clocks, elapsed time and
// fractions of a second, rounded to what the format shows.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/readers/format_code.h"
#include "corpus/readers/number_format.h"

namespace returns {

// Whether `value` is a day Excel can show as a date (0 to 31/12/9999).
bool DateInRange(double value);

// REQUIRES: DateInRange(value). `tokens` of a section with date or time parts.
std::string FormatDateTokens(double value, const std::vector<FormatToken>& tokens, DateSystem system);

}  // namespace returns
