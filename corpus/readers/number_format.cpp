#include "corpus/readers/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <vector>

namespace returns {
namespace {

// One piece of a format section.
struct Token {
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

bool IsDate(Token::Kind k) { return k >= Token::kYear && k <= Token::kSubSecond; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != Lower(word[k])) return false;
  }
  return true;
}

// The code's sections, split at ';' outside quotes, escapes and brackets.
std::vector<std::string_view> Sections(std::string_view code) {
  std::vector<std::string_view> out;
  size_t start = 0;
  bool quoted = false;
  bool bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == ';') {
      out.push_back(code.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(code.substr(start));
  return out;
}

void AddLiteral(std::vector<Token>& tokens, std::string_view text) {
  if (!tokens.empty() && tokens.back().kind == Token::kLiteral) {
    tokens.back().text += text;
  } else {
    tokens.push_back({Token::kLiteral, std::string(text), 0});
  }
}

// A bracketed code's meaning: elapsed time, a currency's symbol, or nothing
// shown (colours, conditions, locales).
void AddBracket(std::vector<Token>& tokens, std::string_view inside) {
  if (!inside.empty() && inside.front() == '$') {
    const size_t dash = inside.find('-');
    AddLiteral(tokens, inside.substr(1, dash == std::string_view::npos ? std::string_view::npos : dash - 1));
    return;
  }
  const char first = inside.empty() ? '\0' : Lower(inside.front());
  bool same = !inside.empty();
  for (char c : inside) same = same && Lower(c) == first;
  if (same && (first == 'h' || first == 'm' || first == 's')) {
    const Token::Kind kind = first == 'h' ? Token::kElapsedHour : first == 'm' ? Token::kElapsedMinute : Token::kElapsedSecond;
    tokens.push_back({kind, "", static_cast<int>(inside.size())});
  }
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    const char lc = Lower(c);
    if (c == '"') {
      const size_t end = s.find('"', i + 1);
      AddLiteral(tokens, s.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\\') {
      if (i + 1 < s.size()) AddLiteral(tokens, s.substr(i + 1, 1));
      i += 2;
    } else if (c == '_') {
      AddLiteral(tokens, " ");  // room for the next character: a space in text
      i += 2;
    } else if (c == '*') {
      i += 2;  // a fill: nothing in text
    } else if (c == '[') {
      const size_t end = s.find(']', i);
      AddBracket(tokens, s.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (StartsWithNoCase(s, i, "general")) {
      tokens.push_back({Token::kGeneral, "", 0});
      i += 7;
    } else if (StartsWithNoCase(s, i, "am/pm")) {
      tokens.push_back({Token::kAmPm, std::string(s.substr(i, 5)), 2});
      i += 5;
    } else if (StartsWithNoCase(s, i, "a/p")) {
      tokens.push_back({Token::kAmPm, std::string(s.substr(i, 3)), 1});
      i += 3;
    } else if (lc == 'e' && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      tokens.push_back({Token::kExponent, std::string(1, s[i + 1]), 0});
      i += 2;
    } else if (lc == 'y' || lc == 'm' || lc == 'd' || lc == 'h' || lc == 's') {
      size_t n = 1;
      while (i + n < s.size() && Lower(s[i + n]) == lc) ++n;
      const Token::Kind kind = lc == 'y' ? Token::kYear : lc == 'm' ? Token::kMonth : lc == 'd' ? Token::kDay
                             : lc == 'h' ? Token::kHour : Token::kSecond;
      tokens.push_back({kind, "", static_cast<int>(n)});
      i += n;
    } else if (c == '.' && i + 1 < s.size() && s[i + 1] == '0' && !tokens.empty() &&
               (tokens.back().kind == Token::kSecond || tokens.back().kind == Token::kElapsedSecond)) {
      size_t n = 0;
      while (i + 1 + n < s.size() && s[i + 1 + n] == '0') ++n;
      tokens.push_back({Token::kSubSecond, "", static_cast<int>(n)});
      i += 1 + n;
    } else if (c == '0' || c == '#' || c == '?') {
      tokens.push_back({Token::kDigit, std::string(1, c), 0});
      ++i;
    } else if (c == '.') {
      tokens.push_back({Token::kPoint, "", 0});
      ++i;
    } else if (c == ',') {
      tokens.push_back({Token::kComma, "", 0});
      ++i;
    } else if (c == '%') {
      tokens.push_back({Token::kPercent, "", 0});
      ++i;
    } else if (c == '@') {
      tokens.push_back({Token::kAt, "", 0});
      ++i;
    } else if (c == '/' && !tokens.empty() && tokens.back().kind == Token::kDigit) {
      tokens.push_back({Token::kSlash, "", 0});
      ++i;
    } else {
      AddLiteral(tokens, s.substr(i, 1));
      ++i;
    }
  }
  // An m next to hours or seconds is minutes: after h (literals between), or before s.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Token::kMonth || tokens[i].count > 2) continue;
    bool minute = false;
    for (size_t k = i; k-- > 0;) {
      if (tokens[k].kind == Token::kLiteral) continue;
      minute = tokens[k].kind == Token::kHour || tokens[k].kind == Token::kElapsedHour;
      break;
    }
    for (size_t k = i + 1; !minute && k < tokens.size(); ++k) {
      if (tokens[k].kind == Token::kLiteral) continue;
      minute = tokens[k].kind == Token::kSecond || tokens[k].kind == Token::kElapsedSecond;
      break;
    }
    if (minute) tokens[i].kind = Token::kMinute;
  }
  return tokens;
}

std::string Padded(int64_t n, int width) {
  std::string digits = std::to_string(n);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
  return digits;
}

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

// Whether the number is too far out for a date (Excel shows ####).
bool DateInRange(double value) { return value >= 0 && value < 2958466; }  // up to 31/12/9999

std::string FormatDate(double value, const std::vector<Token>& tokens, DateSystem system) {
  int sub_digits = 0;
  bool twelve = false;
  for (const Token& t : tokens) {
    if (t.kind == Token::kSubSecond) sub_digits = std::max(sub_digits, t.count);
    if (t.kind == Token::kAmPm) twelve = true;
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
  for (const Token& t : tokens) {
    elapsed_hours = elapsed_hours || t.kind == Token::kElapsedHour;
    elapsed_minutes = elapsed_minutes || t.kind == Token::kElapsedMinute;
  }

  std::string out;
  for (const Token& t : tokens) {
    switch (t.kind) {
      case Token::kLiteral: out += t.text; break;
      case Token::kYear: out += t.count <= 2 ? Padded(date.year % 100, 2) : Padded(date.year, 4); break;
      case Token::kMonth:
        if (t.count <= 2) out += Padded(date.month, t.count);
        else if (t.count == 3) out += std::string(kMonths[date.month - 1]).substr(0, 3);
        else if (t.count == 5) out += kMonths[date.month - 1][0];
        else out += kMonths[date.month - 1];
        break;
      case Token::kDay:
        if (t.count <= 2) out += Padded(date.day, t.count);
        else if (t.count == 3) out += std::string(kDays[date.weekday]).substr(0, 3);
        else out += kDays[date.weekday];
        break;
      case Token::kHour: {
        const int h = twelve ? (hour % 12 == 0 ? 12 : hour % 12) : hour;
        out += Padded(h, std::min(t.count, 2));
        break;
      }
      case Token::kMinute: out += Padded(elapsed_hours ? seconds_total / 60 % 60 : minute, std::min(t.count, 2)); break;
      case Token::kSecond:
        out += Padded(elapsed_hours || elapsed_minutes ? seconds_total % 60 : second, std::min(t.count, 2));
        break;
      case Token::kElapsedHour: out += Padded(seconds_total / 3600, t.count); break;
      case Token::kElapsedMinute: out += Padded(seconds_total / 60, t.count); break;
      case Token::kElapsedSecond: out += Padded(seconds_total, t.count); break;
      case Token::kAmPm: {
        const bool pm = hour >= 12;
        const bool lower = t.text[0] == 'a' || t.text[0] == 'p';
        std::string mark = t.count == 1 ? (pm ? "P" : "A") : (pm ? "PM" : "AM");
        if (lower) {
          for (char& ch : mark) ch = Lower(ch);
        }
        out += mark;
        break;
      }
      case Token::kSubSecond: {
        const std::string digits = Padded(fraction, sub_digits);
        out += '.';
        out.append(digits, 0, static_cast<size_t>(t.count));
        break;
      }
      case Token::kPoint: out += '.'; break;  // "dd.mm.yyyy"
      case Token::kComma: out += ','; break;
      case Token::kPercent: out += '%'; break;
      case Token::kDigit: out += t.text; break;
      default: break;
    }
  }
  return out;
}

// Inserts a thousands separator every three digits of a run of digits.
std::string Grouped(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// `x` (>= 0) rounded half away from zero to `decimals`, as its integer digits
// ("" for zero) and exactly `decimals` fraction digits.
void Digits(double x, int decimals, std::string& integer, std::string& fraction) {
  char buffer[512];
  // Nudged by a relative epsilon so that 2.675 (stored as 2.67499…) rounds as written.
  const double nudged = x * (1 + 4 * std::numeric_limits<double>::epsilon());
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, nudged);
  std::string s = buffer;
  const size_t point = s.find('.');
  integer = point == std::string::npos ? s : s.substr(0, point);
  fraction = point == std::string::npos ? "" : s.substr(point + 1);
  if (integer == "0") integer.clear();
}

// Fills digit placeholders with `digits`, right to left, the first taking
// any digits left over; literals between them stay where they are.
std::string FillInteger(const std::vector<Token>& part, const std::string& digits, bool group) {
  std::vector<size_t> slots;
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i].kind == Token::kDigit) slots.push_back(i);
  }
  if (group) {  // "#,##0": the digits as one run, grouped
    size_t forced = 0;
    bool seen_zero = false;
    for (size_t i : slots) {
      seen_zero = seen_zero || part[i].text == "0";
      if (seen_zero) ++forced;
    }
    std::string run = digits;
    if (run.size() < forced) run.insert(0, forced - run.size(), '0');
    std::string out;
    bool placed = false;
    for (size_t i = 0; i < part.size(); ++i) {
      if (part[i].kind == Token::kLiteral) out += part[i].text;
      if (part[i].kind == Token::kDigit && !placed) {
        out += Grouped(run);
        placed = true;
      }
    }
    return out;
  }
  std::vector<std::string> fill(part.size());
  size_t next = digits.size();  // digits[0, next) not yet placed
  for (size_t k = slots.size(); k-- > 0;) {
    const Token& t = part[slots[k]];
    if (k == 0 && next > 0) {
      fill[slots[k]] = digits.substr(0, next);
      next = 0;
    } else if (next > 0) {
      fill[slots[k]] = digits.substr(--next, 1);
    } else {
      if (t.text != "#") fill[slots[k]].assign(1, t.text == "0" ? '0' : ' ');
    }
  }
  std::string out;
  for (size_t i = 0; i < part.size(); ++i) out += part[i].kind == Token::kDigit ? fill[i] : part[i].kind == Token::kLiteral ? part[i].text : "";
  return out;
}

// The fraction digits in their placeholders: trailing zeros dropped for '#', spaces for '?'.
std::string FillFraction(const std::vector<Token>& part, const std::string& digits) {
  std::vector<size_t> slots;
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i].kind == Token::kDigit) slots.push_back(i);
  }
  std::vector<std::string> fill(part.size());
  bool trailing = true;
  for (size_t k = slots.size(); k-- > 0;) {
    const char d = k < digits.size() ? digits[k] : '0';
    const std::string& p = part[slots[k]].text;
    if (trailing && d == '0' && p == "#") {
      fill[slots[k]].clear();
    } else if (trailing && d == '0' && p == "?") {
      fill[slots[k]].assign(1, ' ');
    } else {
      fill[slots[k]].assign(1, d);
      trailing = false;
    }
  }
  std::string out;
  for (size_t i = 0; i < part.size(); ++i) out += part[i].kind == Token::kDigit ? fill[i] : part[i].kind == Token::kLiteral ? part[i].text : "";
  return out;
}

