#include "corpus/readers/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "corpus/readers/date_format.h"
#include "corpus/readers/format_code.h"

namespace returns {
namespace {

std::string Grouped(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// `x` (>= 0, finite) as Excel shows it: its 15 significant digits, rounded
// half away from zero to `decimals` — as its integer digits ("" for zero)
// and exactly `decimals` fraction digits. (2.675, stored as 2.67499…, is
// 2.67500000000000 to 15 digits, so it shows as 2.68.)
void Digits(double x, int decimals, std::string& integer, std::string& fraction) {
  integer.clear();
  fraction.clear();
  if (x > 0) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.14e", x);  // d.dddddddddddddde±X
    const std::string_view s = buffer;
    const size_t e = s.find('e');
    std::string digits(1, s[0]);
    digits.append(s.substr(2, e - 2));
    const int point = std::atoi(buffer + e + 1) + 1;  // digits before the decimal point
    if (point <= 0) {
      fraction.assign(static_cast<size_t>(-point), '0');
      fraction += digits;
    } else if (static_cast<size_t>(point) >= digits.size()) {
      integer = digits;
      integer.append(static_cast<size_t>(point) - digits.size(), '0');
    } else {
      integer = digits.substr(0, static_cast<size_t>(point));
      fraction = digits.substr(static_cast<size_t>(point));
    }
  }
  const bool up = fraction.size() > static_cast<size_t>(decimals) && fraction[static_cast<size_t>(decimals)] >= '5';
  fraction.resize(static_cast<size_t>(decimals), '0');
  if (up) {  // carry through the fraction, then the integer
    size_t k = fraction.size();
    while (k > 0 && fraction[k - 1] == '9') fraction[--k] = '0';
    if (k > 0) {
      ++fraction[k - 1];
    } else {
      size_t i = integer.size();
      while (i > 0 && integer[i - 1] == '9') integer[--i] = '0';
      if (i > 0) ++integer[i - 1];
      else integer.insert(integer.begin(), '1');
    }
  }
  const size_t first = integer.find_first_not_of('0');
  integer = first == std::string::npos ? "" : integer.substr(first);
}

// Fills digit placeholders with `digits`, right to left, the first taking
// any digits left over; literals between them stay where they are.
std::string FillInteger(const std::vector<FormatToken>& part, const std::string& digits, bool group) {
  std::vector<size_t> slots;
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i].kind == FormatToken::kDigit) slots.push_back(i);
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
      if (part[i].kind == FormatToken::kLiteral) out += part[i].text;
      if (part[i].kind == FormatToken::kDigit && !placed) {
        out += Grouped(run);
        placed = true;
      }
    }
    return out;
  }
  std::vector<std::string> fill(part.size());
  size_t next = digits.size();  // digits[0, next) not yet placed
  for (size_t k = slots.size(); k-- > 0;) {
    const FormatToken& t = part[slots[k]];
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
  for (size_t i = 0; i < part.size(); ++i) out += part[i].kind == FormatToken::kDigit ? fill[i] : part[i].kind == FormatToken::kLiteral ? part[i].text : "";
  return out;
}

// The fraction digits in their placeholders: trailing zeros dropped for '#', spaces for '?'.
std::string FillFraction(const std::vector<FormatToken>& part, const std::string& digits) {
  std::vector<size_t> slots;
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i].kind == FormatToken::kDigit) slots.push_back(i);
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
  for (size_t i = 0; i < part.size(); ++i) out += part[i].kind == FormatToken::kDigit ? fill[i] : part[i].kind == FormatToken::kLiteral ? part[i].text : "";
  return out;
}

