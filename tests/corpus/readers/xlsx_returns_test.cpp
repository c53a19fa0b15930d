#include "corpus/readers/xlsx_returns.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"

using returns::ColumnMap;
using returns::IntakeResult;
using returns::ReadXlsxReturns;
using returns::Result;
using returns::Return;
using returns::test::BundledRegister;
using returns::test::CommentTexts;
using returns::test::Slurp;

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

Result<IntakeResult> ReadSample(const std::string& name, const std::string& sheet = "", const ColumnMap& columns = {}) {
  const std::string path = "tests/data/intake/forms/" + name;
  return ReadXlsxReturns(Slurp(path), path, sheet, columns, BundledRegister());
}

IntakeResult Taken(const std::string& name, const std::string& sheet = "") {
  Result<IntakeResult> got = ReadSample(name, sheet);
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  return std::move(got).value();
}

std::vector<std::string> Collaboratives(const IntakeResult& got) {
  std::vector<std::string> out;
  for (const Return& r : got.returns) {
    if (out.empty() || out.back() != r.collaborative) out.push_back(r.collaborative);
  }
  return out;
}

}  // namespace

TEST_CASE("a Microsoft Forms export: one return per answer, the metadata kept as attributes", "[xlsx_returns]") {
  const IntakeResult got = Taken("forms.xlsx");
  CHECK(got.rejects.empty());
  CHECK(got.warnings.empty());
  CHECK(got.records == 5);         // rows
  CHECK(got.returns.size() == 22);  // 25 answer cells, 3 of them empty
  // Collaboratives the register has never seen are read all the same.
  CHECK(Collaboratives(got) == std::vector<std::string>{"Faversham Schools Collaborative", "Samphire Hub",
                                                        "Romney Marsh Learning Partnership", "M7 Partnership",
                                                        "Stour Valley Schools Alliance"});
  const Return& first = got.returns[0];
  CHECK(first.question == 1);
  CHECK(first.district == "Swale");
  CHECK(first.collaborative_canonical == std::optional<std::string>("Faversham Schools Collaborative"));
  CHECK(first.lead_schools == std::vector<std::string>{"Ospringe CEP"});
  CHECK(CommentTexts(first) ==
        std::vector<std::string>{"Learning walks in all five schools.", "Joint moderation of writing in Term 4."});
  CHECK(first.attributes == Attributes{{"response_id", "1"},
                                       {"start_time", "10/03/2014 09:05:12"},
                                       {"completion_time", "10/03/2014 09:31"},
                                       {"email", "j.bloggs@ospringe.kent.sch.uk"},
                                       {"respondent", "Jo Bloggs"}});
  // A row's line is its row in the sheet, and every comment of a cell is on it.
  CHECK(first.source == "tests/data/intake/forms/forms.xlsx");
  CHECK(first.line == 2);
  for (const auto& c : first.comments) CHECK(c.line == 2);
  // The first response has no answer to question 4: its third return is question 5.
  CHECK(got.returns[3].question == 5);

  // No name given: no respondent attribute. Metadata is never answer text.
  const Return& samphire = got.returns[4];
  CHECK(samphire.collaborative == "Samphire Hub");
  CHECK(samphire.attributes == Attributes{{"response_id", "2"},
                                          {"start_time", "11/03/2014 14:00:45"},
                                          {"completion_time", "11/03/2014 14:42"},
                                          {"email", "anonymous"}});
  for (const Return& r : got.returns) {
    CHECK(r.text.find("@") == std::string::npos);
    CHECK(r.text.find("2014") == std::string::npos);
  }
  const Return& new_one = got.returns[8];
  CHECK(new_one.collaborative == "Romney Marsh Learning Partnership");
  CHECK_FALSE(new_one.collaborative_canonical.has_value());
  CHECK(new_one.text == "Café-style parents’ evenings in three schools.");
}

TEST_CASE("the first sheet holding returns is read, --sheet reads another", "[xlsx_returns]") {
  // "Instructions" comes first and is prose; "Last round" is hidden.
  const IntakeResult responses = Taken("sheets.xlsx");
  CHECK(Collaboratives(responses) == std::vector<std::string>{"Faversham Schools Collaborative", "Samphire Hub"});
  CHECK(responses.returns.size() == 8);
  CHECK(responses.warnings.empty());

  // A hidden sheet is read when named.
  const IntakeResult last = Taken("sheets.xlsx", "Last round");
  CHECK(Collaboratives(last) == std::vector<std::string>{"M7 Partnership"});

  // A title above the header is passed over, and said so.
  const IntakeResult late = Taken("sheets.xlsx", "late returns");
  CHECK(Collaboratives(late) == std::vector<std::string>{"Stour Valley Schools Alliance"});
  CHECK(late.returns.size() == 5);
  CHECK(late.returns[0].line == 4);
  REQUIRE(late.warnings.size() == 1);
  CHECK(late.warnings[0] == "tests/data/intake/forms/sheets.xlsx:1: warning: sheet 'Late returns': row 1 above the "
                            "header (row 3) taken as a title, not read");
}

TEST_CASE("a sheet that is not there, or holds no returns, says so", "[xlsx_returns]") {
  const std::string file = "tests/data/intake/forms/sheets.xlsx";
  struct Row {
    std::string sheet;
    ColumnMap columns;
    std::string message;
  };
  const std::vector<Row> rows = {
      {"Nope", {}, file + ": error: no sheet named 'Nope' (the sheets are 'Instructions', 'Last round', 'Responses', 'Late returns')"},
      {"Instructions", {}, file + ":1: error: sheet 'Instructions': unknown column 'How to fill in this return'"},
      // With its collaborative column ignored, no sheet holds returns.
      {"", {{"ignore", "Collaborative"}}, file + ": error: no sheet has a header row naming a collaborative column and answers "
                                                 "(sheets 'Instructions', 'Last round', 'Responses', 'Late returns'); choose one with "
                                                 "--sheet NAME, and name its columns with --columns"},
  };
  for (const Row& row : rows) {
    INFO(row.sheet);
    const Result<IntakeResult> got = ReadSample("sheets.xlsx", row.sheet, row.columns);
    REQUIRE_FALSE(got.ok());
    CHECK(got.status().ToString().rfind(row.message, 0) == 0);
  }
}

TEST_CASE("a workbook's one sheet with unknown columns names them all, and the sheet", "[xlsx_returns]") {
  const Result<IntakeResult> got = ReadSample("prefixed.xlsx");
  REQUIRE_FALSE(got.ok());
  CHECK(got.status().ToString() ==
        "tests/data/intake/forms/prefixed.xlsx:1: error: sheet 'Export': 4 unknown columns: 'Date', 'Checked', "
        "'Total', 'Short date' (name each with --columns FIELD=HEADER, or leave them out with --columns "
        "'ignore=Date,ignore=Checked,ignore=Total,ignore=Short date')");
  const Result<IntakeResult> mapped = ReadSample(
      "prefixed.xlsx", "",
      {{"ignore", "Date"}, {"ignore", "Checked"}, {"ignore", "Total"}, {"ignore", "Short date"}});
  REQUIRE(mapped.ok());
  CHECK(mapped.value().returns.size() == 2);
}

TEST_CASE("a damaged workbook is an error naming the file", "[xlsx_returns]") {
  const Result<IntakeResult> got = ReadSample("truncated.xlsx");
  REQUIRE_FALSE(got.ok());
  CHECK(got.status().ToString().rfind(
            "tests/data/intake/forms/truncated.xlsx: error: not a readable Excel workbook: the file is damaged or incomplete",
            0) == 0);
}
