#include "corpus/readers/date_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace returns {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

struct CivilDate {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
  int weekday;  // 0 Sunday .. 6 Saturday
};

// Days since 1970-01-01 to a date (Howard Hinnant's civil_from_days).
CivilDate FromUnixDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2), month, day, 0};
}

// Excel's day number as a date, in its own calendar (day 60 of the 1900
// system is 29 February 1900, a day that never was; day 0 is "0 January").
CivilDate ExcelDate(int64_t days, DateSystem system) {
  CivilDate d{};
  if (system == DateSystem::k1904) {
    d = FromUnixDays(days - 24107);  // 1904-01-01 is Unix day -24107
    d.weekday = static_cast<int>(((days + 5) % 7 + 7) % 7);
    return d;
  }
  if (days == 0) {
    d = {1900, 1, 0, 6};
  } else if (days == 60) {
    d = {1900, 2, 29, 3};
  } else {
    d = FromUnixDays(days - (days < 60 ? 25568 : 25569));  // 1899-12-31 (or -30 after the phantom day) is day 0
  }
  d.weekday = static_cast<int>(((days + 6) % 7 + 7) % 7);
  return d;
}

const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"};
const char* kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

}  // namespace

bool DateInRange(double value) { return value >= 0 && value < 2958466; }  // up to 31/12/9999

std::string FormatDateTokens(double value, const std::vector<FormatToken>& tokens, DateSystem system) {
  int sub_digits = 0;
  bool twelve = false;
  for (const FormatToken& t : tokens) {
    if (t.kind == FormatToken::kSubSecond) sub_digits = std::max(sub_digits, t.count);
    if (t.kind == FormatToken::kAmPm) twelve = true;
  }
  int64_t scale = 1;
  for (int k = 0; k < sub_digits; ++k) scale *= 10;
  // Rounded to what the format shows of a second, then split.
  const int64_t units = static_cast<int64_t>(std::llround(value * 86400.0 * static_cast<double>(scale)));
  const int64_t seconds_total = units / scale;
  const int64_t fraction = units % scale;
  const int64_t days = seconds_total / 86400;
  const int64_t second_of_day = seconds_total % 86400;
  const int hour = static_cast<int>(second_of_day / 3600);
  const int minute = static_cast<int>(second_of_day / 60 % 60);
  const int second = static_cast<int>(second_of_day % 60);
  const CivilDate date = ExcelDate(days, system);
  bool elapsed_hours = false, elapsed_minutes = false;
  for (const FormatToken& t : tokens) {
    elapsed_hours = elapsed_hours || t.kind == FormatToken::kElapsedHour;
    elapsed_minutes = elapsed_minutes || t.kind == FormatToken::kElapsedMinute;
  }

  std::string out;
  for (const FormatToken& t : tokens) {
    switch (t.kind) {
      case FormatToken::kLiteral: out += t.text; break;
      case FormatToken::kYear: out += t.count <= 2 ? ZeroPadded(date.year % 100, 2) : ZeroPadded(date.year, 4); break;
      case FormatToken::kMonth:
        if (t.count <= 2) out += ZeroPadded(date.month, t.count);
        else if (t.count == 3) out += std::string(kMonths[date.month - 1]).substr(0, 3);
        else if (t.count == 5) out += kMonths[date.month - 1][0];
        else out += kMonths[date.month - 1];
        break;
      case FormatToken::kDay:
        if (t.count <= 2) out += ZeroPadded(date.day, t.count);
        else if (t.count == 3) out += std::string(kDays[date.weekday]).substr(0, 3);
        else out += kDays[date.weekday];
        break;
      case FormatToken::kHour: {
        const int h = twelve ? (hour % 12 == 0 ? 12 : hour % 12) : hour;
        out += ZeroPadded(h, std::min(t.count, 2));
        break;
      }
      case FormatToken::kMinute: out += ZeroPadded(elapsed_hours ? seconds_total / 60 % 60 : minute, std::min(t.count, 2)); break;
      case FormatToken::kSecond:
        out += ZeroPadded(elapsed_hours || elapsed_minutes ? seconds_total % 60 : second, std::min(t.count, 2));
        break;
      case FormatToken::kElapsedHour: out += ZeroPadded(seconds_total / 3600, t.count); break;
      case FormatToken::kElapsedMinute: out += ZeroPadded(seconds_total / 60, t.count); break;
      case FormatToken::kElapsedSecond: out += ZeroPadded(seconds_total, t.count); break;
      case FormatToken::kAmPm: {
        const bool pm = hour >= 12;
        const bool lower = t.text[0] == 'a' || t.text[0] == 'p';
        std::string mark = t.count == 1 ? (pm ? "P" : "A") : (pm ? "PM" : "AM");
        if (lower) {
          for (char& ch : mark) ch = Lower(ch);
        }
        out += mark;
        break;
      }
      case FormatToken::kSubSecond: {
        const std::string digits = ZeroPadded(fraction, sub_digits);
        out += '.';
        out.append(digits, 0, static_cast<size_t>(t.count));
        break;
      }
      case FormatToken::kPoint: out += '.'; break;  // "dd.mm.yyyy"
      case FormatToken::kComma: out += ','; break;
      case FormatToken::kPercent: out += '%'; break;
      case FormatToken::kDigit: out += t.text; break;
      default: break;
    }
  }
  return out;
}

// Inserts a thousands separator every three digits of a run of digits.
}  // namespace returns
