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

TEST_CASE("quotes of a selection over rounds say each quote's round, in every format", "[reports][quotes][rounds]") {
  std::vector<returns::CommentRecord> records = {returns::test::HostileRecords()[2], returns::test::HostileRecords()[2]};
  records[0].round = "2013-03";
  records[1].round = "2014-03";
  returns::QuotesOptions o = Options();
  o.theme_label = "Moderation";
  o.rounds = true;
  const std::vector<returns::Quote> quotes = HostileQuotes(records);
  const std::string who = "@Group, -Thanet, round ";
  for (QuotesFormat f : {QuotesFormat::kText, QuotesFormat::kMarkdown, QuotesFormat::kHtml}) {
    const std::string bytes = returns::QuotesBytes(quotes, o, f).value();
    CHECK(Count(bytes, who + "2013-03") == 1);
    CHECK(Count(bytes, who + "2014-03") == 1);
  }
  const std::string json = returns::QuotesBytes(quotes, o, QuotesFormat::kJson).value();
  CHECK(Count(json, "\"round\": \"2013-03\"") == 1);
  CHECK(Count(json, "\"round\": \"2014-03\"") == 1);
  auto doc = returns::test::OfficePart(returns::QuotesBytes(quotes, o, QuotesFormat::kDocx).value(), "word/document.xml");
  const pugi::xpath_node_set attributions = returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='Attribution']");
  REQUIRE(attributions.size() == 2);
  CHECK(returns::test::WordText(attributions[1].node()) == "— " + who + "2014-03");

  o.rounds = false;  // one round selected: as before
  for (QuotesFormat f : {QuotesFormat::kText, QuotesFormat::kMarkdown, QuotesFormat::kHtml, QuotesFormat::kJson}) {
    CHECK(Count(returns::QuotesBytes(quotes, o, f).value(), "round ") == 0);
    CHECK(Count(returns::QuotesBytes(quotes, o, f).value(), "\"round\"") == 0);
  }
}

TEST_CASE("a quote's source: its round only when asked and known", "[reports][quotes][rounds]") {
  returns::CommentRecord c = returns::test::HostileRecords()[2];
  c.round = "2014-03";
  CHECK(returns::QuoteSource(c, false) == "@Group, -Thanet");
  CHECK(returns::QuoteSource(c, true) == "@Group, -Thanet, round 2014-03");
  c.round.clear();
  CHECK(returns::QuoteSource(c, true) == "@Group, -Thanet");
}

TEST_CASE("a quote from a return that gave no district says '(no district)', not an empty name", "[reports][quotes]") {
  std::vector<returns::CommentRecord> records = {returns::test::HostileRecords()[2]};
  records[0].district.clear();
  returns::QuotesOptions o = Options();
  o.theme_label = "Moderation";
  for (QuotesFormat f : {QuotesFormat::kText, QuotesFormat::kMarkdown, QuotesFormat::kHtml}) {
    const std::string bytes = returns::QuotesBytes(HostileQuotes(records), o, f).value();
    CHECK(Count(bytes, "@Group, (no district)") == 1);
  }
  // The JSON keeps the value as it is: "".
  CHECK(Count(returns::QuotesBytes(HostileQuotes(records), o, QuotesFormat::kJson).value(), "\"district\": \"\"") == 1);
}

TEST_CASE("quotes of a selection with none say so in every format people read, the JSON is an empty list",
          "[reports][quotes]") {
  returns::QuotesOptions o = Options();
  o.theme_label = "Transition";
  const std::string none = "No comment in the selection has this theme.";
  for (QuotesFormat f : {QuotesFormat::kText, QuotesFormat::kMarkdown, QuotesFormat::kHtml}) {
    CHECK(Count(returns::QuotesBytes({}, o, f).value(), none) == 1);
  }
  auto doc = returns::test::OfficePart(returns::QuotesBytes({}, o, QuotesFormat::kDocx).value(), "word/document.xml");
  CHECK(returns::test::WordText(doc->select_node("//w:body").node()).find(none) != std::string::npos);
  CHECK(returns::QuotesBytes({}, o, QuotesFormat::kJson).value() == "[]\n");
  // With quotes, the sentence is not there.
  const std::vector<returns::CommentRecord> records = {returns::test::HostileRecords()[2]};
  CHECK(Count(returns::QuotesBytes(HostileQuotes(records), o, QuotesFormat::kText).value(), none) == 0);
}
