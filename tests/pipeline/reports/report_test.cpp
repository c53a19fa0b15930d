#include "pipeline/reports/report.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pipeline/reports/report_format.h"
#include "tests/pipeline/html_check.h"
#include "tests/pipeline/office_parts.h"
#include "tests/pipeline/reports/hostile_records.h"

namespace {

using returns::CommentRecord;
using returns::ReportFormat;
using returns::test::AddMatch;

const std::vector<returns::ThemeLabel> kThemes = {
    {"all", "Everyone"}, {"most", "Three"}, {"half", "Two"}, {"some", "One"}, {"none", "Nobody"}};

CommentRecord Comment(const std::string& collaborative, int question, int position, const std::string& text) {
  CommentRecord r;
  r.district = "Dover";
  r.collaborative = collaborative;
  r.question = question;
  r.round = "2013-03";
  r.return_id = collaborative + "/q" + std::to_string(question);
  r.position = position;
  r.comment_id = r.return_id + "#" + std::to_string(position);
  r.text = text;
  r.tags = returns::Tagging{};
  return r;
}

// Four collaboratives answer question 2: "all" in each, "most" in three, "half" in two, "some" in one.
std::vector<CommentRecord> FourCollaboratives() {
  std::vector<CommentRecord> out;
  const char* names[] = {"A", "B", "C", "D"};
  // Different words each (the quote picker skips near-duplicates), each naming the themes it mentions.
  const char* texts[] = {"Heads meet monthly: everyone, three, two, one.",
                         "Our staff visit partner classrooms; everyone gains, three schools and two leaders.",
                         "Governors from each school now join everyone at three termly reviews.",
                         "Pupils across the group benefit, with everyone sharing resources."};
  for (int i = 0; i < 4; ++i) {
    out.push_back(Comment(names[i], 2, 1, texts[i]));
    AddMatch(out.back(), "all", "everyone");
    if (i < 3) AddMatch(out.back(), "most", "three");
    if (i < 2) AddMatch(out.back(), "half", "two");
    if (i < 1) AddMatch(out.back(), "some", "one");
  }
  // A also plans: its second comment's only mention, of "some", is pending.
  out.push_back(Comment("A", 2, 2, "Next term we will try one new approach to writing in every class."));
  AddMatch(out.back(), "some", "one");
  out.back().tags->matches.back().pending = true;
  out.back().tags->pending = {"some"};
  return out;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("report: themes grouped by share of the question's collaboratives, said in words", "[reports][report]") {
  const returns::Report r = returns::BuildReport(FourCollaboratives(), kThemes, "question 2", {});
  REQUIRE(r.questions.size() == 1);
  const returns::QuestionReport& q = r.questions[0];
  CHECK(q.title == "Question 2: What progress do you feel you have made against your priorities?");
  CHECK(returns::AnsweredSentence(q) == "Under question 2: 5 comments from 4 collaboratives.");
  REQUIRE(q.groups.size() == 4);
  CHECK(returns::ShareSentence(q.groups[0]) == "All the collaboratives mention Everyone (100%).");
  CHECK(returns::ShareSentence(q.groups[1]) == "Most of the collaboratives mention Three (75%).");
  CHECK(returns::ShareSentence(q.groups[2]) == "Half or more of the collaboratives mention Two (50%).");
  CHECK(returns::ShareSentence(q.groups[3]) == "Some of the collaboratives mention One (25%).");
  // The chart has the themes mentioned, most collaboratives first; "Nobody" is left out.
  REQUIRE(q.summary.themes.size() == 4);
  CHECK(q.summary.themes.front().id == "all");
  CHECK(q.summary.themes.back().id == "some");
  // What is still planned.
  REQUIRE(q.pending.size() == 1);
  CHECK(q.pending[0].theme.id == "some");
  CHECK(returns::PendingSentence(q) == "Still planned: One (1 comment).");
}

TEST_CASE("report: one typical comment per most-mentioned theme, never the same comment twice", "[reports][report]") {
  const returns::Report r = returns::BuildReport(FourCollaboratives(), kThemes, "question 2", {4});
  const returns::QuestionReport& q = r.questions[0];
  REQUIRE(q.quotes.size() == 4);
  std::set<std::string> ids;
  for (size_t i = 0; i < q.quotes.size(); ++i) {
    const returns::ReportQuote& quote = q.quotes[i];
    CHECK(quote.theme.id == q.summary.themes[i].id);  // the themes in order of share
    const std::vector<std::string>& themes = quote.comment.tagging().themes;
    CHECK(std::find(themes.begin(), themes.end(), quote.theme.id) != themes.end());
    ids.insert(quote.comment.comment_key());
  }
  CHECK(ids.size() == 4);
  CHECK(returns::BuildReport(FourCollaboratives(), kThemes, "question 2", {1}).questions[0].quotes.size() == 1);
  // One comment is the only one for two themes: quoted for the first, the second goes without.
  std::vector<CommentRecord> one = {Comment("A", 2, 1, "Everyone moderates; three schools lead it.")};
  AddMatch(one[0], "all", "Everyone");
  AddMatch(one[0], "most", "three");
  const returns::Report single = returns::BuildReport(one, kThemes, "question 2", {5});
  REQUIRE(single.questions[0].quotes.size() == 1);
  CHECK(single.questions[0].quotes[0].theme.id == "all");
}

TEST_CASE("report: one collaborative is 'the collaborative', and a comment with no question waits for the appendix",
          "[reports][report]") {
  std::vector<CommentRecord> comments = {Comment("A", 3, 1, "We share everyone's ideas."),
                                         Comment("A", 0, 1, "No question said.")};
  AddMatch(comments[0], "all", "everyone");
  const returns::Report r = returns::BuildReport(comments, kThemes, "all", {});
  REQUIRE(r.questions.size() == 1);
  CHECK(r.totals.comments == 2);
  REQUIRE(r.questions[0].groups.size() == 1);
  CHECK(returns::ShareSentence(r.questions[0].groups[0]) == "The collaborative mentions Everyone.");
  CHECK(returns::PendingSentence(r.questions[0]).empty());
}

TEST_CASE("report as html and md: hostile names, labels and comments stay text, the appendix attached",
          "[reports][report][html]") {
  const std::vector<CommentRecord> records = returns::test::HostileRecords();
  const returns::Report r = returns::BuildReport(records, returns::test::HostileThemes(), "all <b>x</b>", {});
  returns::ReportDocumentOptions o;
  o.appendix_options.selection = "all <b>x</b>";
  const std::string html = returns::ReportBytes(r, records, o, ReportFormat::kHtml).value();
  const std::vector<std::string> problems = returns::test::HtmlProblems(html);
  INFO((problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
  CHECK(Count(html, "<script") == 0);
  CHECK(Count(html, "<section class=\"question\"") == 3);  // questions 2, 3, 4
  CHECK(Count(html, "<svg id=\"chart-question-") == 3);
  CHECK(Count(html, "<section class=\"appendix\" id=\"appendix\">") == 1);
  CHECK(Count(html, "<p class=\"quote\">") == records.size());  // every comment in the appendix
  const std::string md = returns::ReportBytes(r, records, o, ReportFormat::kMarkdown).value();
  CHECK(Count(md, "\n## Question ") == 3 + 3);  // the report's questions, then the appendix's
  CHECK(Count(md, "<script") == Count(md, "\\<script"));  // every '<' escaped
  o.appendix = false;
  const std::string bare = returns::ReportBytes(r, records, o, ReportFormat::kHtml).value();
  CHECK(Count(bare, "<section class=\"appendix\"") == 0);
  CHECK(Count(bare, "href=\"#appendix\"") == 0);
}

TEST_CASE("report as a Word document: portrait, its appendix in a landscape section, sentences, chart, quotes",
          "[reports][report][docx]") {
  const std::vector<CommentRecord> comments = FourCollaboratives();
  const returns::Report r = returns::BuildReport(comments, kThemes, "question 2", {2});
  returns::ReportDocumentOptions o;
  o.appendix_options.selection = "question 2";
  const std::string bytes = returns::ReportBytes(r, comments, o, ReportFormat::kDocx).value();
  auto doc = returns::test::OfficePart(bytes, "word/document.xml");
  const pugi::xpath_node_set sections = returns::test::All(*doc, "w:sectPr");
  REQUIRE(sections.size() == 2);
  CHECK(std::string(sections[0].node().child("w:pgSz").attribute("w:orient").value()).empty());
  CHECK(sections[0].node().child("w:pgSz").attribute("w:w").as_int() == 11906);
  CHECK(std::string(sections[1].node().child("w:pgSz").attribute("w:orient").value()) == "landscape");
  const pugi::xpath_node_set shares = returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='ShareSentence']");
  REQUIRE(shares.size() == 4);
  CHECK(returns::test::WordText(shares[0].node()) == "•All the collaboratives mention Everyone (100%).");
  CHECK(shares[0].node().select_node(".//w:tab"));  // the bullet, a tab, the sentence at the hanging indent
  CHECK(returns::test::All(*doc, "w:p[w:pPr/w:pStyle/@w:val='Quote']").size() == 2);
  CHECK(returns::test::All(*doc, "w:r[w:rPr/w:rStyle/@w:val='Bar']").size() == 4);  // a bar per theme mentioned
  // Two tables: the chart (heading + 4 themes) and the appendix (heading + 4 returns).
  const pugi::xpath_node_set tables = returns::test::All(*doc, "w:tbl");
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].node().select_nodes("w:tr").size() == 5);
  CHECK(tables[1].node().select_nodes("w:tr").size() == 5);
  CHECK(returns::test::WordText(tables[1].node().select_node("w:tr").node()).find("Comments") != std::string::npos);
  o.appendix = false;
  auto bare = returns::test::OfficePart(returns::ReportBytes(r, comments, o, ReportFormat::kDocx).value(),
                                        "word/document.xml");
  CHECK(returns::test::All(*bare, "w:sectPr").size() == 1);
  CHECK(returns::test::All(*bare, "w:tbl").size() == 1);
}
