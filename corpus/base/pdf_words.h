// The words of a PDF file with where they stand on the page — what reading a
// table by position needs. A thin adapter over poppler's C++ API
// (poppler::document, page::text_list()): each word's UTF-8 text and its box
// in points, origin at the page's top left, y growing downwards.
//
//   auto pages = ReadPdfWords(bytes, "q4-areas.pdf");
//   if (!pages.ok()) return pages.status();
//   for (const PdfPage& p : pages.value()) for (const PdfWord& w : p.words) …
//
// Words come in poppler's reading order; nothing is merged or dropped except
// words with no visible text. To see drawn bullets, each page with text is
// rendered once (poppler's page_renderer, grey, 144 dpi) and the strip left
// of every word that starts a line looked at. poppler's own diagnostics are
// kept off stderr. poppler lives in the PDF module (libreturns_pdf.so,
// module.h), loaded the first time a PDF is read, so commands that read none
// never load it; a missing module is an IOError naming where it was looked for.
// Errors name the file (`where`): not a PDF, damaged, password-protected, or
// more pages than kMaxPdfPages. Thread-safe: each call opens its own document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  // A mark is drawn just left of the word, where no other word stands: the
  // bullet of a list item that was drawn as a shape, not written as a glyph
  // (as browsers print lists). A table's ruling is not a mark.
  bool mark_before = false;
};

struct PdfPage {
  double width = 0, height = 0;  // points
  std::vector<PdfWord> words;
};

// True when `bytes` holds a PDF header ("%PDF-" at the start of a line) within
// its first 1024 bytes, where readers look for it.
bool LooksLikePdf(std::string_view bytes);

// More pages than this are refused (a returns appendix has a few dozen).
constexpr int kMaxPdfPages = 2000;

Result<std::vector<PdfPage>> ReadPdfWords(std::string_view bytes, const std::string& where);

// The version of the poppler the PDF module loads ("22.12.0"), as it says.
Result<std::string> PopplerVersion();

}  // namespace returns
