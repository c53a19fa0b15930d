#include "corpus/readers/placed_text.h"

#include <catch2/catch.hpp>

using returns::PdfPage;
using returns::PdfWord;
using returns::PlacedText;

namespace {

PdfWord W(const std::string& text, double left, double top, double height = 10) {
  return PdfWord{text, left, top, left + 6.0 * static_cast<double>(text.size()), top + height, false};
}

}  // namespace

TEST_CASE("a PDF's words gather into lines by their baselines", "[placed_text]") {
  PdfPage page;
  // Three columns whose lines sit at staggered heights: "gamma" is as close to
  // "beta" as "beta" is to "alpha", but a line never chains into the next one.
  page.words = {W("beta", 100, 23), W("alpha", 10, 20), W("gamma", 200, 26), W("delta", 10, 31)};
  const PlacedText t = returns::PlaceFromPdf({page});
  REQUIRE(t.lines.size() == 3);
  CHECK(t.lines[0].Text() == "alpha beta");
  CHECK(t.lines[1].Text() == "gamma");
  CHECK(t.lines[2].Text() == "delta");
  CHECK(t.lines[0].line == 1);
  CHECK(t.lines[2].line == 3);
  CHECK(t.line_height == Approx(10));
}

TEST_CASE("lines number on over pages", "[placed_text]") {
  PdfPage a, b;
  a.words = {W("first", 10, 10)};
  b.words = {W("second", 10, 10), W("third", 10, 30)};
  const PlacedText t = returns::PlaceFromPdf({a, b});
  REQUIRE(t.lines.size() == 3);
  CHECK(t.lines[1].page == 2);
  CHECK(t.lines[2].line == 3);
}

TEST_CASE("pdftotext -layout text: columns in characters, pages at form feeds", "[placed_text]") {
  const PlacedText t = returns::PlaceFromLayoutText("Caf\u00E9   Dover\n\n\fnext   page\n");
  CHECK(t.placement == returns::Placement::kCharacters);
  REQUIRE(t.lines.size() == 2);
  REQUIRE(t.lines[0].words.size() == 2);
  CHECK(t.lines[0].words[1].left == 7);  // code points, not bytes
  CHECK(t.lines[0].page == 1);
  CHECK(t.lines[1].page == 2);
  CHECK(t.lines[1].line == 3);
  CHECK(t.lines[1].words[0].left == 1);  // the form feed keeps its column
}

TEST_CASE("running headers and footers are found on every page", "[placed_text]") {
  const PlacedText t = returns::PlaceFromLayoutText(
      "Kent appendix\n\nrow one\nends here.\n\nPage 1 of 2\n\fKent appendix\n\nrow two\nends here.\n\nPage 2 of 2\n");
  const std::vector<size_t> running = returns::RunningLines(t);
  CHECK(running == std::vector<size_t>{0, 3, 4, 7});
  // A table's last line on two pages, alike, is no footer: nothing sets it apart.
  const PlacedText u = returns::PlaceFromLayoutText("Kent appendix\n\nrow one\nends here.\n\fKent appendix\n\nrow two\nends here.\n");
  CHECK(returns::RunningLines(u) == std::vector<size_t>{0, 3});
}
