#include "corpus/readers/xlsx_workbook.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"

using returns::Result;
using returns::SheetCells;
using returns::SheetRow;
using returns::XlsxWorkbook;
using returns::test::Slurp;

namespace {

const std::string kForms = "tests/data/intake/forms/";

SheetCells FirstSheet(const std::string& bytes, const std::string& name) {
  Result<XlsxWorkbook> book = XlsxWorkbook::Open(bytes, name);
  INFO(book.status().ToString());
  REQUIRE(book.ok());
  REQUIRE_FALSE(book.value().sheet_names().empty());
  Result<SheetCells> sheet = book.value().ReadSheet(0);
  INFO(sheet.status().ToString());
  REQUIRE(sheet.ok());
  return std::move(sheet).value();
}

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a Forms export written by openpyxl: inline strings, dates by their format, sparse rows", "[xlsx]") {
  const std::string bytes = Slurp(kForms + "forms.xlsx");
  const SheetCells sheet = FirstSheet(bytes, "forms.xlsx");
  CHECK(sheet.name == "Form1");
  REQUIRE(sheet.rows.size() == 6);
  const SheetRow& header = sheet.rows[0];
  CHECK(header.number == 1);
  REQUIRE(header.cells.size() == 13);
  CHECK(header.cells[0] == "ID");
  CHECK(header.cells[7] == "Lead school(s)");
  CHECK(header.cells[12] == "Additional comments.");

  const SheetRow& first = sheet.rows[1];
  CHECK(first.number == 2);
  REQUIRE(first.cells.size() == 13);
  CHECK(first.cells[0] == "1");                      // a number, General
  CHECK(first.cells[1] == "10/03/2014 09:05:12");    // dd/mm/yyyy hh:mm:ss
  CHECK(first.cells[2] == "10/03/2014 09:31");       // dd/mm/yyyy hh:mm
  CHECK(first.cells[8] == "Learning walks in all five schools.\n• Joint moderation of writing in Term 4.");
  CHECK(first.cells[9] == "Writing levels rose in four of the five schools; “good” judgements agreed at moderation.");
  CHECK(first.cells[10] == "Heads’ trust and openness.\nA shared budget of £2,500 for cover.");
  CHECK(first.cells[11].empty());                    // no <c> for the empty answer

  const SheetRow& second = sheet.rows[2];
  CHECK(second.cells[4].empty());                    // no name given
  CHECK(second.cells.size() == 12);                  // nothing after the fourth answer
  CHECK(sheet.rows[3].cells[8] == "Café-style parents’ evenings in three schools.");
}

TEST_CASE("the same responses written by XlsxWriter (shared strings, rich text, _x000D_) read the same", "[xlsx]") {
  const std::string inline_bytes = Slurp(kForms + "forms.xlsx");
  const std::string shared_bytes = Slurp(kForms + "forms-shared.xlsx");
  const SheetCells inline_strings = FirstSheet(inline_bytes, "forms.xlsx");
  const SheetCells shared_strings = FirstSheet(shared_bytes, "forms-shared.xlsx");
  REQUIRE(shared_strings.rows.size() == inline_strings.rows.size());
  for (size_t i = 0; i < inline_strings.rows.size(); ++i) {
    INFO("row " << inline_strings.rows[i].number);
    CHECK(shared_strings.rows[i].number == inline_strings.rows[i].number);
    CHECK(shared_strings.rows[i].cells == inline_strings.rows[i].cells);
  }
  // The bold lead-in is a run of its own; the CR LF cell has no CR left.
  CHECK(shared_strings.rows[1].cells[8].rfind("Learning walks in all five schools.", 0) == 0);
  CHECK(shared_strings.rows[3].cells[11] == "Transition to secondary school.\nEarlier visits for Year 6.");
}

TEST_CASE("prefixed elements, references left out, the 1904 calendar, booleans, errors and formulas", "[xlsx]") {
  const std::string bytes = Slurp(kForms + "prefixed.xlsx");
  const SheetCells sheet = FirstSheet(bytes, "prefixed.xlsx");
  CHECK(sheet.name == "Export");
  REQUIRE(sheet.rows.size() == 3);
  CHECK(sheet.rows[0].cells ==
        std::vector<std::string>{"Collaborative", "Q3", "Date", "Checked", "Total", "Short date"});
  // A phonetic run is not text; escapes are decoded, and an escaped underscore kept.
  CHECK(sheet.rows[1].cells == std::vector<std::string>{"Samphire Hub", "Trust.\nOpenness, and _x0041_ kept.",
                                                        "14 March 2024", "TRUE", "#DIV/0!", "14/03/2024"});
  CHECK(sheet.rows[2].number == 4);
  CHECK(sheet.rows[2].cells == std::vector<std::string>{"M7 Partnership", "Walks.", "", "FALSE"});
}

TEST_CASE("a workbook's sheets in order, each read on its own", "[xlsx]") {
  const std::string bytes = Slurp(kForms + "sheets.xlsx");
  Result<XlsxWorkbook> book = XlsxWorkbook::Open(bytes, "sheets.xlsx");
  REQUIRE(book.ok());
  CHECK(book.value().sheet_names() == std::vector<std::string>{"Instructions", "Last round", "Responses", "Late returns"});
  CHECK_FALSE(book.value().hidden(0));
  CHECK(book.value().hidden(1));
  CHECK_FALSE(book.value().hidden(2));
  Result<SheetCells> intro = book.value().ReadSheet(0);
  REQUIRE(intro.ok());
  REQUIRE(intro.value().rows.size() == 2);  // rows 1 and 3: an empty row is no row
  CHECK(intro.value().rows[1].number == 3);
  Result<SheetCells> late = book.value().ReadSheet(3);
  REQUIRE(late.ok());
  REQUIRE(late.value().rows.size() == 3);
  CHECK(late.value().rows[1].number == 3);
  CHECK(late.value().rows[2].cells[6] == "Stour Valley Schools Alliance");
}

TEST_CASE("a file that is not a readable workbook says so, naming it", "[xlsx]") {
  struct Row {
    std::string bytes;
    const char* message;
  };
  const std::vector<Row> rows = {
      {Slurp(kForms + "truncated.xlsx"), "x.xlsx: error: not a readable Excel workbook: the file is damaged or incomplete"},
      {Slurp(kForms + "forms.csv"), "x.xlsx: error: not an Excel workbook: an .xlsx file is a zip archive"},
      {"", "x.xlsx: error: not an Excel workbook"},
      {Slurp(kForms + "returns.zip"), "x.xlsx: error: not an Excel workbook: the archive has no workbook part"},
  };
  for (const Row& row : rows) {
    INFO(row.message);
    Result<XlsxWorkbook> book = XlsxWorkbook::Open(row.bytes, "x.xlsx");
    REQUIRE_FALSE(book.ok());
    CHECK(book.status().ToString().rfind(row.message, 0) == 0);
  }
  CHECK(Contains(XlsxWorkbook::Open(rows[0].bytes, "x.xlsx").status().ToString(), "save it again"));
}
