// The paragraphs of a Word document (.docx) as they read with every tracked
// change accepted: the body's text in reading order, each paragraph with its
// number, what kind it is (heading, list item, text) and where it sits in a
// table. What docx_return.h makes a return document of.
//
//   auto zip = ZipArchive::Open(bytes, "return.docx");
//   Result<std::vector<DocxParagraph>> ps = ReadDocxParagraphs(zip.value(), "return.docx");
//
// What counts:
// - Paragraphs are numbered from 1 in the order of word/document.xml: every
//   paragraph of the body, empty ones and those in table cells included.
// - Tracked changes are accepted: insertions and moves' new places kept,
//   deletions and moves' old places dropped, a row whose deletion is tracked
//   read as empty, a paragraph whose mark was deleted joined to the next.
// - Text is w:t; a tab is '\t'; a soft line break (w:br, w:cr) is '\n'; a
//   non-breaking hyphen is '-'; an optional hyphen is nothing. Field codes,
//   hidden text, content controls still showing their placeholder ("Click or
//   tap here to enter text.") and table-of-contents paragraphs read as empty.
// - Headers, footers, comments, footnotes, endnotes, text boxes and drawings
//   are not read (they are other parts, or inside drawings).
// - Kind: a heading is a paragraph whose style is "heading 1"…"heading 9" or
//   "Title", or that has an outline level; a list item has Word numbering
//   (w:numPr, its own or its style's) or the style List Paragraph, List
//   Bullet… or List Number…; styles by their names in word/styles.xml, with
//   what they are based on.
//
// Stateless functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/base/zip_archive.h"

namespace returns {

struct DocxParagraph {
  enum class Kind { kText, kHeading, kListItem };
  int number = 0;  // from 1, in document order
  Kind kind = Kind::kText;
  int level = 0;  // a heading's level: Heading N is N, Title 1, an outline level L is L+1; else 0
  std::string text;  // as read, UTF-8 (not normalised)
  // Its table cell: table from 1 in document order (0: not in a table; a
  // table inside a cell has its own), row and cell from 0.
  int table = 0;
  int row = 0;
  int cell = 0;
};

// The paragraphs of word/document.xml, with styles from word/styles.xml when
// there is one. InvalidInput naming `where` when the archive has no
// word/document.xml (not a Word document) or a part is not well-formed XML.
Result<std::vector<DocxParagraph>> ReadDocxParagraphs(const ZipArchive& zip, const std::string& where);

}  // namespace returns
