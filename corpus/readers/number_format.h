// A spreadsheet number as the spreadsheet displays it: the cell's value
// rendered by its number format code (ECMA-376 §18.8.31), so that a date
// stored as 45365.378 reads "14/03/2024 09:05", as Excel shows it and writes
// it when saving as CSV.
//
//   FormatCellNumber(45365.378472, "dd/mm/yyyy hh:mm")  → "14/03/2024 09:05"
//   FormatCellNumber(1234.5, "#,##0.00")                → "1,234.50"
//   FormatCellNumber(7, "General")                      → "7"
//
// Supported: sections (positive;negative;zero;text), quoted and \-escaped
// literals, [colour] and [$-locale] codes (ignored; a [$£-809] currency shows
// its symbol), dates and times (y, m, d, h, s, AM/PM, A/P, elapsed [h] [m]
// [s], fractions of a second), digits (0 # ?), thousands separators and
// scaling commas, decimals, percent, scientific (0.00E+00). Fractions
// (# ?/?) and conditions ([<100]) fall back to General. Dates are the
// proleptic Gregorian calendar from Excel's day numbers (the 1900 system,
// with its phantom 29 February 1900, or the 1904 system); names of months
// and days are English.
//
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace returns {

enum class DateSystem {
  k1900,  // day 1 is 1 January 1900 (Excel for Windows; the default)
  k1904,  // day 0 is 1 January 1904 (workbooks with date1904="1")
};

// The format code of a built-in number format id (those a workbook uses
// without writing them down), or nullopt for an id with none. The
// locale-dependent date formats 14 and 22 are given as British Excel shows
// them: dd/mm/yyyy and dd/mm/yyyy hh:mm.
std::optional<std::string_view> BuiltInNumberFormat(int id);

// `value` as the format `code` displays it ("General" when empty).
std::string FormatCellNumber(double value, std::string_view code, DateSystem system = DateSystem::k1900);

// `value` in the General format, as Excel writes it to CSV: up to 15
// significant digits, no trailing zeros, E notation from 10^15 and below
// 10^-5 ("0.1", "1234567", "1.5E+20").
std::string FormatGeneral(double value);

}  // namespace returns
