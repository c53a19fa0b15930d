// Writing a Report (report.h) as one document: Markdown, one self-contained
// HTML page, or a Word document. Each question in turn — its counts, the
// share sentences, a chart (html: the summary's SVG bar chart; docx: a
// table with a bar of blocks; md: a table), the typical comments quoted
// with their collaborative and district (and round, when the comments span
// rounds), and the themes still planned —
// then the appendix of every comment of the selection (appendix_format.h),
// unless left out. The Word report is A4 portrait (the appendix after it
// A4 landscape), in the named styles of pipeline/writers/docx.h.
// Deterministic; pure functions of their arguments; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "pipeline/reports/appendix_format.h"
#include "pipeline/reports/report.h"

namespace returns {

enum class ReportFormat { kMarkdown, kHtml, kDocx };

struct ReportDocumentOptions {
  bool appendix = true;        // attach the appendix of every comment
  AppendixOptions appendix_options;  // its marked themes and title; its page is the appendix section's (docx)
  PaperSize paper = PaperSize::kA4;  // docx: the report's pages are portrait, the appendix's landscape
};

// The report as the file's bytes. Fails only for docx (a reference document that is not one).
// REQUIRES: `comments` are the ones `report` was built from, in appendix order.
Result<std::string> ReportBytes(const Report& report, const std::vector<CommentRecord>& comments,
                                const ReportDocumentOptions& options, ReportFormat format);

// The Word report (report_docx.cpp).
Result<std::string> ReportDocx(const Report& report, const std::vector<CommentRecord>& comments,
                               const ReportDocumentOptions& options);

// "Report on the returns: question 3".
std::string ReportTitle(const Report& report);

// "445 comments in 90 returns from 43 collaboratives."
std::string ReportTotals(const Report& report);

// "Still planned: Joint training and CPD (2 comments) and Governance (1 comment)."; empty when nothing is.
std::string PendingSentence(const QuestionReport& q);

}  // namespace returns