std::string FormatNumberTokens(double value, const std::vector<Token>& tokens, bool show_sign) {
  // The number's parts: integer placeholders, fraction placeholders, exponent placeholders.
  std::vector<Token> prefix, integer, fraction, exponent, suffix;
  int percent = 0, scale = 0;
  bool group = false, point = false;
  std::string exponent_sign;
  size_t first_digit = tokens.size(), last_digit = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == Token::kDigit) {
      first_digit = std::min(first_digit, i);
      last_digit = i;
    }
  }
  enum { kInteger, kFraction, kExponentPart } where = kInteger;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::kPercent) ++percent;
    if (i < first_digit && t.kind != Token::kPoint) {
      if (t.kind == Token::kLiteral) prefix.push_back(t);
      if (t.kind == Token::kPercent) prefix.push_back({Token::kLiteral, "%", 0});
      continue;
    }
    if (i > last_digit) {
      if (t.kind == Token::kComma && where == kInteger && suffix.empty()) {
        ++scale;  // "0," shows thousands
        continue;
      }
      if (t.kind == Token::kLiteral) suffix.push_back(t);
      if (t.kind == Token::kPercent) suffix.push_back({Token::kLiteral, "%", 0});
      continue;
    }
    switch (t.kind) {
      case Token::kPoint:
        point = true;
        where = kFraction;
        break;
      case Token::kExponent:
        exponent_sign = t.text;
        where = kExponentPart;
        break;
      case Token::kComma: {
        // Between digit placeholders: grouping; before the point: scaling.
        size_t k = i + 1;
        while (k < tokens.size() && tokens[k].kind == Token::kComma) ++k;
        if (where == kInteger && k < tokens.size() && tokens[k].kind == Token::kDigit) group = true;
        else if (where == kInteger) ++scale;
        break;
      }
      case Token::kPercent:
        (where == kInteger ? integer : where == kFraction ? fraction : exponent).push_back({Token::kLiteral, "%", 0});
        break;
      case Token::kDigit:
      case Token::kLiteral:
        (where == kInteger ? integer : where == kFraction ? fraction : exponent).push_back(t);
        break;
      default: break;
    }
  }
  int decimals = 0;
  for (const Token& t : fraction) decimals += t.kind == Token::kDigit;
  double x = std::fabs(value);
  for (int k = 0; k < percent; ++k) x *= 100;
  for (int k = 0; k < scale; ++k) x /= 1000;

  std::string int_digits, frac_digits, exp_text;
  if (!exponent_sign.empty()) {
    int int_slots = 0;
    for (const Token& t : integer) int_slots += t.kind == Token::kDigit;
    int_slots = std::max(int_slots, 1);
    int e = x == 0 ? 0 : static_cast<int>(std::floor(std::log10(x)));
    // "##0.0E+0" keeps the exponent a multiple of the integer places.
    if (int_slots > 1) e = static_cast<int>(std::floor(static_cast<double>(e) / int_slots)) * int_slots;
    else e -= int_slots - 1;
    double mantissa = x / std::pow(10.0, e);
    Digits(mantissa, decimals, int_digits, frac_digits);
    if (int_slots == 1 && int_digits.size() > 1) {  // 9.99 rounded up to 10.0
      ++e;
      Digits(x / std::pow(10.0, e), decimals, int_digits, frac_digits);
    }
    int exp_slots = 0;
    for (const Token& t : exponent) exp_slots += t.kind == Token::kDigit;
    exp_text.assign(1, 'E');
    if (e < 0) exp_text += '-';
    else if (exponent_sign == "+") exp_text += '+';
    exp_text += Padded(std::abs(e), exp_slots);
  } else {
    Digits(x, decimals, int_digits, frac_digits);
  }
  const bool zero = int_digits.empty() && frac_digits.find_first_not_of('0') == std::string::npos;
  std::string out;
  if (show_sign && value < 0 && !zero) out += '-';
  for (const Token& t : prefix) out += t.text;
  out += FillInteger(integer, int_digits, group);
  if (point) out += '.';
  out += FillFraction(fraction, frac_digits);
  out += exp_text;
  for (const Token& t : suffix) out += t.text;
  return out;
}

