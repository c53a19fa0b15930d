// A strict RFC 4180 reader for the CSV files the pipeline writes, for its
// tests: fields quoted or not, "" inside quotes for a quote, every record
// ended by CRLF (line ends inside quotes are data). Throws on anything else,
// so a stray quote or a bare LF fails the test. Also tells which fields were
// quoted, so a test can check that every text cell is. Header-only.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace returns::test {

struct CsvCellRead {
  std::string text;
  bool quoted = false;
};

using CsvRows = std::vector<std::vector<std::string>>;
using CsvCellRows = std::vector<std::vector<CsvCellRead>>;

inline CsvCellRows ParseCsvCells(const std::string& text) {
  CsvCellRows rows;
  std::vector<CsvCellRead> row;
  size_t i = 0;
  auto fail = [&](const char* what) { throw std::runtime_error(std::string(what) + " at byte " + std::to_string(i)); };
  while (i < text.size()) {
    CsvCellRead field;
    if (text[i] == '"') {
      field.quoted = true;
      ++i;
      for (;;) {
        if (i >= text.size()) fail("unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.text += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.text += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') fail("quote in an unquoted field");
        field.text += text[i++];
      }
    }
    row.push_back(std::move(field));
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size()) fail("a comma ends the file");
      continue;
    }
    if (text.compare(i, 2, "\r\n") != 0) fail("a record not ended by CRLF");
    i += 2;
    rows.push_back(std::move(row));
    row.clear();
  }
  return rows;
}

inline CsvRows ParseCsv(const std::string& text) {
  CsvRows rows;
  for (const std::vector<CsvCellRead>& cells : ParseCsvCells(text)) {
    std::vector<std::string>& row = rows.emplace_back();
    for (const CsvCellRead& c : cells) row.push_back(c.text);
  }
  return rows;
}

// What a spreadsheet would run as a formula: a cell beginning with '=', '+',
// '-', '@', a tab or a carriage return (written here apart from the writer,
// so the tests do not take the rule from the code they test).
inline bool SpreadsheetFormula(const std::string& cell) {
  return !cell.empty() && std::string("=+-@\t\r").find(cell.front()) != std::string::npos;
}

// `text` as the CSV writers must write it: a ' first when a spreadsheet would
// otherwise run it.
inline std::string AsSpreadsheetText(const std::string& text) { return SpreadsheetFormula(text) ? "'" + text : text; }

}  // namespace returns::test
