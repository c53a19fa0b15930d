#include "corpus/readers/number_format.h"

#include <catch2/catch.hpp>

using returns::BuiltInNumberFormat;
using returns::DateSystem;
using returns::FormatCellNumber;
using returns::FormatGeneral;

namespace {

struct Row {
  double value;
  const char* code;
  const char* shown;
};

void CheckRows(const std::vector<Row>& rows, DateSystem system = DateSystem::k1900) {
  for (const Row& row : rows) {
    INFO(row.value << " as " << row.code);
    CHECK(FormatCellNumber(row.value, row.code, system) == row.shown);
  }
}

// Day numbers as openpyxl writes them (openpyxl.utils.datetime.to_excel).
constexpr double k14March2024At0905 = 45365.37847222222;        // a Thursday

}  // namespace

TEST_CASE("a section with date parts is a date, others a number", "[number_format]") {
  CheckRows({
      {k14March2024At0905, "dd/mm/yyyy hh:mm", "14/03/2024 09:05"},
      {k14March2024At0905, "0.00", "45365.38"},
      {k14March2024At0905, "General", "45365.3784722222"},
      // A date out of range is shown as a number, never as a made-up date.
      {-1, "dd/mm/yyyy", "-1"},
  });
  CHECK(FormatCellNumber(43903, "dd/mm/yyyy", DateSystem::k1904) == "14/03/2024");
}

TEST_CASE("numbers as the number format shows them", "[number_format]") {
  CheckRows({
      {7, "General", "7"},
      {7, "", "7"},
      {1234.5, "0", "1235"},
      {2.5, "0", "3"},
      {-2.5, "0", "-3"},
      {2.675, "0.00", "2.68"},  // as written, though stored as 2.67499…
      {1.005, "0.00", "1.01"},
      {-0.001, "0.00", "0.00"},
      {7, "00000", "00007"},
      {1234.5, "#,##0.00", "1,234.50"},
      {1234567.891, "#,##0", "1,234,568"},
      {1234567, "#,##0,", "1,235"},
      {999, "#,##0", "999"},
      {0.5, "#.##", ".5"},
      {1, "#.##", "1."},
      {3.1, "0.00?", "3.10 "},
      {5551234, "000-0000", "555-1234"},
      {0.125, "0.0%", "12.5%"},
      {0.5, "0%", "50%"},
      {12345.678, "0.00E+00", "1.23E+04"},
      {0.000123, "0.00E+00", "1.23E-04"},
      {9.999, "0.00E+00", "1.00E+01"},
      {1234.5, "£#,##0.00", "£1,234.50"},
      {1234.5, "[$£-809]#,##0.00", "£1,234.50"},
      {1234.5, "_-£* #,##0.00_-", " £1,234.50 "},
      // Escapes, spaces and fills take a whole character, however many bytes.
      {7, "\\é0_€*–", "é7 "},
      {-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"},
      {-1234.5, "#,##0.00;[Red]-#,##0.00", "-1,234.50"},
      {1234.5, "[Blue]#,##0.00;[Red]-#,##0.00", "1,234.50"},
      {0, "0.00;-0.00;\"nil\"", "nil"},
      {-3, "0;;", ""},
      {42, "\"Score: \"0", "Score: 42"},
      {42, "0\" pts\"", "42 pts"},
      {3, "@", "3"},
      // Past Excel's 30 decimals, placeholders show 0.
      {0.5, "0.0000000000000000000000000000000000000000", "0.5000000000000000000000000000000000000000"},
      // Fractions are shown as General.
      {0.75, "# ?/?", "0.75"},
  });
}

TEST_CASE("General: up to 15 significant digits, E notation for the very large and small", "[number_format]") {
  const std::vector<std::pair<double, const char*>> rows = {
      {0, "0"},           {-0.0, "0"},          {0.1 + 0.2, "0.3"},        {1234567.891, "1234567.891"},
      {-2.5, "-2.5"},     {1e20, "1E+20"},      {1.5e-7, "1.5E-07"},       {123456789012345.0, "123456789012345"},
      {1.0 / 3, "0.333333333333333"},
  };
  for (const auto& [value, shown] : rows) {
    INFO(value);
    CHECK(FormatGeneral(value) == shown);
  }
}

TEST_CASE("built-in number formats, with the British short date", "[number_format]") {
  CHECK(BuiltInNumberFormat(0) == std::optional<std::string_view>("General"));
  CHECK(BuiltInNumberFormat(14) == std::optional<std::string_view>("dd/mm/yyyy"));
  CHECK(BuiltInNumberFormat(22) == std::optional<std::string_view>("dd/mm/yyyy hh:mm"));
  CHECK(BuiltInNumberFormat(49) == std::optional<std::string_view>("@"));
  CHECK_FALSE(BuiltInNumberFormat(5).has_value());  // a currency of the workbook's locale: General
  CHECK_FALSE(BuiltInNumberFormat(164).has_value());
  CHECK(FormatCellNumber(k14March2024At0905, *BuiltInNumberFormat(22)) == "14/03/2024 09:05");
}

// Found by fuzz_intake: a subnormal number (1.39e-309) in a scientific
// format made an infinite mantissa, and its digits were read before the
// start of a buffer. Excel holds none: it is 0.
TEST_CASE("regression: a subnormal number shows as zero, in any format", "[number_format]") {
  CHECK(FormatCellNumber(1.390671161567e-309, "0.00E+00") == "0.00E+00");
  CHECK(FormatCellNumber(1.390671161567e-309, "##0.0E+0") == FormatCellNumber(0, "##0.0E+0"));
  CHECK(FormatCellNumber(1.390671161567e-309, "0.00") == "0.00");
  CHECK(FormatCellNumber(2.5e-308, "0.00E+00") == "2.50E-308");  // the smallest normal numbers stay
}
