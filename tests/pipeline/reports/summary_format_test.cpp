#include "pipeline/reports/summary_format.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "lexicon/codebook/theme_id.h"
#include "tests/pipeline/html_check.h"
#include "tests/pipeline/office_parts.h"
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

namespace {

// Four themes with counts that order differently by share, comments and label.
returns::Summary Sortable() {
  returns::Summary s;
  s.themes = {{"b", "beta"}, {"a", "Alpha"}, {"c", "gamma"}, {"d", "Delta"}};
  s.overall["b"] = {10, 5, 2, 0, 0.2};
  s.overall["a"] = {3, 3, 3, 0, 0.3};
  s.overall["c"] = {10, 6, 3, 0, 0.3};
  s.overall["d"] = {0, 0, 0, 0, 0};
  s.overall[returns::kNoThemeId] = {0, 0, 0, 0, 0};  // the "(no theme)" row every summary has
  s.totals = {23, 10, 10};
  return s;
}

std::vector<std::string> Ids(const returns::Summary& s) {
  std::vector<std::string> ids;
  for (const returns::ThemeLabel& t : s.themes) ids.push_back(t.id);
  return ids;
}

}  // namespace

TEST_CASE("summary --sort: codebook order, by share, by comments, by label, ties keep codebook order",
          "[reports][summary][sort]") {
  struct Row {
    returns::SummarySort sort;
    std::vector<std::string> ids;
  };
  for (const Row& row : {Row{returns::SummarySort::kCodebook, {"b", "a", "c", "d"}},
                         Row{returns::SummarySort::kShare, {"c", "a", "b", "d"}},  // a, c tie on share: comments
                         Row{returns::SummarySort::kComments, {"c", "b", "a", "d"}},  // b, c tie on comments: collaboratives
                         Row{returns::SummarySort::kLabel, {"a", "b", "d", "c"}}}) {  // case ignored
    returns::Summary s = Sortable();
    returns::SortThemes(s, row.sort);
    CHECK(Ids(s) == row.ids);
  }
  // The tables follow the sorted order.
  returns::Summary s = Sortable();
  returns::SortThemes(s, returns::SummarySort::kLabel);
  std::ostringstream out;
  returns::WriteSummary(s, "all comments", SummaryFormat::kMarkdown, out);
  const std::string md = out.str();
  CHECK(md.find("| Alpha |") < md.find("| beta |"));
  CHECK(md.find("| Delta |") < md.find("| gamma |"));
}

TEST_CASE("regression: summary labels are never cut, in any format", "[reports][summary][regression]") {
  const std::string label = "Shared resources, joint procurement and economies of scale for small schools";
  std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  returns::test::AddMatch(records[0], "long", "moderation");
  std::vector<returns::ThemeLabel> themes = returns::test::HostileThemes();
  themes.push_back({"long", label});
  for (SummaryDimension by : {SummaryDimension::kNone, SummaryDimension::kRound}) {
    const returns::Summary s = returns::Summarise(records, themes, by, false);
    for (SummaryFormat format : {SummaryFormat::kText, SummaryFormat::kMarkdown, SummaryFormat::kHtml}) {
      std::ostringstream out;
      returns::WriteSummary(s, "all", format, out);
      INFO(static_cast<int>(format) << " by " << static_cast<int>(by));
      CHECK(Count(out.str(), label) >= (by == SummaryDimension::kNone ? 1u : 2u));
    }
  }
  // The text table's columns still line up under a long label.
  const returns::Summary s = returns::Summarise(records, themes, SummaryDimension::kNone, false);
  std::ostringstream out;
  returns::WriteSummary(s, "all", SummaryFormat::kText, out);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<size_t> ends;
  while (std::getline(lines, line)) {
    if (line.find('%') != std::string::npos || line.rfind("theme", 0) == 0) {
      size_t chars = 0;
      for (char c : line) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      ends.push_back(chars);
    }
  }
  REQUIRE(ends.size() == themes.size() + 2);  // the heading, each theme, the no-theme row
  for (size_t e : ends) CHECK(e == ends.front());
}

TEST_CASE("regression: the heat map's slanted names fit above and beside it, however long", "[reports][summary][html][regression]") {
  std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  const std::string name = "Cliftonville Coastal Learning Partnership of Schools";  // 52 characters
  records.back().collaborative = name;
  records.back().collaborative_canonical.reset();
  const returns::Summary s =
      returns::Summarise(records, returns::test::HostileThemes(), SummaryDimension::kCollaborative, false);
  std::ostringstream out;
  returns::WriteSummary(s, "all", SummaryFormat::kHtml, out);
  const std::string html = out.str();
  const size_t svg = html.find("<svg id=\"theme-heatmap\"");
  REQUIRE(svg != std::string::npos);
  // The first row of cells starts below the head: at 45°, 52 characters of about 7.5 px reach 276 px up.
  const size_t rect = html.find("<rect", svg);
  REQUIRE(rect != std::string::npos);
  const size_t y = html.find(" y=\"", rect);
  REQUIRE(y != std::string::npos);
  CHECK(std::stoi(html.substr(y + 4)) >= 52 * 15 / 2 * 70 / 100);
  const size_t width = html.find(" width=\"", svg);
  CHECK(std::stoi(html.substr(width + 8)) >= 260 + 64 * 3 + 52 * 15 / 2 * 70 / 100);
  CHECK(Count(html, name) >= 1);
}