std::string FormatNumberTokens(double value, const std::vector<FormatToken>& tokens, bool show_sign) {
  // The number's parts: integer placeholders, fraction placeholders, exponent placeholders.
  std::vector<FormatToken> prefix, integer, fraction, exponent, suffix;
  int percent = 0, scale = 0;
  bool group = false, point = false;
  std::string exponent_sign;
  size_t first_digit = tokens.size(), last_digit = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == FormatToken::kDigit) {
      first_digit = std::min(first_digit, i);
      last_digit = i;
    }
  }
  enum { kInteger, kFraction, kExponentPart } where = kInteger;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FormatToken& t = tokens[i];
    if (t.kind == FormatToken::kPercent) ++percent;
    if (i < first_digit && t.kind != FormatToken::kPoint) {
      if (t.kind == FormatToken::kLiteral) prefix.push_back(t);
      if (t.kind == FormatToken::kPercent) prefix.push_back({FormatToken::kLiteral, "%", 0});
      continue;
    }
    if (i > last_digit) {
      if (t.kind == FormatToken::kComma && where == kInteger && suffix.empty()) {
        ++scale;  // "0," shows thousands
        continue;
      }
      if (t.kind == FormatToken::kLiteral) suffix.push_back(t);
      if (t.kind == FormatToken::kPercent) suffix.push_back({FormatToken::kLiteral, "%", 0});
      continue;
    }
    switch (t.kind) {
      case FormatToken::kPoint:
        point = true;
        where = kFraction;
        break;
      case FormatToken::kExponent:
        exponent_sign = t.text;
        where = kExponentPart;
        break;
      case FormatToken::kComma: {
        // Between digit placeholders: grouping; before the point: scaling.
        size_t k = i + 1;
        while (k < tokens.size() && tokens[k].kind == FormatToken::kComma) ++k;
        if (where == kInteger && k < tokens.size() && tokens[k].kind == FormatToken::kDigit) group = true;
        else if (where == kInteger) ++scale;
        break;
      }
      case FormatToken::kPercent:
        (where == kInteger ? integer : where == kFraction ? fraction : exponent).push_back({FormatToken::kLiteral, "%", 0});
        break;
      case FormatToken::kDigit:
      case FormatToken::kLiteral:
        (where == kInteger ? integer : where == kFraction ? fraction : exponent).push_back(t);
        break;
      default: break;
    }
  }
  int decimals = 0;
  for (const FormatToken& t : fraction) decimals += t.kind == FormatToken::kDigit;
  decimals = std::min(decimals, kMaxDecimals);  // placeholders past it show 0
  double x = std::fabs(value);
  for (int k = 0; k < percent; ++k) x *= 100;
  for (int k = 0; k < scale; ++k) x /= 1000;
  if (!std::isfinite(x)) return "#NUM!";

  std::string int_digits, frac_digits, exp_text;
  if (!exponent_sign.empty()) {
    int int_slots = 0;
    for (const FormatToken& t : integer) int_slots += t.kind == FormatToken::kDigit;
    int_slots = std::max(int_slots, 1);
    int e = x == 0 ? 0 : static_cast<int>(std::floor(std::log10(x)));
    // "##0.0E+0" keeps the exponent a multiple of the integer places.
    if (int_slots > 1) e = static_cast<int>(std::floor(static_cast<double>(e) / int_slots)) * int_slots;
    else e -= int_slots - 1;
    double mantissa = x / std::pow(10.0, e);
    if (!std::isfinite(mantissa)) return "#NUM!";
    Digits(mantissa, decimals, int_digits, frac_digits);
    if (int_slots == 1 && int_digits.size() > 1) {  // 9.99 rounded up to 10.0
      ++e;
      Digits(x / std::pow(10.0, e), decimals, int_digits, frac_digits);
    }
    int exp_slots = 0;
    for (const FormatToken& t : exponent) exp_slots += t.kind == FormatToken::kDigit;
    exp_text.assign(1, 'E');
    if (e < 0) exp_text += '-';
    else if (exponent_sign == "+") exp_text += '+';
    exp_text += ZeroPadded(std::abs(e), exp_slots);
  } else {
    Digits(x, decimals, int_digits, frac_digits);
  }
  const bool zero = int_digits.empty() && frac_digits.find_first_not_of('0') == std::string::npos;
  std::string out;
  if (show_sign && value < 0 && !zero) out += '-';
  for (const FormatToken& t : prefix) out += t.text;
  out += FillInteger(integer, int_digits, group);
  if (point) out += '.';
  out += FillFraction(fraction, frac_digits);
  out += exp_text;
  for (const FormatToken& t : suffix) out += t.text;
  return out;
}

std::string FormatSection(double value, const std::vector<FormatToken>& tokens, bool show_sign, DateSystem system) {
  bool date = false, digits = false, general = false, fraction_bar = false;
  for (const FormatToken& t : tokens) {
    date = date || IsDateToken(t.kind) || t.kind == FormatToken::kElapsedHour || t.kind == FormatToken::kElapsedMinute ||
           t.kind == FormatToken::kElapsedSecond || t.kind == FormatToken::kAmPm;
    digits = digits || t.kind == FormatToken::kDigit;
    general = general || t.kind == FormatToken::kGeneral || t.kind == FormatToken::kAt;
    fraction_bar = fraction_bar || t.kind == FormatToken::kSlash;
  }
  if (date) return DateInRange(value) ? FormatDateTokens(value, tokens, system) : FormatGeneral(value);
  if (fraction_bar) return FormatGeneral(show_sign ? value : std::fabs(value));
  if (digits) return FormatNumberTokens(value, tokens, show_sign);
  if (general) {
    std::string out;
    bool placed = false;
    for (const FormatToken& t : tokens) {
      if (t.kind == FormatToken::kLiteral) out += t.text;
      if ((t.kind == FormatToken::kGeneral || t.kind == FormatToken::kAt) && !placed) {
        out += show_sign ? FormatGeneral(value) : FormatGeneral(std::fabs(value));
        placed = true;
      }
    }
    return out;
  }
  std::string out;  // only text: shown as it is ("-" for zero in accounting formats)
  for (const FormatToken& t : tokens) out += t.kind == FormatToken::kLiteral ? t.text : "";
  return out;
}

}  // namespace}  // namespace

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
  // Excel holds no subnormal number (below 2.2e-308 is 0); kept, one made an
  // infinite mantissa in scientific formats (found by fuzz_intake).
  if (std::fpclassify(value) == FP_SUBNORMAL) value = 0;
  std::vector<std::string_view> sections = FormatSections(code);
  std::string_view section = sections[0];
  bool show_sign = true;
  if (sections.size() >= 2 && value < 0) {
    section = sections[1];
    show_sign = false;  // the negative section writes its own sign, if any
  } else if (sections.size() >= 3 && value == 0) {
    section = sections[2];
  }
  if (section.empty() && sections.size() > 1) return "";  // "0;;" hides that kind of value
  const std::vector<FormatToken> tokens = TokenizeFormat(section);
  if (tokens.empty()) return FormatGeneral(value);
  return FormatSection(value, tokens, show_sign, system);
}

}  // namespace returns