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
constexpr double k10March2014At090512 = 41708.37861111111;      // a Monday
constexpr double k29February2024At235959_6 = 45351.999995370374;
constexpr double k31December1999At130730_25 = 36525.54687789352;

}  // namespace

TEST_CASE("dates and times as the number format shows them", "[number_format]") {
  CheckRows({
      {k14March2024At0905, "dd/mm/yyyy hh:mm", "14/03/2024 09:05"},
      {k14March2024At0905, "m/d/yy h:mm", "3/14/24 9:05"},
      {k14March2024At0905, "yyyy-mm-dd h:mm:ss", "2024-03-14 9:05:00"},
      {k14March2024At0905, "dddd d mmmm yyyy", "Thursday 14 March 2024"},
      {k14March2024At0905, "ddd d mmm yy", "Thu 14 Mar 24"},
      {k14March2024At0905, "mmm-yy", "Mar-24"},
      {k14March2024At0905, "mmmmm", "M"},
      {k14March2024At0905, "h:mm AM/PM", "9:05 AM"},
      {k14March2024At0905 + 0.5, "h:mm AM/PM", "9:05 PM"},
      {k14March2024At0905 + 0.5, "hh:mm A/P", "09:05 P"},
      {k14March2024At0905, "dd.mm.yyyy", "14.03.2024"},
      {k14March2024At0905, "[$-809]dd/mm/yyyy", "14/03/2024"},
      {k14March2024At0905, "\"Submitted \"d mmm", "Submitted 14 Mar"},
      {k14March2024At0905, "d\\-m\\-yy", "14-3-24"},
      // m is minutes after h or before s, else the month.
      {k14March2024At0905, "mm:ss", "05:00"},
      {k14March2024At0905, "mmss.0", "0500.0"},
      {k14March2024At0905, "hh \"h\" mm", "09 h 05"},
      {k10March2014At090512, "dd/mm/yyyy hh:mm:ss", "10/03/2014 09:05:12"},
      // Rounded to what is shown: the last 0.4 s carries into the next day.
      {k29February2024At235959_6, "dd/mm/yyyy hh:mm:ss", "01/03/2024 00:00:00"},
      {k29February2024At235959_6, "hh:mm:ss.0", "23:59:59.6"},
      // Elapsed time.
      {k31December1999At130730_25, "[h]:mm:ss", "876613:07:30"},
      {0.5, "[mm]:ss", "720:00"},
      {1.5, "[h]", "36"},
  });
}

TEST_CASE("Excel's calendars: the phantom 29 February 1900, and the 1904 system", "[number_format]") {
  CheckRows({
      {1, "dd/mm/yyyy", "01/01/1900"},
      {59, "dd/mm/yyyy", "28/02/1900"},
      {60, "dd/mm/yyyy", "29/02/1900"},
      {61, "dd/mm/yyyy", "01/03/1900"},
      {1, "dddd", "Sunday"},  // as Excel has it
      {61, "dddd", "Thursday"},
  });
  CheckRows({{43903, "dd/mm/yyyy", "14/03/2024"}, {0, "dd/mm/yyyy", "01/01/1904"}, {43903, "dddd", "Thursday"}},
            DateSystem::k1904);
  // A date out of range is shown as a number, never as a made-up date.
  CHECK(FormatCellNumber(-1, "dd/mm/yyyy") == "-1");
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
      {-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"},
      {-1234.5, "#,##0.00;[Red]-#,##0.00", "-1,234.50"},
      {1234.5, "[Blue]#,##0.00;[Red]-#,##0.00", "1,234.50"},
      {0, "0.00;-0.00;\"nil\"", "nil"},
      {-3, "0;;", ""},
      {42, "\"Score: \"0", "Score: 42"},
      {42, "0\" pts\"", "42 pts"},
      {3, "@", "3"},
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