TEST_CASE("regression: the summary says 1 collaborative, 1 comment, 1 return", "[reports][summary][regression]") {
  std::vector<returns::CommentRecord> one = {returns::test::HostileRecords()[2]};
  const returns::Summary s = returns::Summarise(one, returns::test::HostileThemes(), SummaryDimension::kRound, false);
  for (SummaryFormat format : {SummaryFormat::kText, SummaryFormat::kMarkdown, SummaryFormat::kHtml}) {
    std::ostringstream out;
    returns::WriteSummary(s, "all", format, out);
    INFO(out.str());
    CHECK(out.str().find("1 collaboratives") == std::string::npos);
    CHECK(out.str().find("1</strong> collaboratives") == std::string::npos);
    CHECK(out.str().find("1** collaboratives") == std::string::npos);
    CHECK(out.str().find("1 comments") == std::string::npos);
    CHECK(out.str().find("1 returns") == std::string::npos);
  }
  std::ostringstream text;
  returns::WriteSummary(s, "all", SummaryFormat::kText, text);
  CHECK(text.str().find("1 comment, 1 return, 1 collaborative\n") != std::string::npos);
  CHECK(text.str().find("(1 collaborative, 1 comment)") != std::string::npos);
}

TEST_CASE("summary by district: a return that gave no district is under '(no district)' where people read, '' in csv",
          "[reports][summary]") {
  std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  records[0].district.clear();
  const returns::Summary s = returns::Summarise(records, returns::test::HostileThemes(), SummaryDimension::kDistrict, false);
  auto written = [&](SummaryFormat format) {
    std::ostringstream out;
    returns::WriteSummary(s, "all", format, out);
    return out.str();
  };
  CHECK(Count(written(SummaryFormat::kText), "\n(no district) (1 collaborative, ") == 1);
  CHECK(Count(written(SummaryFormat::kText), "district  (") == 0);
  // After every district, not before.
  CHECK(s.by_values.back().empty());
  CHECK(written(SummaryFormat::kText).find("\n(no district) (") > written(SummaryFormat::kText).find("\ndistrict "));
  CHECK(Count(written(SummaryFormat::kMarkdown), " | (no district) |\n|---|") == 1);
  CHECK(Count(written(SummaryFormat::kHtml), ">(no district)</text>") == 1);
  const returns::test::CsvCellRows rows = returns::test::ParseCsvCells(written(SummaryFormat::kCsv));
  size_t blank = 0;
  for (const auto& row : rows) blank += row[0].text == "district" && row[1].text.empty();
  CHECK(blank == returns::test::HostileThemes().size() + 1);
}

TEST_CASE("the summary workbook: a Themes sheet of figures and a sheet by the dimension, numbers and percentages",
          "[reports][summary][xlsx]") {
  const returns::Summary s = returns::Summarise(returns::test::HostileRecords(), returns::test::HostileThemes(),
                                                SummaryDimension::kDistrict, false);
  const std::string bytes = returns::SummaryXlsx(s, kSelection).value();
  auto book = returns::test::OfficePart(bytes, "xl/workbook.xml");
  const pugi::xpath_node_set sheets = returns::test::All(*book, "sheet");
  REQUIRE(sheets.size() == 2);
  CHECK(std::string(sheets[0].node().attribute("name").value()) == "Themes");
  CHECK(std::string(sheets[1].node().attribute("name").value()) == "By district");
  auto figures = returns::test::OfficePart(bytes, "xl/worksheets/sheet1.xml");
  CHECK(figures->select_nodes("//f").empty());
  auto cell = [](const pugi::xml_document& d, const std::string& ref) {
    return d.select_node(("//c[@r='" + ref + "']").c_str()).node();
  };
  // Row 5: the first theme, as the summary counts it.
  const returns::ThemeCounts& first = s.overall.at(s.themes.front().id);
  CHECK(std::string(cell(*figures, "A5").attribute("t").value()) == "s");
  CHECK(cell(*figures, "C5").child("v").text().as_uint() == first.comments);
  CHECK(cell(*figures, "E5").child("v").text().as_uint() == first.collaboratives);
  CHECK(cell(*figures, "F5").child("v").text().as_double() == Approx(first.collaborative_share));
  CHECK(first.collaborative_share > 0);
  CHECK(first.collaborative_share < 1);
  CHECK(std::string(figures->select_node("//autoFilter").node().attribute("ref").value()) == "A4:H7");
  CHECK(std::string(figures->select_node("//pane").node().attribute("topLeftCell").value()) == "A5");
  auto cross = returns::test::OfficePart(bytes, "xl/worksheets/sheet2.xml");
  CHECK(cross->select_nodes("//f").empty());
  CHECK(returns::test::All(*cross, "mergeCell").size() == 3);  // a district over its two columns
  // Each district: collaboratives (a number) and share (a number under a percent format).
  CHECK(std::string(cell(*cross, "C6").attribute("t").value()).empty());
  CHECK(std::string(cell(*cross, "D6").attribute("t").value()).empty());
  CHECK(std::string(cross->select_node("//autoFilter").node().attribute("ref").value()) == "A5:H8");
}