std::string FormatSection(double value, const std::vector<Token>& tokens, bool show_sign, DateSystem system) {
  bool date = false, digits = false, general = false, fraction_bar = false;
  for (const Token& t : tokens) {
    date = date || IsDate(t.kind) || t.kind == Token::kElapsedHour || t.kind == Token::kElapsedMinute ||
           t.kind == Token::kElapsedSecond || t.kind == Token::kAmPm;
    digits = digits || t.kind == Token::kDigit;
    general = general || t.kind == Token::kGeneral || t.kind == Token::kAt;
    fraction_bar = fraction_bar || t.kind == Token::kSlash;
  }
  if (date) return DateInRange(value) ? FormatDate(value, tokens, system) : FormatGeneral(value);
  if (fraction_bar) return FormatGeneral(show_sign ? value : std::fabs(value));
  if (digits) return FormatNumberTokens(value, tokens, show_sign);
  if (general) {
    std::string out;
    bool placed = false;
    for (const Token& t : tokens) {
      if (t.kind == Token::kLiteral) out += t.text;
      if ((t.kind == Token::kGeneral || t.kind == Token::kAt) && !placed) {
        out += show_sign ? FormatGeneral(value) : FormatGeneral(std::fabs(value));
        placed = true;
      }
    }
    return out;
  }
  std::string out;  // only text: shown as it is ("-" for zero in accounting formats)
  for (const Token& t : tokens) out += t.kind == Token::kLiteral ? t.text : "";
  return out;
}

}  // namespace

