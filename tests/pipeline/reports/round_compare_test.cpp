#include "pipeline/reports/round_compare.h"

#include <catch2/catch.hpp>

#include "tests/pipeline/html_check.h"
#include "tests/pipeline/office_parts.h"
#include "tests/pipeline/reports/hostile_records.h"
#include "tests/pipeline/strict_csv.h"

namespace {

using returns::CommentRecord;
using returns::CompareFormat;

CommentRecord Comment(const std::string& round, const std::string& collaborative, int question,
                      std::vector<std::string> themes) {
  CommentRecord r;
  r.round = round;
  r.collaborative = collaborative;
  r.district = collaborative == "North" ? "Dover" : "Thanet";
  r.question = question;
  r.return_id = "q" + std::to_string(question) + "/" + collaborative;
  r.text = "text";
  r.tags = returns::Tagging{};
  r.tags->themes = std::move(themes);
  return r;
}

const std::vector<returns::ThemeLabel> kThemes = {{"moderation", "Moderation"}, {"trust", "Trust"}, {"data", "Data"},
                                                  {"parents", "Parents"}};

// Round A asks 1 and 2; round B asks 2 and 3. North and South in both, West only in A, East only in B.
std::vector<CommentRecord> TwoRounds() {
  return {Comment("A", "North", 1, {"parents"}),           // question 1: left out
          Comment("A", "North", 2, {"moderation", "trust"}),
          Comment("A", "South", 2, {"moderation"}),
          Comment("A", "West", 2, {"data"}),
          Comment("B", "North", 2, {"moderation"}),         // North drops trust
          Comment("B", "South", 2, {"moderation", "data"}),  // South gains data
          Comment("B", "East", 2, {"data"}),
          Comment("B", "East", 3, {"parents", "trust"}),     // question 3: left out
          Comment("C", "North", 2, {"parents"})};            // another round: ignored
}

}  // namespace

TEST_CASE("compare: like-for-like questions only, shares of each round's collaboratives, change in points",
          "[reports][compare]") {
  const returns::RoundComparison c = returns::CompareRounds(TwoRounds(), kThemes, "A", "B");
  CHECK(c.questions == std::vector<int>{2});
  CHECK(c.only_a == std::vector<int>{1});
  CHECK(c.only_b == std::vector<int>{3});
  CHECK(c.totals_a.collaboratives == 3);
  CHECK(c.totals_b.collaboratives == 3);
  CHECK(c.totals_a.comments == 3);
  REQUIRE(c.themes.size() == 4);
  CHECK(c.themes[0].collaboratives_a == 2);  // moderation: North, South in A; North, South in B
  CHECK(c.themes[0].collaboratives_b == 2);
  CHECK(c.themes[0].change_points == 0);
  CHECK(c.themes[1].collaboratives_a == 1);  // trust: North in A; in B only on question 3, left out
  CHECK(c.themes[1].collaboratives_b == 0);
  CHECK(c.themes[1].change_points == -33);
  CHECK(c.themes[2].share_b == Approx(2.0 / 3));  // data: West in A; South and East in B
  CHECK(c.themes[2].change_points == 67 - 33);
  CHECK(c.themes[3].collaboratives_a == 0);  // parents: only on left-out questions and round C
  CHECK(c.themes[3].collaboratives_b == 0);
  CHECK(c.gone_themes == std::vector<std::string>{"trust"});
  CHECK(c.new_themes.empty());
  CHECK(c.joined == std::vector<std::string>{"East"});
  CHECK(c.left == std::vector<std::string>{"West"});
  REQUIRE(c.changed.size() == 2);
  CHECK(c.changed[0].collaborative == "North");
  CHECK(c.changed[0].dropped == std::vector<std::string>{"trust"});
  CHECK(c.changed[0].gained.empty());
  CHECK(c.changed[1].collaborative == "South");
  CHECK(c.changed[1].gained == std::vector<std::string>{"data"});
  CHECK(c.unchanged == 0);
}

TEST_CASE("compare: the question list in words", "[reports][compare]") {
  CHECK(returns::QuestionList({}) == "no question");
  CHECK(returns::QuestionList({3}) == "question 3");
  CHECK(returns::QuestionList({2, 3}) == "questions 2 and 3");
  CHECK(returns::QuestionList({1, 4, 5}) == "questions 1, 4 and 5");
}

TEST_CASE("compare: themes, names and changes in words", "[reports][compare]") {
  const returns::RoundComparison c = returns::CompareRounds(TwoRounds(), kThemes, "A", "B");
  CHECK(returns::ThemeNames(c, {"moderation", "data"}) == "Moderation, Data");
  CHECK(returns::ThemeNames(c, {"moderation", "unknown-id"}, "; ") == "Moderation; unknown-id");
  CHECK(returns::ThemeNames(c, {}) == "none");
  CHECK(returns::ThemeNames(c, {}, "; ", "").empty());
  CHECK(returns::NamesOrNone({"RAiD", "CATS"}) == "RAiD; CATS");
  CHECK(returns::NamesOrNone({}) == "none");
  CHECK(returns::SignedPoints(5) == "+5");
  CHECK(returns::SignedPoints(-3) == "\u22123");
  CHECK(returns::SignedPoints(0) == "0");
  CHECK(returns::SignedPoints(0, "\u00b1") == "\u00b10");
}

