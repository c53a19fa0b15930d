#include "corpus/readers/placed_table.h"

#include <catch2/catch.hpp>

using returns::CellLine;
using returns::PlacedTables;
using returns::PlacedText;
using returns::ReadPlacedTables;
using returns::PlacedTableRow;

namespace {

PlacedTables Read(const std::string& layout) {
  const auto got = ReadPlacedTables(returns::PlaceFromLayoutText(layout), "t.txt");
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  return got.value();
}

std::vector<std::string> Texts(const std::vector<CellLine>& cell) {
  std::vector<std::string> out;
  for (const CellLine& l : cell) out.push_back(l.text);
  return out;
}

const char* kHeader = "District    Collaborative      Lead School(s)     Strengths so far as a collaborative:\n\n";

}  // namespace

TEST_CASE("columns from the header row, rows from the District column", "[placed_table]") {
  const PlacedTables t = Read(std::string(kHeader) +
                              "Dover       Deal Schools       Warden House       Shared training days for all staff at\n"
                              "            Together           Primary            the three schools.\n"
                              "                                                     Joint moderation.\n"
                              "\n"
                              "Tonbridge & Medway Gap         Snodland CEP      Termly heads meetings.\n"
                              "Malling     Alliance\n");
  REQUIRE(t.rows.size() == 2);
  const PlacedTableRow& dover = t.rows[0];
  CHECK(dover.question == 3);
  CHECK(dover.line == 3);
  CHECK(Texts(dover.cells[0]) == std::vector<std::string>{"Dover"});
  CHECK(Texts(dover.cells[1]) == std::vector<std::string>{"Deal Schools", "Together"});
  CHECK(Texts(dover.cells[2]) == std::vector<std::string>{"Warden House", "Primary"});
  REQUIRE(dover.cells[3].size() == 3);
  CHECK(dover.cells[3][0].wrapped);        // ran to the column's edge
  CHECK_FALSE(dover.cells[3][1].wrapped);  // "Joint" would have fitted after it
  CHECK(dover.cells[3][2].indented);
  const PlacedTableRow& tm = t.rows[1];
  // A district wrapped over two lines; a cell a character off its header still is its column's.
  CHECK(Texts(tm.cells[0]) == std::vector<std::string>{"Tonbridge &", "Malling"});
  CHECK(Texts(tm.cells[2]) == std::vector<std::string>{"Snodland CEP"});
  CHECK(Texts(tm.cells[3]) == std::vector<std::string>{"Termly heads meetings."});
  CHECK(t.warnings.empty());
}

