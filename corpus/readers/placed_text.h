// Text with positions: the lines of a page and where each word stands on
// them — what reading a table by position works on. Two sources give it:
//
//  - a PDF's words (corpus/base/pdf_words.h), gathered into lines by their
//    baselines; x and y in points, exact;
//  - text that `pdftotext -layout` printed, where a word's x is its column
//    (in characters) and y its line; pages end at form feeds. Approximate:
//    proportional type was set on a grid of characters.
//
// `line` numbers locate what is read: in layout text the file's own line; in
// a PDF the running count of text lines from the top of page 1, about where
// `pdftotext -layout` would print them. Plain values; thread-safe functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/pdf_words.h"

namespace returns {

struct PlacedWord {
  std::string text;
  double left = 0, right = 0;
  bool mark_before = false;  // a drawn bullet stands just left of it (PDF only)
  double top = 0, bottom = 0;  // its own box (layout text: its line's)
};

struct PlacedLine {
  int page = 1;  // from 1
  int line = 0;  // source line, see above
  double top = 0, bottom = 0;
  std::vector<PlacedWord> words;  // left to right

  std::string Text() const;  // the words, one space between
};

enum class Placement {
  kMeasured,   // a PDF's own geometry
  kCharacters  // pdftotext -layout: characters on a grid
};

struct PlacedText {
  Placement placement = Placement::kMeasured;
  std::vector<PlacedLine> lines;  // page by page, top to bottom
  double space = 1;               // the width of a space between words
  double line_height = 1;         // the usual height of a line of text

  // A gap between two words at least this wide separates table cells.
  double CellGap() const { return placement == Placement::kCharacters ? 2 : 2.5 * space; }
};

// The lines of a PDF's pages: words whose baselines agree, left to right.
PlacedText PlaceFromPdf(const std::vector<PdfPage>& pages);

// Indexes into `text.lines` of lines standing first or last on two pages or
// more, set apart from the text next to them, alike but for their digits:
// running headers and footers, page numbers.
std::vector<size_t> RunningLines(const PlacedText& text);

// The lines of `pdftotext -layout` output (valid UTF-8), first line numbered 1.
PlacedText PlaceFromLayoutText(std::string_view text);

}  // namespace returns
