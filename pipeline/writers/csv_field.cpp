#include "pipeline/writers/csv_field.h"

#include <csv.h>

#include <cstdio>
#include <utility>

namespace returns {
namespace {

// `text` quoted by libcsv: in quotes, quotes doubled.
std::string Quoted(std::string_view text) {
  std::string buffer(text.size() * 2 + 2, '\0');
  buffer.resize(csv_write(buffer.data(), buffer.size(), text.data(), text.size()));
  return buffer;
}

bool IsPlainName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

bool StartsLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
    default: return false;
  }
}

CsvCell CsvField(std::string_view text) {
  if (!StartsLikeFormula(text)) return CsvCell(Quoted(text));
  std::string as_text;
  as_text.reserve(text.size() + 1);
  as_text += '\'';
  as_text += text;
  return CsvCell(Quoted(as_text));
}

CsvCell CsvField(double value, int decimals) {
  std::string digits(static_cast<size_t>(std::snprintf(nullptr, 0, "%.*f", decimals, value)), '\0');
  std::snprintf(digits.data(), digits.size() + 1, "%.*f", decimals, value);
  return CsvCell(std::move(digits));
}

CsvCell CsvInteger(long long n) { return CsvCell(std::to_string(n)); }
CsvCell CsvInteger(unsigned long long n) { return CsvCell(std::to_string(n)); }

void AppendCsvRow(std::initializer_list<CsvCell> cells, std::string& out) {
  bool first = true;
  for (const CsvCell& cell : cells) {
    if (!first) out += ',';
    first = false;
    out += cell.bytes();
  }
  out += "\r\n";
}

std::string CsvRow(std::initializer_list<CsvCell> cells) {
  std::string out;
  AppendCsvRow(cells, out);
  return out;
}

std::string CsvHeader(std::initializer_list<std::string_view> names) {
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ',';
    out += IsPlainName(name) ? std::string(name) : CsvField(name).bytes();
  }
  return out + "\r\n";
}

}  // namespace returns