TEST_CASE("compare as text and md: what was left out is said, new, gone, joined, left, gained, dropped",
          "[reports][compare]") {
  const returns::RoundComparison c = returns::CompareRounds(TwoRounds(), kThemes, "A", "B");
  const std::string text = returns::ComparisonBytes(c, "", CompareFormat::kText).value();
  CHECK(text.find("Like for like: question 2. Left out: question 1 (asked in A only); question 3 (asked in B only).") !=
        std::string::npos);
  CHECK(text.find("Gone in B: Trust.") != std::string::npos);
  CHECK(text.find("Joined in B (1): East.") != std::string::npos);
  CHECK(text.find("Left after A (1): West.") != std::string::npos);
  CHECK(text.find("North (Dover): dropped Trust") != std::string::npos);
  CHECK(text.find("South (Thanet): gained Data") != std::string::npos);
  INFO(text);
  CHECK(text.find("\nTrust         33%     0%     −33\n") != std::string::npos);
  const std::string md = returns::ComparisonBytes(c, "district Dover", CompareFormat::kMarkdown).value();
  CHECK(md.find("# Rounds compared: A and B, district Dover") != std::string::npos);
  CHECK(md.find("| Data | 33% (1) | 67% (2) | +34 |") != std::string::npos);
}

TEST_CASE("compare: a collaborative whose returns gave no district is said so where people read, '' in the data",
          "[reports][compare]") {
  std::vector<CommentRecord> records = TwoRounds();
  for (CommentRecord& r : records) {
    if (r.collaborative == "South") r.district.clear();
  }
  const returns::RoundComparison c = returns::CompareRounds(records, kThemes, "A", "B");
  CHECK(returns::ComparisonBytes(c, "", CompareFormat::kText).value().find("South (no district): gained Data") !=
        std::string::npos);
  CHECK(returns::ComparisonBytes(c, "", CompareFormat::kMarkdown).value().find("| South | (no district) |") !=
        std::string::npos);
  CHECK(returns::ComparisonBytes(c, "", CompareFormat::kHtml).value().find("<td>South</td><td>(no district)</td>") !=
        std::string::npos);
  CHECK(returns::ComparisonBytes(c, "", CompareFormat::kJson).value().find("\"district\": \"\"") != std::string::npos);
}

TEST_CASE("compare workbook: every collaborative's row has its district, those that joined or left too",
          "[reports][compare][xlsx]") {
  const returns::RoundComparison c = returns::CompareRounds(TwoRounds(), kThemes, "A", "B");
  CHECK(c.district_of.at("East") == "Thanet");  // joined
  CHECK(c.district_of.at("West") == "Thanet");  // left
  auto sheet = returns::test::OfficePart(returns::ComparisonXlsx(c, "").value(), "xl/worksheets/sheet2.xml");
  // The heading row and North, South (in both), East (joined), West (left): a District cell each.
  CHECK(returns::test::All(*sheet, "c[starts-with(@r,'A')]").size() == 5);
  CHECK(returns::test::All(*sheet, "c[starts-with(@r,'B')]").size() == 5);
}

TEST_CASE("compare on hostile data: the page escapes everything, the csv and workbook hold text as text",
          "[reports][compare]") {
  std::vector<CommentRecord> records = returns::test::HostileRecords();  // rounds 2014-03 and -2014
  for (CommentRecord& r : records) r.question = 2;
  const returns::RoundComparison c = returns::CompareRounds(records, returns::test::HostileThemes(), "-2014", "2014-03");
  const std::string html = returns::ComparisonBytes(c, "<b>x</b>", CompareFormat::kHtml).value();
  const std::vector<std::string> problems = returns::test::HtmlProblems(html);
  INFO((problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<circle class=\"b\"") != std::string::npos);
  const returns::test::CsvCellRows rows =
      returns::test::ParseCsvCells(returns::ComparisonBytes(c, "", CompareFormat::kCsv).value());
  REQUIRE(rows.size() == 1 + 3);
  for (size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 9);
    for (size_t k : {0, 1, 2, 5}) {  // theme, label and the two rounds: text, quoted, never a formula
      CHECK(rows[i][k].quoted);
      CHECK_FALSE(returns::test::SpreadsheetFormula(rows[i][k].text));
    }
    CHECK(rows[i][2].text == "'-2014");
    CHECK_FALSE(rows[i][8].quoted);  // the change in points: a number, negative or not
    CHECK(std::to_string(std::stoi(rows[i][8].text)) == rows[i][8].text);
  }
  const std::string bytes = returns::ComparisonXlsx(c, "").value();
  for (const char* sheet : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
    auto xml = returns::test::OfficePart(bytes, sheet);
    CHECK(xml->select_nodes("//f").empty());
  }
}
