// Writing a Summary: an aligned text table that fits a terminal, Markdown,
// CSV, JSON, one self-contained HTML page with SVG charts
// (summary_html.cpp), or an Excel workbook (summary_xlsx.cpp): a Themes
// sheet of the figures, and a sheet of themes by the --by dimension (counts
// and shares as percentages; by collaborative, the comments of each), each
// with its heading row kept in view and filters. Labels are never cut; counts
// read "1 collaborative", "2 collaboratives". Deterministic: no clock, no
// randomness (the workbook's file dates aside).
#pragma once

#include <ostream>
#include <string>

#include "corpus/base/status.h"
#include "index/query/summary.h"

namespace returns {

// The label of the row of the comments with no theme (kNoThemeId).
inline constexpr const char* kNoThemeLabel = "(no theme)";

enum class SummaryFormat { kText, kMarkdown, kCsv, kJson, kHtml, kXlsx };

// The order of the themes in the tables: the codebook's, by share of
// collaboratives (most first), by comments (most first), or by label (A-Z).
// Ties keep the codebook's order.
enum class SummarySort { kCodebook, kShare, kComments, kLabel };

// Puts s.themes in `sort` order.
void SortThemes(Summary& s, SummarySort sort);

// `selection` describes the filters in words; it heads every format.
void WriteSummary(const Summary& s, const std::string& selection, SummaryFormat format, std::ostream& out);
void WriteSummaryHtml(const Summary& s, const std::string& selection, std::ostream& out);

// The summary page's SVG bar chart (id `id`): the themes by the number of
// collaboratives mentioning them, most first, each bar labelled "n of N (p%)".
void WriteThemeBarChart(const Summary& s, const std::string& id, std::ostream& out);

// The summary as the file's bytes, in any format; fails only for xlsx.
// WriteSummary in xlsx sets out's failbit on a failure.
Result<std::string> SummaryBytes(const Summary& s, const std::string& selection, SummaryFormat format);
Result<std::string> SummaryXlsx(const Summary& s, const std::string& selection);

// "23 of 58 (40%)" style percentage, rounded: 40.
int Percent(double share);

}  // namespace returns
