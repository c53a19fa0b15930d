#include "pipeline/writers/xlsx.h"

#include <catch2/catch.hpp>

#include "tests/pipeline/office_parts.h"

namespace {

using returns::XlsxSheet;
using returns::XlsxStyle;
using returns::WorkbookWriter;
using returns::test::OfficePart;

// The shared strings of a workbook, in order.
std::vector<std::string> SharedStrings(const std::string& bytes) {
  auto doc = OfficePart(bytes, "xl/sharedStrings.xml");
  std::vector<std::string> out;
  for (pugi::xpath_node si : doc->select_nodes("//si")) out.push_back(si.node().child("t").text().get());
  return out;
}

// The cell at `ref` ("A2") of sheet 1.
pugi::xml_node Cell(const pugi::xml_document& sheet, const std::string& ref) {
  return sheet.select_node(("//c[@r='" + ref + "']").c_str()).node();
}

}  // namespace

TEST_CASE("regression: xlsx text starting with = + - @ is a string cell, never a formula", "[writers][xlsx][regression]") {
  auto book = WorkbookWriter::Create("t");
  REQUIRE(book.ok());
  XlsxSheet sheet = book.value()->AddSheet("Sheet");
  const std::vector<std::string> texts = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+44 1", "-2+3", "@SUM(1)",
                                          "\tTab", "plain"};
  for (unsigned r = 0; r < texts.size(); ++r) sheet.Text(r, 0, texts[r]);
  sheet.Number(0, 1, 42);
  sheet.Percent(1, 1, 0.4);
  const std::string bytes = book.value()->Finish().value();
  auto xml = OfficePart(bytes, "xl/worksheets/sheet1.xml");
  CHECK(xml->select_nodes("//f").empty());
  const std::vector<std::string> shared = SharedStrings(bytes);
  for (unsigned r = 0; r < texts.size(); ++r) {
    std::string ref = "A";
    ref += std::to_string(r + 1);  // not "A" + …: GCC 12 warns falsely of an overlapping memcpy there
    pugi::xml_node c = Cell(*xml, ref);
    INFO(texts[r]);
    CHECK(std::string(c.attribute("t").value()) == "s");
    CHECK(shared.at(c.child("v").text().as_uint()) == texts[r]);
  }
  // Numbers are number cells (no type attribute), a share keeps its value under a percent format.
  CHECK(std::string(Cell(*xml, "B1").attribute("t").value()).empty());
  CHECK(Cell(*xml, "B1").child("v").text().as_double() == 42);
  CHECK(Cell(*xml, "B2").child("v").text().as_double() == 0.4);
  auto styles = OfficePart(bytes, "xl/styles.xml");
  CHECK((styles->select_node("//numFmt[@formatCode='0%']") || styles->select_node("//xf[@numFmtId='9']")));
}

TEST_CASE("xlsx: a heading row is frozen and filtered", "[writers][xlsx]") {
  auto book = WorkbookWriter::Create("t");
  XlsxSheet sheet = book.value()->AddSheet("Figures");
  sheet.Text(0, 0, "Title", XlsxStyle::kTitle);
  sheet.Heading(2, {"Theme", "Comments"});
  sheet.Text(3, 0, "Moderation");
  sheet.Number(3, 1, 3);
  sheet.Filter(2, 3, 1);
  auto xml = OfficePart(book.value()->Finish().value(), "xl/worksheets/sheet1.xml");
  pugi::xml_node pane = xml->select_node("//pane").node();
  CHECK(std::string(pane.attribute("state").value()) == "frozen");
  CHECK(std::string(pane.attribute("topLeftCell").value()) == "A4");
  CHECK(std::string(xml->select_node("//autoFilter").node().attribute("ref").value()) == "A3:B4");
  pugi::xml_node setup = xml->select_node("//pageSetup").node();
  CHECK(std::string(setup.attribute("orientation").value()) == "landscape");
  CHECK(setup.attribute("fitToHeight").as_int() == 0);
  CHECK(xml->select_node("//sheetPr/pageSetUpPr[@fitToPage='1']"));
}

TEST_CASE("xlsx: a row of wrapped text is tall enough for it", "[writers][xlsx]") {
  auto book = WorkbookWriter::Create("t");
  XlsxSheet sheet = book.value()->AddSheet("S");
  sheet.Width(0, 0, 10, /*wrap=*/true);
  sheet.Text(0, 0, "short");
  sheet.Text(1, 0, std::string(55, 'x'));  // five lines of 11
  sheet.Text(2, 0, "one\ntwo\nthree");
  auto xml = OfficePart(book.value()->Finish().value(), "xl/worksheets/sheet1.xml");
  CHECK_FALSE(xml->select_node("//row[@r='1']").node().attribute("ht"));
  CHECK(xml->select_node("//row[@r='2']").node().attribute("ht").as_double() == 75);
  CHECK(xml->select_node("//row[@r='3']").node().attribute("ht").as_double() == 45);
}

TEST_CASE("xlsx: text longer than an Excel cell holds is cut at a character and says so", "[writers][xlsx]") {
  auto book = WorkbookWriter::Create("t");
  XlsxSheet sheet = book.value()->AddSheet("S");
  std::string longer;
  while (longer.size() < 40000 * 2) longer += "é";  // 40,000 two-byte characters
  sheet.Text(0, 0, longer);
  const std::string bytes = book.value()->Finish().value();
  CHECK(book.value()->cut_cells() == 1);
  const std::string cell = SharedStrings(bytes).at(0);
  CHECK(cell.find("[cut: an Excel cell holds 32,767 characters]") != std::string::npos);
  size_t chars = 0;
  for (char c : cell) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  CHECK(chars == 32767);
  CHECK(cell.rfind("éé", 0) == 0);
}

TEST_CASE("xlsx: a sheet name is cleaned of what Excel refuses and cut to 31 characters", "[writers][xlsx]") {
  auto book = WorkbookWriter::Create("t");
  book.value()->AddSheet("By collaborative: [all]/*? and a very long name besides");
  auto xml = OfficePart(book.value()->Finish().value(), "xl/workbook.xml");
  const std::string name = xml->select_node("//sheet").node().attribute("name").value();
  CHECK(name == "By collaborative all and a very");
  CHECK(name.size() <= 31);
}