TEST_CASE("a header repeated at a page break is skipped, the row goes on", "[placed_table]") {
  const PlacedTables t = Read(std::string(kHeader) +
                              "Dover       Deal Schools       Warden House       First comment.\n"
                              "\f" + kHeader +
                              "                                                  Second comment.\n"
                              "Thanet      M7 Partnership     Minster Primary    Third.\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(Texts(t.rows[0].cells[3]) == std::vector<std::string>{"First comment.", "Second comment."});
  CHECK(t.rows[0].cells[3][1].page == 2);
}

TEST_CASE("tables titled by their question (returns appendix)", "[placed_table]") {
  const char* header = "District    Collaborative      Lead school(s)     Comments\n";
  const PlacedTables t = Read(std::string("Appendix: all comments\n\nQuestion 2: What progress do you feel you have\nmade against your priorities?\n\n") +
                              header + "Dover       Samphire Hub                          \u201CFirst.\u201D\n\n"
                              "Question 3: Strengths so far as a collaborative?\n" + header +
                              "Thanet      M7 Partnership     Minster Primary    \u201CSecond.\u201D\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].question == 2);
  CHECK(t.rows[1].question == 3);
  // The title is no part of the row above it.
  CHECK(Texts(t.rows[0].cells[3]) == std::vector<std::string>{"\u201CFirst.\u201D"});
  CHECK(t.warnings.empty());
}

TEST_CASE("text in the District column that is no district starts a row, with a warning", "[placed_table]") {
  const PlacedTables t = Read(std::string(kHeader) +
                              "Dover       Deal Schools       Warden House       First.\n\n"
                              "Medway      Gillingham Group   Byron Primary      Second.\n");
  REQUIRE(t.rows.size() == 2);
  REQUIRE(t.warnings.size() == 1);
  CHECK(t.warnings[0] == "t.txt:5: warning: 'Medway' in the District column is not a Kent district; its row is read as one");
}

TEST_CASE("bad tables are clear errors", "[placed_table]") {
  auto status = [](const std::string& text) {
    return ReadPlacedTables(returns::PlaceFromLayoutText(text), "t.txt").status().ToString();
  };
  CHECK(status("no table here\n") ==
        "t.txt: error: no table header (expected a row 'District | Collaborative | Lead School(s) | \u2026')");
  CHECK(status("District    Collaborative      Lead School(s)     How was it?\nDover       Samphire Hub       n/a    Fine.\n")
            .rfind("t.txt:1: error: no recognisable header (the answer column's header 'How was it?'", 0) == 0);
  CHECK(status(std::string(kHeader) + "            Nothing            in the district column\n") ==
        "t.txt: error: no district rows found (a row starts with a Kent district name)");
}

namespace {

returns::PlacedWord Word(const std::string& text, double left) {
  return returns::PlacedWord{text, left, left + 5.0 * static_cast<double>(text.size()), false};
}

returns::PlacedLine Line(int number, double top, std::vector<returns::PlacedWord> words, int page = 1) {
  returns::PlacedLine l;
  l.page = page;
  l.line = number;
  l.top = top;
  l.bottom = top + 10;
  for (returns::PlacedWord& w : words) {
    if (w.bottom > 0) continue;  // set apart by the test
    w.top = top;
    w.bottom = top + 10;
  }
  l.words = std::move(words);
  return l;
}

}  // namespace

// Measured text: headers centred over their columns (a browser's default <th>).
TEST_CASE("centred header cells: the boundary is the gap no word crosses", "[placed_table]") {
  PlacedText t;
  t.placement = returns::Placement::kMeasured;
  t.space = 2.5;
  t.line_height = 10;
  // Columns start at 10, 100, 200, 300; headers are centred; text starts at each column's left.
  t.lines = {
      Line(1, 10, {Word("District", 35), Word("Collaborative", 118), Word("Lead", 230), Word("School(s)", 252),
                   Word("Strengths", 400), Word("so", 448), Word("far", 461), Word("as", 479), Word("a", 492),
                   Word("collaborative:", 500)}),
      Line(2, 30, {Word("Dover", 10), Word("Deal", 100), Word("Schools", 123), Word("Warden", 200),
                   Word("Shared", 300), Word("training", 333)}),
      Line(3, 41, {Word("Together", 100), Word("House", 200)}),
      Line(4, 60, {Word("Thanet", 10), Word("Margate", 100), Word("Salmestone", 200), Word("Sharing.", 300)}),
  };
  const auto got = ReadPlacedTables(t, "t.pdf");
  REQUIRE(got.ok());
  REQUIRE(got.value().rows.size() == 2);
  const PlacedTableRow& dover = got.value().rows[0];
  CHECK(Texts(dover.cells[1]) == std::vector<std::string>{"Deal Schools", "Together"});
  CHECK(Texts(dover.cells[2]) == std::vector<std::string>{"Warden", "House"});
  CHECK(Texts(dover.cells[3]) == std::vector<std::string>{"Shared training"});
  CHECK(Texts(got.value().rows[1].cells[3]) == std::vector<std::string>{"Sharing."});
}

TEST_CASE("a drawn bullet opens an item, at a page break a sentence's end ends the paragraph", "[placed_table]") {
  PlacedText t;
  t.placement = returns::Placement::kMeasured;
  t.space = 2.5;
  t.line_height = 10;
  returns::PlacedWord bullet = Word("Second", 300);
  bullet.mark_before = true;
  t.lines = {
      Line(1, 10, {Word("District", 10), Word("Collaborative", 100), Word("Lead", 200), Word("Strengths", 300),
                   Word("so", 348), Word("far", 361), Word("as", 379), Word("a", 392), Word("collaborative:", 400)}),
      Line(2, 30, {Word("Dover", 10), Word("Deal", 100), Word("Warden", 200), Word("First", 300), Word("item", 330),
                   Word("runs", 355), Word("to", 380), Word("the", 395), Word("edge", 415)}),
      Line(3, 40.5, {bullet, Word("item.", 335)}),
      Line(4, 51, {Word("Third", 300), Word("paragraph", 330), Word("is", 380), Word("one", 395), Word("line.", 415)}),
      Line(5, 10, {Word("Fourth.", 300)}, 2),
  };
  const auto got = ReadPlacedTables(t, "t.pdf");
  REQUIRE(got.ok());
  const std::vector<CellLine>& answer = got.value().rows.at(0).cells[3];
  REQUIRE(answer.size() == 4);
  CHECK(answer[1].bullet);
  CHECK_FALSE(answer[0].wrapped);  // a bullet below: the item above ended
  // "Fourth." would not have fitted: at a page break, where no space can show a
  // paragraph's end, the line that ends a sentence ends it.
  CHECK_FALSE(answer[2].wrapped);
}

// Regression: a page's line gathered the answer's first line of a paragraph
// with a lead school's line set a little higher; the cell line took the
// page line's height and the paragraph's space above it was lost.
TEST_CASE("a cell line's height is its own words'", "[placed_table]") {
  PlacedText t;
  t.placement = returns::Placement::kMeasured;
  t.space = 2.5;
  t.line_height = 10;
  auto at = [](returns::PlacedWord w, double top) {
    w.top = top;
    w.bottom = top + 10;
    return w;
  };
  // The answer's second paragraph stands 3.5 below its first; the other
  // columns' lines follow theirs at 0.5 and share a page line with it.
  returns::PlacedLine second = Line(3, 40.5, {Word("Schools", 100), Word("House", 200), at(Word("Second", 300), 43.5),
                                              at(Word("paragraph.", 335), 43.5)});
  second.bottom = 53.5;
  t.lines = {
      Line(1, 10, {Word("District", 10), Word("Collaborative", 100), Word("Lead", 200), Word("Strengths", 300),
                   Word("so", 348), Word("far", 361), Word("as", 379), Word("a", 392), Word("collaborative:", 400)}),
      Line(2, 30, {Word("Dover", 10), Word("Deal", 100), Word("Warden", 200), Word("First", 300), Word("paragraph.", 330)}),
      second,
      Line(4, 51, {Word("Together", 100), Word("Primary", 200)}),
  };
  const auto got = ReadPlacedTables(t, "t.pdf");
  REQUIRE(got.ok());
  const std::vector<CellLine>& answer = got.value().rows.at(0).cells[3];
  REQUIRE(answer.size() == 2);
  CHECK(answer[1].top == 43.5);
  CHECK(answer[1].blank_before);
}
