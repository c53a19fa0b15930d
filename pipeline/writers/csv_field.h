// CSV cells and rows: the one way the program writes CSV (`tag --format csv`,
// `summary --format csv`, `appendix --format csv`). RFC 4180, records ended
// by CRLF.
//
//   out << CsvRow({CsvField(district), CsvField(question), CsvField(share, 4)});
//
// A text cell is always quoted by libcsv (quotes doubled, so commas, quotes
// and line breaks stay inside it). A whole number the program counted is
// written bare: its digits are a number to every reader.
//
// Spreadsheet safety ("CSV injection"). Excel, LibreOffice Calc and Google
// Sheets run a cell that begins with '=', '+', '-', '@', a tab or a carriage
// return as a formula, quoted or not: "=HYPERLINK(…)" in a comment would be a
// live link, "=cmd|…" a command. So a text cell that begins with one of them
// is written with a single quote ' before it, inside the quotes — OWASP's
// recommendation: "=1+1" becomes "'=1+1" and "- planned" "'- planned".
// Spreadsheets read such a cell as text (Excel hides the '); other readers
// (Python's csv, pandas, R) see the ' as the cell's first character. Nothing
// else is changed: a cell not beginning with one of the six is written as it
// is, and a ' already first is left alone (so a text that itself begins with
// ' and one of the six reads back like one that got the '). Leading spaces
// are not looked past: " =1" is text to a spreadsheet as it is.
//
// Only the functions here make a CsvCell, and a row is made of CsvCells, so
// every cell of every row goes through this file. Pure functions; thread-safe.
#pragma once

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace returns {

// One encoded cell, ready to be put in a row.
class CsvCell {
 public:
  CsvCell() = default;  // an empty cell: no value (written as nothing)
  const std::string& bytes() const { return bytes_; }

 private:
  explicit CsvCell(std::string bytes) : bytes_(std::move(bytes)) {}
  friend CsvCell CsvField(std::string_view text);
  friend CsvCell CsvField(double value, int decimals);
  friend CsvCell CsvInteger(long long n);
  friend CsvCell CsvInteger(unsigned long long n);
  std::string bytes_;
};

// Whether a spreadsheet would read a cell beginning with `text` as a formula:
// it begins with '=', '+', '-', '@', '\t' or '\r'.
bool StartsLikeFormula(std::string_view text);

// A text cell: quoted, quotes doubled, and a ' put first if StartsLikeFormula.
// Every string from data goes here — ids and numbers kept as text too.
CsvCell CsvField(std::string_view text);

// A number with `decimals` places after the point ("0.4186"), bare.
// REQUIRES: `value` is finite; 0 <= decimals <= 17.
CsvCell CsvField(double value, int decimals);

// The whole-number cells behind CsvField(T): the digits, bare.
CsvCell CsvInteger(long long n);
CsvCell CsvInteger(unsigned long long n);

// A whole number (a question, a position, a count), bare: "-?[0-9]+", which
// a spreadsheet reads as a number, never as a formula.
template <std::integral T>
CsvCell CsvField(T n) {
  if constexpr (std::is_signed_v<T>) {
    return CsvInteger(static_cast<long long>(n));
  } else {
    return CsvInteger(static_cast<unsigned long long>(n));
  }
}

// One record: the cells joined by ',' and ended by CRLF.
std::string CsvRow(std::initializer_list<CsvCell> cells);
void AppendCsvRow(std::initializer_list<CsvCell> cells, std::string& out);

// A header record of column names. REQUIRES: each name is the writer's own
// constant; names of lower-case letters, digits and '_' are written bare (as
// our headers always were), any other through CsvField.
std::string CsvHeader(std::initializer_list<std::string_view> names);

}  // namespace returns
