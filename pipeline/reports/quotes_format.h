// Writing typical comments for a theme (index/query/quotes.h) as a reader
// quotes them: text, Markdown, JSON, an HTML page, or a Word document (A4
// portrait by default; the Quote and Attribution styles, the theme's matches
// in ThemeMatch). Each quote with its collaborative and district, and its
// round when the selection spans more than one (`rounds`; json: a "round" key).
// Pure functions of their arguments; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "index/query/quotes.h"
#include "pipeline/writers/docx.h"

namespace returns {

enum class QuotesFormat { kText, kMarkdown, kJson, kHtml, kDocx };

struct QuotesOptions {
  std::string theme;        // the theme's id: its matches are marked (html, docx)
  std::string theme_label;  // what the title calls it
  std::string selection;    // the filters in words
  bool rounds = false;      // the selection spans rounds: each quote says its round
  DocxPage page{PaperSize::kA4, PageOrientation::kPortrait};
};

// Who a quote is from: "Collaborative, District", and ", round 2014-03" when `round` (and it has one).
std::string QuoteSource(const CommentRecord& c, bool round);

// The quotes as the file's bytes, in any format; fails only for docx.
Result<std::string> QuotesBytes(const std::vector<Quote>& quotes, const QuotesOptions& options, QuotesFormat format);

}  // namespace returns
