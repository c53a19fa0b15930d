// Writing a Summary: an aligned text table that fits a terminal, Markdown,
// CSV, JSON, or one self-contained HTML page with SVG charts
// (summary_html.cpp). Deterministic: no clock, no randomness.
#pragma once

#include <ostream>
#include <string>

#include "index/query/summary.h"

namespace returns {

enum class SummaryFormat { kText, kMarkdown, kCsv, kJson, kHtml };

// `selection` describes the filters in words; it heads every format.
void WriteSummary(const Summary& s, const std::string& selection, SummaryFormat format, std::ostream& out);
void WriteSummaryHtml(const Summary& s, const std::string& selection, std::ostream& out);

// "23 of 58 (40%)" style percentage, rounded: 40.
int Percent(double share);

}  // namespace returns