std::optional<std::string_view> BuiltInNumberFormat(int id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ?\?/?\?";
    case 14: return "dd/mm/yyyy";
    case 15: return "d-mmm-yy";
    case 16: return "d-mmm";
    case 17: return "mmm-yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "dd/mm/yyyy hh:mm";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mmss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return std::nullopt;
  }
}

std::string FormatGeneral(double value) {
  if (!std::isfinite(value)) return "#NUM!";
  if (value == 0) return "0";
  if (value == std::trunc(value) && std::fabs(value) < 1e15) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
    return buffer;
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15G", value);
  std::string s = buffer;
  // Trailing zeros of the mantissa go: "1.50000000000000E+20" → "1.5E+20".
  const size_t e = s.find('E');
  std::string mantissa = s.substr(0, e);
  const std::string exponent = e == std::string::npos ? "" : s.substr(e);
  if (mantissa.find('.') != std::string::npos) {
    while (mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa.pop_back();
  }
  return mantissa + exponent;
}

std::string FormatCellNumber(double value, std::string_view code, DateSystem system) {
  if (!std::isfinite(value)) return "#NUM!";
  std::vector<std::string_view> sections = Sections(code);
  std::string_view section = sections[0];
  bool show_sign = true;
  if (sections.size() >= 2 && value < 0) {
    section = sections[1];
    show_sign = false;  // the negative section writes its own sign, if any
  } else if (sections.size() >= 3 && value == 0) {
    section = sections[2];
  }
  if (section.empty() && sections.size() > 1) return "";  // "0;;" hides that kind of value
  const std::vector<Token> tokens = Tokenize(section);
  if (tokens.empty()) return FormatGeneral(value);
  return FormatSection(value, tokens, show_sign, system);
}

}  // namespace returns
