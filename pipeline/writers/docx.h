// Writing a Word document (.docx, WordprocessingML) directly: paragraphs in
// named styles, tables with set column widths whose header row repeats on
// every page, a page size and orientation (per section), and page numbers in
// the footer.
// The XML is built with pugixml (which escapes) and zipped with ZipWriter;
// no converter runs, so what we write is what Word shows.
//
//   DocxDocument doc(DocxPage{}, "Appendix: question 3");
//   doc.Add({"Title", {{"Appendix: question 3"}}});
//   doc.StartTable({{"District", 1}, {"Comments", 5}});
//   doc.AddRow({{{"TableText", {{"Dover"}}}}, {{"Comment", {{"We "}, {"moderate", "ThemeMatch"}}}}});
//   Result<std::string> bytes = doc.Finish();
//
// Styles are named so a reader restyles the whole document at once in Word
// (Home › Styles › Modify): paragraph styles Normal, Title, Heading1-3,
// Subtitle (the line under the title), TableText, TableHeading, Comment,
// CommentHeading, Quote, Attribution, ShareSentence (a hanging indent for
// "•<tab>…" lines), Footer; character styles ThemeMatch (bold on a yellow
// highlight), QuoteSource (italic) and Bar (the chart's blocks, blue).
// UseStyles() takes the styles of a reference document instead, keeping
// ours for any it lacks.
// Text is cleaned for XML: a line break is a break, a tab a tab, other
// control characters are dropped. Not thread-safe; one document per writer.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

enum class PaperSize { kA4, kLetter };
enum class PageOrientation { kLandscape, kPortrait };

struct DocxPage {
  PaperSize paper = PaperSize::kA4;
  PageOrientation orientation = PageOrientation::kLandscape;
};

// A stretch of text, in a character style (a style id such as "ThemeMatch") or none.
struct DocxRun {
  std::string text;
  std::string style;
};

// A paragraph in a paragraph style (a style id such as "Heading1"; empty: Normal).
struct WordParagraph {
  std::string style;
  std::vector<DocxRun> runs;
};

// What a table cell holds: one or more paragraphs (none: an empty paragraph).
using DocxCell = std::vector<WordParagraph>;

// A table column: its heading, and its width relative to the others.
struct DocxColumn {
  std::string heading;
  double width = 1;
};

// `text` in quotation marks (“…”) as runs, the byte `spans` (sorted, not
// overlapping; clamped to the text) in the character style `style`: a quoted
// comment with its theme matches marked.
std::vector<DocxRun> QuotedRuns(const std::string& text, const std::vector<std::pair<size_t, size_t>>& spans,
                                const std::string& style);

class DocxDocument {
 public:
  // `title`: the document's title property and the footer's left side.
  DocxDocument(DocxPage page, std::string title);
  ~DocxDocument();
  DocxDocument(const DocxDocument&) = delete;
  DocxDocument& operator=(const DocxDocument&) = delete;

  void Add(const WordParagraph& paragraph);

  // Ends the section so far and starts another on `page` (a report in
  // portrait, its appendix in landscape), beginning on a new page. Each
  // section has its own footer, the page number at its right margin.
  void StartSection(DocxPage page);

  // Starts a table across the text width; its heading row repeats on each page.
  void StartTable(const std::vector<DocxColumn>& columns);
  // A row of the table started last; REQUIRES: StartTable() called, one cell per column.
  void AddRow(const std::vector<DocxCell>& cells);

  // The styles of a reference document (its word/styles.xml); ours are added
  // for the style ids it lacks. InvalidInput (naming `where`) when it is not
  // a Word document.
  Status UseStyles(std::string_view docx_bytes, const std::string& where);

  // The .docx file's bytes. Deterministic: the same calls give the same bytes.
  // Internal error when called a second time.
  Result<std::string> Finish();

  // The text width in twentieths of a point (the page less its margins).
  int text_width() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace returns
