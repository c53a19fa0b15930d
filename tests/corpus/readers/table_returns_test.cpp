#include "corpus/readers/table_returns.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"

using returns::CellBreaks;
using returns::ColumnMap;
using returns::HeaderNamesReturns;
using returns::IntakeResult;
using returns::ReadTableReturns;
using returns::Result;
using returns::Table;
using returns::TableRow;
using returns::test::BundledRegister;

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

TableRow Row(int line, std::vector<std::string> cells) {
  TableRow row;
  row.line = line;
  row.cell_lines.assign(cells.size(), line);
  row.cells = std::move(cells);
  return row;
}

Table Sheet(std::vector<TableRow> rows) {
  Table t;
  t.source = "t.xlsx";
  t.part = "sheet 'Form1'";
  t.separator = '\t';
  t.breaks = CellBreaks::kInCell;
  t.rows = std::move(rows);
  return t;
}

Result<IntakeResult> Read(const Table& t, const ColumnMap& columns = {}) {
  return ReadTableReturns(t, columns, BundledRegister());
}

}  // namespace

TEST_CASE("which header rows name returns", "[table_returns]") {
  struct Case {
    std::vector<std::string> header;
    bool names_returns;
  };
  const std::vector<Case> cases = {
      {{"Collaborative", "Q2"}, true},
      {{"ID", "Name", "Collaborative", "Question", "Answer"}, true},
      {{"Notes", "Collaborative", "Strengths so far as a collaborative?"}, true},  // unknown columns aside
      {{"Collaborative"}, false},
      {{"District", "Q2"}, false},
      {{"How to fill in this return"}, false},
      {{"Collaborative", "Answer"}, false},
  };
  for (const Case& c : cases) {
    INFO(c.header.front() << " … (" << c.header.size() << " cells)");
    CHECK(HeaderNamesReturns(Row(1, c.header), {}) == c.names_returns);
  }
  CHECK(HeaderNamesReturns(Row(1, {"Group name", "Q2"}), {{"collaborative", "Group name"}}));
}

TEST_CASE("a form's metadata columns are attributes of every return of the row", "[table_returns]") {
  const Table t = Sheet({
      Row(1, {"Timestamp", "Email address", "Collaborative", "Q2", "Q3", "Responder", "Last modified time"}),
      Row(2, {"14/03/2014 09:05", "jo@school.kent.sch.uk", "Samphire Hub", "Walks.", "Trust.", "", "15/03/2014"}),
  });
  const Result<IntakeResult> got = Read(t);
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 2);
  for (const auto& r : got.value().returns) {
    // In column order; an empty cell is no attribute.
    CHECK(r.attributes == Attributes{{"timestamp", "14/03/2014 09:05"},
                                     {"email", "jo@school.kent.sch.uk"},
                                     {"last_modified_time", "15/03/2014"}});
  }
  CHECK(got.value().returns[0].text == "Walks.");

  // A column map can keep a column of the user's own as one of these attributes.
  const Table own = Sheet({Row(1, {"Collaborative", "Q2", "Your name"}), Row(2, {"Samphire Hub", "Walks.", "Jo"})});
  const Result<IntakeResult> mapped = Read(own, {{"respondent", "Your name"}});
  REQUIRE(mapped.ok());
  REQUIRE(mapped.value().returns.size() == 1);
  CHECK(mapped.value().returns[0].attributes == Attributes{{"respondent", "Jo"}});

  const Table twice = Sheet({Row(1, {"Email", "Collaborative", "Q2", "Email address"}), Row(2, {"a", "b", "c", "d"})});
  const Result<IntakeResult> duplicate = Read(twice);
  REQUIRE_FALSE(duplicate.ok());
  CHECK(duplicate.status().ToString() == "t.xlsx:1: error: sheet 'Form1': two columns for email: 'Email address'");
}

TEST_CASE("a cell's line breaks: lines of the file in CSV, one row in a sheet", "[table_returns]") {
  Table t = Sheet({Row(1, {"Collaborative", "Q2"}), Row(5, {"Samphire Hub", "\nWalks.\n\nModeration.\nTraining."})});
  const Result<IntakeResult> sheet = Read(t);
  REQUIRE(sheet.ok());
  REQUIRE(sheet.value().returns.size() == 1);
  std::vector<int> lines;
  for (const auto& c : sheet.value().returns[0].comments) lines.push_back(c.line);
  CHECK(lines == std::vector<int>{5, 5, 5});

  t.breaks = CellBreaks::kFileLines;
  const Result<IntakeResult> csv = Read(t);
  REQUIRE(csv.ok());
  lines.clear();
  for (const auto& c : csv.value().returns[0].comments) lines.push_back(c.line);
  CHECK(lines == std::vector<int>{6, 8, 9});
}

TEST_CASE("a row of empty cells is no record, a sheet's longer row is rejected", "[table_returns]") {
  const Table t = Sheet({
      Row(1, {"Collaborative", "Q2"}),
      Row(2, {"", "  "}),
      Row(3, {"Samphire Hub", "Walks."}),
      Row(4, {"M7 Partnership", "Trust.", "stray"}),
  });
  const Result<IntakeResult> got = Read(t);
  REQUIRE(got.ok());
  CHECK(got.value().records == 2);
  CHECK(got.value().returns.size() == 1);
  REQUIRE(got.value().rejects.size() == 1);
  CHECK(got.value().rejects[0].line == 4);
  CHECK(got.value().rejects[0].reason == "wrong number of fields");
  CHECK(got.value().rejects[0].raw == "M7 Partnership\tTrust.\tstray");
}

TEST_CASE("a column without a header: left out while empty, an error when it holds data", "[table_returns]") {
  const Table empty = Sheet({Row(1, {"Collaborative", "", "Q2"}), Row(2, {"Samphire Hub", "", "Walks."})});
  const Result<IntakeResult> got = Read(empty);
  REQUIRE(got.ok());
  CHECK(got.value().returns.size() == 1);

  const Table data = Sheet({Row(1, {"Collaborative", "", "Q2"}), Row(2, {"Samphire Hub", "Yes", "Walks."})});
  const Result<IntakeResult> lost = Read(data);
  REQUIRE_FALSE(lost.ok());
  CHECK(lost.status().ToString() ==
        "t.xlsx:1: error: sheet 'Form1': column 2 has no header but holds data (row 2); give it a header");
}
