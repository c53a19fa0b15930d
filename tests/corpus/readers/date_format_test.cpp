#include "corpus/readers/date_format.h"

#include <catch2/catch.hpp>

using returns::DateInRange;
using returns::DateSystem;
using returns::FormatDateTokens;
using returns::TokenizeFormat;

namespace {

struct Row {
  double value;
  const char* code;
  const char* shown;
};

void CheckRows(const std::vector<Row>& rows, DateSystem system = DateSystem::k1900) {
  for (const Row& row : rows) {
    INFO(row.value << " as " << row.code);
    CHECK(FormatDateTokens(row.value, TokenizeFormat(row.code), system) == row.shown);
  }
}

// Day numbers as openpyxl writes them (openpyxl.utils.datetime.to_excel).
constexpr double k14March2024At0905 = 45365.37847222222;        // a Thursday
constexpr double k10March2014At090512 = 41708.37861111111;      // a Monday
constexpr double k29February2024At235959_6 = 45351.999995370374;
constexpr double k31December1999At130730_25 = 36525.54687789352;

}  // namespace

TEST_CASE("dates and times as their format shows them", "[date_format]") {
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
      // Past Excel's limits: three digits of a second, ten of elapsed time.
      {k29February2024At235959_6, "ss.000000000000000000000000", "59.600"},
      {1.5, "[hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh]", "0000000036"},
  });
}

TEST_CASE("Excel's calendars: the phantom 29 February 1900, and the 1904 system", "[date_format]") {
  CheckRows({
      {0, "dd/mm/yyyy", "00/01/1900"},  // Excel's "0 January"
      {1, "dd/mm/yyyy", "01/01/1900"},
      {59, "dd/mm/yyyy", "28/02/1900"},
      {60, "dd/mm/yyyy", "29/02/1900"},
      {61, "dd/mm/yyyy", "01/03/1900"},
      {1, "dddd", "Sunday"},  // as Excel has it
      {61, "dddd", "Thursday"},
      {2958465, "dd/mm/yyyy", "31/12/9999"},
  });
  CheckRows({{43903, "dd/mm/yyyy", "14/03/2024"}, {0, "dd/mm/yyyy", "01/01/1904"}, {43903, "dddd", "Thursday"}},
            DateSystem::k1904);
  CHECK(DateInRange(0));
  CHECK(DateInRange(2958465.9));
  CHECK_FALSE(DateInRange(2958466));
  CHECK_FALSE(DateInRange(-0.5));
}
