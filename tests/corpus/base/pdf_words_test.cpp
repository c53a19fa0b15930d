#include "corpus/base/pdf_words.h"

#include <catch2/catch.hpp>

#include "tests/temp_dir.h"

using returns::PdfPage;
using returns::PdfWord;

namespace {

std::string Data(const std::string& name) {
  return returns::test::ReadBytes(std::string(RETURNS_SOURCE_DIR) + "/tests/data/appendix/" + name);
}

const PdfWord* Find(const std::vector<PdfPage>& pages, const std::string& text) {
  for (const PdfPage& p : pages) {
    for (const PdfWord& w : p.words) {
      if (w.text == text) return &w;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a PDF is known by its header", "[pdf_words]") {
  CHECK(returns::LooksLikePdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
  CHECK(returns::LooksLikePdf("\n%PDF-1.4\n"));
  CHECK_FALSE(returns::LooksLikePdf("District Collaborative %PDF-1.4"));
  CHECK_FALSE(returns::LooksLikePdf(""));
}

// return-document.pdf: Chromium's print of an HTML return (make_appendix_pdfs.py), A4 portrait.
TEST_CASE("words come with their boxes, top left first", "[pdf_words]") {
  const auto pages = returns::ReadPdfWords(Data("return-document.pdf"), "return-document.pdf");
  REQUIRE(pages.ok());
  REQUIRE(pages.value().size() == 1);
  CHECK(pages.value()[0].width == Approx(595).margin(1));
  CHECK(pages.value()[0].height == Approx(842).margin(1));
  const PdfWord* district = Find(pages.value(), "District:");
  const PdfWord* shepway = Find(pages.value(), "Shepway");
  REQUIRE(district);
  REQUIRE(shepway);
  CHECK(district->left < shepway->left);
  CHECK(district->top == Approx(shepway->top).margin(0.5));
  CHECK(district->bottom > district->top);
  const PdfWord* heading = Find(pages.value(), "priorities?");
  REQUIRE(heading);
  CHECK(heading->top > district->bottom);
  CHECK(heading->bottom - heading->top > district->bottom - district->top);  // set larger
}

TEST_CASE("bullets drawn as shapes are seen before their item", "[pdf_words]") {
  const auto pages = returns::ReadPdfWords(Data("return-document.pdf"), "return-document.pdf");
  REQUIRE(pages.ok());
  for (const char* item : {"Shared", "Paired"}) {
    INFO(item);
    REQUIRE(Find(pages.value(), item));
    CHECK(Find(pages.value(), item)->mark_before);
  }
  for (const char* plain : {"Joint", "District:", "Dover", "Trust"}) {
    INFO(plain);
    REQUIRE(Find(pages.value(), plain));
    CHECK_FALSE(Find(pages.value(), plain)->mark_before);
  }
}

TEST_CASE("a table's ruling is no bullet", "[pdf_words]") {
  const auto pages = returns::ReadPdfWords(Data("q5-additional.pdf"), "q5-additional.pdf");
  REQUIRE(pages.ok());
  // Every cell's first word stands just right of a vertical rule.
  for (const char* first : {"District", "Canterbury", "Coastal", "Herne"}) {
    INFO(first);
    REQUIRE(Find(pages.value(), first));
    CHECK_FALSE(Find(pages.value(), first)->mark_before);
  }
}

TEST_CASE("what is no readable PDF is a clear error", "[pdf_words]") {
  CHECK(returns::ReadPdfWords("District, Collaborative\n", "x.pdf").status().ToString() ==
        "x.pdf: error: not a PDF file (no %PDF- header)");
  CHECK(returns::ReadPdfWords("%PDF-1.4\nthis is not the rest of a PDF\n", "x.pdf").status().ToString() ==
        "x.pdf: error: cannot read this PDF (damaged, or not a PDF)");
  // A file cut short never crashes the reader: an error, or what poppler could recover.
  const std::string whole = Data("q5-additional.pdf");
  const auto cut = returns::ReadPdfWords(whole.substr(0, whole.size() / 3), "cut.pdf");
  if (!cut.ok()) CHECK(cut.status().ToString().rfind("cut.pdf: error: ", 0) == 0);
  const auto scan = returns::ReadPdfWords(Data("no-text.pdf"), "no-text.pdf");
  REQUIRE(scan.ok());
  REQUIRE(scan.value().size() == 1);
  CHECK(scan.value()[0].words.empty());
}
