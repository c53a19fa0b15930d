#include "corpus/text/words.h"

#include <cctype>

namespace returns {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Canonical form for SameWord: ASCII lower case, ’ ‘ → ', trailing punctuation dropped.
std::string Key(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x98 || static_cast<unsigned char>(w[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  while (out.size() > 1 && (out.back() == '.' || out.back() == ',' || out.back() == ';' || out.back() == ':')) {
    out.pop_back();
  }
  return out;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(static_cast<unsigned char>(line[i]))) ++i;
    const size_t start = i;
    while (i < line.size() && !IsSpace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) words.push_back({line.substr(start, i - start), start, i});
  }
  return words;
}

bool SameWord(std::string_view a, std::string_view b) { return Key(a) == Key(b); }

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  for (const Word& w : SplitWords(name)) out.emplace_back(w.text);
  return out;
}

std::string_view Trim(std::string_view s) {
  auto nbsp_at = [&](size_t i) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0;
  };
  while (!s.empty()) {
    if (IsSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    else if (nbsp_at(0)) s.remove_prefix(2);
    else break;
  }
  while (!s.empty()) {
    if (IsSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    else if (s.size() >= 2 && nbsp_at(s.size() - 2)) s.remove_suffix(2);
    else break;
  }
  return s;
}

std::string AsciiKey(std::string_view text, char separator) {
  std::string out;
  bool gap = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {  // ’
      i += 2;
      continue;
    }
    // std::isalnum and std::tolower in the "C" locale (the program sets no other), inline.
    const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (lower || upper || digit) {
      if (gap && !out.empty()) out += separator;
      out += static_cast<char>(upper ? c - 'A' + 'a' : c);
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

std::vector<std::string> AsciiKeyWords(std::string_view text) {
  const std::string key = AsciiKey(text, ' ');
  std::vector<std::string> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool EndsWithJoiner(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '&' || last == ',' || last == '/' || last == '(' || last == '-') return true;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x93") return true;  // –
  const std::vector<Word> words = SplitWords(s);
  static const char* kJoiners[] = {"and", "or", "of", "the", "to", "in", "for", "with", "a", "an", "on", "at", "by", "as"};
  for (const char* j : kJoiners) {
    if (words.back().text == j) return true;
  }
  return false;
}

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x9D") s.remove_suffix(3);  // ”
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

}  // namespace returns
