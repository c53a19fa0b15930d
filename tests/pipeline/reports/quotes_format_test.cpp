#include "pipeline/reports/quotes_format.h"

#include <catch2/catch.hpp>

#include "tests/pipeline/html_check.h"
#include "tests/pipeline/office_parts.h"
#include "tests/pipeline/reports/hostile_records.h"

namespace {

using returns::QuotesFormat;

std::vector<returns::Quote> HostileQuotes(const std::vector<returns::CommentRecord>& records) {
  std::vector<returns::Quote> quotes;
  for (const returns::CommentRecord& r : records) quotes.push_back({&r, 1.0});
  return quotes;
}

returns::QuotesOptions Options() {
  returns::QuotesOptions o;
  o.theme = "moderation";
  o.theme_label = R"(=Moderation <script>alert('label')</script> & "co")";
  o.selection = "theme moderation <b>x</b>";
  return o;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("quotes as an html page: each quote and who said it, the theme's matches marked, all escaped",
          "[reports][quotes][html]") {
  const std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  const std::string html = returns::QuotesBytes(HostileQuotes(records), Options(), QuotesFormat::kHtml).value();
  const std::vector<std::string> problems = returns::test::HtmlProblems(html);
  INFO((problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
  CHECK(Count(html, "<script") == 0);
  CHECK(Count(html, "<blockquote class=\"quote\">") == records.size());
  CHECK(Count(html, "<p class=\"who\">") == records.size());
  CHECK(Count(html, "<mark>moderation</mark>") == 3);  // the theme's matches; not the other themes'
  CHECK(html.find("<h1>Typical comments: =Moderation &lt;script&gt;") != std::string::npos);
}

TEST_CASE("quotes as a Word document: A4 portrait, a Quote and an Attribution per quote, matches marked",
          "[reports][quotes][docx]") {
  const std::vector<returns::CommentRecord> records = returns::test::HostileRecords();
  const std::string bytes = returns::QuotesBytes(HostileQuotes(records), Options(), QuotesFormat::kDocx).value();
  auto doc = returns::test::OfficePart(bytes, "word/document.xml");
  CHECK(returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='Quote']").size() == records.size());
  const pugi::xpath_node_set who = returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='Attribution']");
  REQUIRE(who.size() == records.size());
  CHECK(returns::test::WordText(who[0].node()) == "— " + records[0].collaborative + ", " + records[0].district);
  CHECK(returns::test::All(*doc, "w:r[w:rPr/w:rStyle/@w:val='ThemeMatch']").size() == 3 + 1);  // and the key
  pugi::xml_node size = doc->select_node("//w:pgSz").node();
  CHECK(size.attribute("w:w").as_int() == 11906);
  CHECK(size.attribute("w:orient").empty());
}

TEST_CASE("quotes in text, md and json are as before", "[reports][quotes]") {
  const std::vector<returns::CommentRecord> records = {returns::test::HostileRecords()[2]};
  returns::QuotesOptions o = Options();
  o.theme_label = "Moderation";
  o.selection = "theme moderation";
  CHECK(returns::QuotesBytes(HostileQuotes(records), o, QuotesFormat::kText).value() ==
        "Typical comments: Moderation (theme moderation)\n\n1. “-2+3+cmd|' /C calc'!A0 moderation”\n   — @Group, "
        "-Thanet\n\n");
  const std::string json = returns::QuotesBytes(HostileQuotes(records), o, QuotesFormat::kJson).value();
  CHECK(json.find("\"collaborative\": \"@Group\"") != std::string::npos);
}
