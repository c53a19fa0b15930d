#include "corpus/readers/format_code.h"

#include <algorithm>

namespace returns {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The bytes of the character at `i`: a whole UTF-8 sequence (one byte for
// ASCII, a stray byte, or the end).
size_t CharLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  const auto lead = static_cast<unsigned char>(s[i]);
  size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  for (size_t k = 1; k < n; ++k) {
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != Lower(word[k])) return false;
  }
  return true;
}

void AddLiteral(std::vector<FormatToken>& tokens, std::string_view text) {
  if (text.empty()) return;
  if (!tokens.empty() && tokens.back().kind == FormatToken::kLiteral) {
    tokens.back().text += text;
  } else {
    tokens.push_back({FormatToken::kLiteral, std::string(text), 0});
  }
}

// A bracketed code's meaning: elapsed time, a currency's symbol, or nothing
// shown (colours, conditions, locales).
void AddBracket(std::vector<FormatToken>& tokens, std::string_view inside) {
  if (!inside.empty() && inside.front() == '$') {
    const size_t dash = inside.find('-');
    AddLiteral(tokens, inside.substr(1, dash == std::string_view::npos ? std::string_view::npos : dash - 1));
    return;
  }
  const char first = inside.empty() ? '\0' : Lower(inside.front());
  bool same = !inside.empty();
  for (char c : inside) same = same && Lower(c) == first;
  if (same && (first == 'h' || first == 'm' || first == 's')) {
    const FormatToken::Kind kind = first == 'h' ? FormatToken::kElapsedHour : first == 'm' ? FormatToken::kElapsedMinute : FormatToken::kElapsedSecond;
    tokens.push_back({kind, "", static_cast<int>(std::min<size_t>(inside.size(), kMaxElapsedDigits))});
  }
}

}  // namespace

bool IsDateToken(FormatToken::Kind k) { return k >= FormatToken::kYear && k <= FormatToken::kSubSecond; }

std::vector<std::string_view> FormatSections(std::string_view code) {
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

std::vector<FormatToken> TokenizeFormat(std::string_view s) {
  std::vector<FormatToken> tokens;
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    const char lc = Lower(c);
    if (c == '"') {
      const size_t end = s.find('"', i + 1);
      AddLiteral(tokens, s.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\\') {
      const size_t n = CharLength(s, i + 1);
      AddLiteral(tokens, s.substr(i + 1, n));
      i += 1 + n;
    } else if (c == '_') {
      AddLiteral(tokens, " ");  // room for the next character: a space in text
      i += 1 + CharLength(s, i + 1);
    } else if (c == '*') {
      i += 1 + CharLength(s, i + 1);  // a fill: nothing in text
    } else if (c == '[') {
      const size_t end = s.find(']', i);
      AddBracket(tokens, s.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (StartsWithNoCase(s, i, "general")) {
      tokens.push_back({FormatToken::kGeneral, "", 0});
      i += 7;
    } else if (StartsWithNoCase(s, i, "am/pm")) {
      tokens.push_back({FormatToken::kAmPm, std::string(s.substr(i, 5)), 2});
      i += 5;
    } else if (StartsWithNoCase(s, i, "a/p")) {
      tokens.push_back({FormatToken::kAmPm, std::string(s.substr(i, 3)), 1});
      i += 3;
    } else if (lc == 'e' && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      tokens.push_back({FormatToken::kExponent, std::string(1, s[i + 1]), 0});
      i += 2;
    } else if (lc == 'y' || lc == 'm' || lc == 'd' || lc == 'h' || lc == 's') {
      size_t n = 1;
      while (i + n < s.size() && Lower(s[i + n]) == lc) ++n;
      const FormatToken::Kind kind = lc == 'y' ? FormatToken::kYear : lc == 'm' ? FormatToken::kMonth : lc == 'd' ? FormatToken::kDay
                             : lc == 'h' ? FormatToken::kHour : FormatToken::kSecond;
      tokens.push_back({kind, "", static_cast<int>(n)});
      i += n;
    } else if (c == '.' && i + 1 < s.size() && s[i + 1] == '0' && !tokens.empty() &&
               (tokens.back().kind == FormatToken::kSecond || tokens.back().kind == FormatToken::kElapsedSecond)) {
      size_t n = 0;
      while (i + 1 + n < s.size() && s[i + 1 + n] == '0') ++n;
      tokens.push_back({FormatToken::kSubSecond, "", static_cast<int>(std::min<size_t>(n, kMaxSubSecondDigits))});
      i += 1 + n;
    } else if (c == '0' || c == '#' || c == '?') {
      tokens.push_back({FormatToken::kDigit, std::string(1, c), 0});
      ++i;
    } else if (c == '.') {
      tokens.push_back({FormatToken::kPoint, "", 0});
      ++i;
    } else if (c == ',') {
      tokens.push_back({FormatToken::kComma, "", 0});
      ++i;
    } else if (c == '%') {
      tokens.push_back({FormatToken::kPercent, "", 0});
      ++i;
    } else if (c == '@') {
      tokens.push_back({FormatToken::kAt, "", 0});
      ++i;
    } else if (c == '/' && !tokens.empty() && tokens.back().kind == FormatToken::kDigit) {
      tokens.push_back({FormatToken::kSlash, "", 0});
      ++i;
    } else {
      AddLiteral(tokens, s.substr(i, 1));
      ++i;
    }
  }
  // An m next to hours or seconds is minutes: after h (literals between), or before s.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != FormatToken::kMonth || tokens[i].count > 2) continue;
    bool minute = false;
    for (size_t k = i; k-- > 0;) {
      if (tokens[k].kind == FormatToken::kLiteral) continue;
      minute = tokens[k].kind == FormatToken::kHour || tokens[k].kind == FormatToken::kElapsedHour;
      break;
    }
    for (size_t k = i + 1; !minute && k < tokens.size(); ++k) {
      if (tokens[k].kind == FormatToken::kLiteral) continue;
      minute = tokens[k].kind == FormatToken::kSecond || tokens[k].kind == FormatToken::kElapsedSecond;
      break;
    }
    if (minute) tokens[i].kind = FormatToken::kMinute;
  }
  return tokens;
}

std::string ZeroPadded(int64_t n, int width) {
  std::string digits = std::to_string(n);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
  return digits;
}

}  // namespace returns
