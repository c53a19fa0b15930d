#include "corpus/codec/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace returns {

namespace {

// Whether any of the 8 bytes in `w` needs escaping: below 0x20, '"' or '\\'
// (the classic SWAR byte tests, Hacker's Delight 6-1).
bool AnyToEscape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto has_zero = [&](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
  return (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void JsonWriter::AppendQuoted(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {  // eight plain bytes at a time
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!AnyToEscape(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonWriter::NewLine(size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::Value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_ += ',';
  if (indent_ >= 0) NewLine(counts_.size());
}

void JsonWriter::Key(std::string_view key) {
  Value();
  AppendQuoted(out_, key);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::PlainKey(std::string_view key) {
  Value();
  out_ += '"';
  out_ += key;
  out_ += indent_ >= 0 ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::Open(char c) {
  Value();
  out_ += c;
  counts_.push_back(0);
}

void JsonWriter::Close(char c) {
  const int n = counts_.back();
  counts_.pop_back();
  if (n > 0 && indent_ >= 0) NewLine(counts_.size());
  out_ += c;
}

void JsonWriter::Int(int64_t v) {
  Value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void JsonWriter::UInt(uint64_t v) {
  Value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void JsonWriter::Double(double v) {
  Value();
  if (!std::isfinite(v)) {
    out_ += "null";  // as nlohmann writes NaN and infinities
    return;
  }
  char buf[32];
  const char* end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  const std::string_view digits(buf, static_cast<size_t>(end - buf));
  out_ += digits;
  if (digits.find_first_of(".e") == std::string_view::npos) out_ += ".0";
}

void JsonWriter::StringArray(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& s : items) String(s);
  EndArray();
}

}  // namespace returns
