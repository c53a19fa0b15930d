// Saving what was found (GET /export): the selection of the search page's
// URL — every matching comment, not one page — as an appendix (docx, html,
// md, csv) or its summary (html, csv), as a download named for what it holds.
// redact=1 takes personal names out of an appendix (README "Redaction"),
// redact_style=initials writes initials for them.
#include <sstream>

#include "index/query/selection.h"
#include "index/query/summary.h"
#include "lexicon/redact/redact_record.h"
#include "pipeline/reports/appendix_format.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/serve/export_name.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

constexpr unsigned kMaxAppendixComments = 50000;  // a bigger appendix is no quote collection

const char* ContentType(const std::string& format) {
  if (format == "docx") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (format == "html") return "text/html; charset=utf-8";
  if (format == "md") return "text/markdown; charset=utf-8";
  return "text/csv; charset=utf-8";
}

}  // namespace

HttpResponse ExportSelection(const Site& site, const HttpRequest& request) {
  const std::string what = request.Param("what"), format = request.Param("format");
  const bool appendix = what == "appendix", summary = what == "summary";
  const bool known = (appendix && (format == "docx" || format == "html" || format == "md" || format == "csv")) ||
                     (summary && (format == "html" || format == "csv"));
  if (!known) {
    return ErrorPage(&site, 400, "Nothing to export",
                     "Export an appendix (docx, html, md or csv) or a summary (html or csv).");
  }
  Result<SearchState> state = ReadSearchState(request, site.options.limits);
  if (!state.ok()) return SearchFailed(site, state.status());
  SearchRequest search = SiteRequest(site, state.value(), 0);
  search.offset = 0;
  if (appendix) {
    Result<SearchResults> count = Search(site.index, search);
    if (!count.ok()) return SearchFailed(site, count.status());
    if (count.value().total > kMaxAppendixComments) {
      return ErrorPage(&site, 413, "Too many comments for an appendix",
                       std::to_string(count.value().total) + " comments match; an appendix takes at most " +
                           std::to_string(kMaxAppendixComments) + ". Narrow the search with a theme, a district or a question.");
    }
  }
  const bool redact = request.Param("redact") == "1";
  const bool initials = request.Param("redact_style") == "initials";
  const Redactor* redactor = initials ? site.redactor_initials : site.redactor;
  if (redact && !redactor) {
    return ErrorPage(&site, 500, "Names cannot be taken out", site.redact_error);
  }
  const std::string description = DescribeSelection(search);
  const std::string name = ExportFileName(what + (redact && appendix ? "-redacted" : ""), description, format);
  std::ostringstream out;
  if (summary) {
    Result<Summary> s = SummariseSelection(site, search, site.themes.themes(), SummaryDimension::kNone);
    if (!s.ok()) return SearchFailed(site, s.status());
    WriteSummary(s.value(), description, format == "html" ? SummaryFormat::kHtml : SummaryFormat::kCsv, out);
    return Download(out.str(), ContentType(format), name);
  }
  Result<std::vector<CommentRecord>> comments = Select(site.index, search);
  if (!comments.ok()) return SearchFailed(site, comments.status());
  if (redact && appendix) RedactRecords(comments.value(), *redactor);
  AppendixOptions options;
  options.mark_themes = search.themes;
  options.selection = description;
  if (format == "docx") {
    Result<std::string> docx = AppendixBytes(comments.value(), options, AppendixFormat::kDocx);
    if (!docx.ok()) return ErrorPage(&site, 500, "The Word file could not be made", docx.status().ToString());
    return Download(std::move(docx).value(), ContentType(format), name);
  }
  const AppendixFormat f = format == "html" ? AppendixFormat::kHtml
                           : format == "md" ? AppendixFormat::kMarkdown
                                            : AppendixFormat::kCsv;
  WriteAppendix(comments.value(), options, f, out);
  return Download(out.str(), ContentType(format), name);
}

}  // namespace returns::serve
