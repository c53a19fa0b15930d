#include "pipeline/reports/summary_format.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline/html_check.h"
#include "tests/pipeline/reports/hostile_records.h"
#include "tests/pipeline/strict_csv.h"

namespace {

using returns::SummaryDimension;
using returns::SummaryFormat;

const std::string kSelection = R"(query "<script>alert('q')</script>" & district =Dover)";

std::string Written(SummaryFormat format, SummaryDimension by) {
  const returns::Summary s = returns::Summarise(returns::test::HostileRecords(), returns::test::HostileThemes(), by, false);
  std::ostringstream out;
  returns::WriteSummary(s, kSelection, format, out);
  return out.str();
}

// The values the hostile records have for `by`: three districts, three collaboratives, two rounds.
size_t Values(SummaryDimension by) { return by == SummaryDimension::kRound ? 2 : 3; }

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("regression: the summary CSV writes the theme id, the dimension and every text cell quoted and spreadsheet-safe",
          "[reports][summary][csv][regression]") {
  for (SummaryDimension by : {SummaryDimension::kDistrict, SummaryDimension::kCollaborative, SummaryDimension::kRound}) {
    const std::string csv = Written(SummaryFormat::kCsv, by);
    const returns::test::CsvCellRows rows = returns::test::ParseCsvCells(csv);
    const std::vector<returns::ThemeLabel> themes = returns::test::HostileThemes();
    // All, then each value of the dimension: the themes and the comments with no theme.
    const size_t group = themes.size() + 1;
    REQUIRE(rows.size() == 1 + group * (1 + Values(by)));
    REQUIRE(csv.rfind("dimension,value,theme,label,comments,returns,collaboratives,collaborative_share,pending\r\n", 0) == 0);
    for (size_t i = 1; i < rows.size(); ++i) {
      INFO("row " << i << " of " << returns::DimensionName(by));
      REQUIRE(rows[i].size() == 9);
      for (size_t c = 0; c < 9; ++c) {
        INFO("cell " << c << ": " << rows[i][c].text);
        CHECK_FALSE(returns::test::SpreadsheetFormula(rows[i][c].text));
        CHECK(rows[i][c].quoted == (c < 4));  // text quoted; counts and the share bare
      }
      CHECK(rows[i][0].text == (i <= group ? "all" : returns::DimensionName(by)));
      if ((i - 1) % group == themes.size()) {
        CHECK(rows[i][2].text == "none");
        CHECK(rows[i][3].text == "(no theme)");
        continue;
      }
      const returns::ThemeLabel& t = themes[(i - 1) % group];
      CHECK(rows[i][2].text == t.id);
      CHECK(rows[i][3].text == returns::test::AsSpreadsheetText(t.label));
    }
    CHECK(rows[1][3].text == R"('=Moderation <script>alert('label')</script> & "co")");
    CHECK(rows[3][3].text == "'+SUM(1,2) & 'single' </title></text></svg><script>alert('svg')</script>");
  }
  const returns::test::CsvRows by_district = returns::test::ParseCsv(Written(SummaryFormat::kCsv, SummaryDimension::kDistrict));
  const size_t first = 1 + returns::test::HostileThemes().size() + 1;  // the first row of the first value
  const size_t group = returns::test::HostileThemes().size() + 1;
  CHECK(by_district[first][1] == "'-Thanet");
  CHECK(by_district[first + group][1] == "'=Swale");
  CHECK(by_district[first + 2 * group][1] == "Dover <script>alert('district')</script>");
  const returns::test::CsvRows by_round = returns::test::ParseCsv(Written(SummaryFormat::kCsv, SummaryDimension::kRound));
  CHECK(by_round[first][1] == "'-2014");
}

TEST_CASE("regression: the summary page escapes the theme id in its data-theme attribute", "[reports][summary][html][regression]") {
  const std::string html = Written(SummaryFormat::kHtml, SummaryDimension::kDistrict);
  CHECK(html.find(R"~(data-theme="walks&quot; onclick=&quot;alert(&#39;id&#39;)")~") != std::string::npos);
  CHECK(html.find("onclick=\"") == std::string::npos);
  CHECK(Count(html, "data-theme=\"") == 3);
  const std::vector<std::string> problems = returns::test::HtmlProblems(html);
  INFO((problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
}

TEST_CASE("the summary page escapes labels, dimension values and the selection in text and attributes",
          "[reports][summary][html]") {
  for (SummaryDimension by : {SummaryDimension::kDistrict, SummaryDimension::kCollaborative, SummaryDimension::kRound}) {
    INFO(returns::DimensionName(by));
    const std::string html = Written(SummaryFormat::kHtml, by);
    const std::vector<std::string> problems = returns::test::HtmlProblems(html);
    INFO((problems.empty() ? "" : problems.front()));
    CHECK(problems.empty());
    CHECK(Count(html, "<script") == 0);
    CHECK(Count(html, "<img") == 0);
    CHECK(Count(html, "<b>") == 0);
    // Each label in the bar chart, the heat map (its row, and each cell's title) and the table.
    const size_t shown = 3 + Values(by);
    CHECK(Count(html, "=Moderation &lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt; &amp; &quot;co&quot;") == shown);
    CHECK(Count(html, "&quot; onmouseover=&quot;alert(&#39;attr&#39;)&quot; x=&quot;&#39; &lt;b&gt;walks&lt;/b&gt;") == shown);
    CHECK(Count(html, "&lt;/title&gt;&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(&#39;svg&#39;)&lt;/script&gt;") == shown);
    CHECK(html.find("<strong>Selection:</strong> query &quot;&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt;&quot; &amp; "
                    "district =Dover.") != std::string::npos);
  }
  const std::string by_district = Written(SummaryFormat::kHtml, SummaryDimension::kDistrict);
  CHECK(by_district.find(">Dover &lt;script&gt;alert(&#39;district&#39;)&lt;/script&gt;</text>") != std::string::npos);
  const std::string by_collaborative = Written(SummaryFormat::kHtml, SummaryDimension::kCollaborative);
  CHECK(by_collaborative.find(">&quot;&gt;&lt;img src=x onerror=&quot;alert(&#39;collaborative&#39;)&quot;&gt; &amp; Co</text>") !=
        std::string::npos);
}
