#include "pipeline/reports/report_format.h"

#include <sstream>

#include "index/query/search.h"
#include "pipeline/reports/quotes_format.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"
#include "pipeline/writers/html.h"
#include "pipeline/writers/markdown.h"

namespace returns {
namespace {

// The quoted theme's matches in the comment.
std::vector<std::pair<size_t, size_t>> ThemeSpans(const ReportQuote& q) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : q.comment.tagging().matches) {
    if (m.theme == q.theme.id) spans.emplace_back(m.start, m.end);
  }
  return MergeSpans(std::move(spans));
}

std::string AppendixLine(const ReportDocumentOptions& o, int question) {
  return o.appendix ? "Every comment is in the appendix below, under question " + std::to_string(question) + "."
                    : "";
}

void WriteMarkdown(const Report& r, const std::vector<CommentRecord>& comments, const ReportDocumentOptions& o,
                   std::ostream& out) {
  out << "# " << MarkdownText(ReportTitle(r)) << "\n\n" << MarkdownText(ReportTotals(r)) << "\n";
  for (const QuestionReport& q : r.questions) {
    out << "\n## " << MarkdownText(q.title) << "\n\n" << MarkdownText(AnsweredSentence(q)) << "\n\n";
    for (const ShareGroup& g : q.groups) out << "- " << MarkdownText(ShareSentence(g)) << "\n";
    if (!q.summary.themes.empty()) {
      out << "\n| Theme | Collaboratives | Share | Comments |\n|---|---:|---:|---:|\n";
      for (const ShareGroup& g : q.groups) {
        for (const ReportTheme& t : g.themes) {
          out << "| " << MarkdownText(t.theme.label) << " | " << t.counts.collaboratives << " | "
              << Percent(t.counts.collaborative_share) << "% | " << t.counts.comments << " |\n";
        }
      }
    }
    if (!q.quotes.empty()) {
      out << "\nTypical comments:\n";
      for (const ReportQuote& quote : q.quotes) {
        out << "\n> “" << MarkdownText(quote.comment.text) << "”\n> — *"
            << MarkdownText(QuoteSource(quote.comment, r.rounds)) << "* (" << MarkdownText(quote.theme.label) << ")\n";
      }
    }
    if (const std::string pending = PendingSentence(q); !pending.empty()) out << "\n" << MarkdownText(pending) << "\n";
    if (const std::string line = AppendixLine(o, q.question); !line.empty()) out << "\n" << MarkdownText(line) << "\n";
  }
  if (o.appendix) {
    out << "\n---\n\n";
    WriteAppendix(comments, o.appendix_options, AppendixFormat::kMarkdown, out);
  }
}

void WriteHtml(const Report& r, const std::vector<CommentRecord>& comments, const ReportDocumentOptions& o,
               std::ostream& out) {
  out << HtmlHead(ReportTitle(r),
                  std::string("ul.shares li { margin: 0.3em 0; } blockquote { margin: 1em 0 0.2em 1.5em; } "
                              "p.who { margin: 0 0 0 1.5em; color: #444; font-style: italic; } "
                              "p.who .theme { font-style: normal; color: #666; } mark { background: #ffe08a; }\n"
                              "section.appendix { border-top: 2px solid #999; margin-top: 3em; }\n"
                              "@media print { section.appendix { break-before: page; } }\n") +
                      kAppendixCss);
  out << "<h1>" << HtmlEscape(ReportTitle(r)) << "</h1>\n<p>" << HtmlEscape(ReportTotals(r)) << "</p>\n";
  for (const QuestionReport& q : r.questions) {
    const std::string n = std::to_string(q.question);
    out << "<section class=\"question\" id=\"question-" << n << "\">\n<h2>" << HtmlEscape(q.title) << "</h2>\n<p>"
        << HtmlEscape(AnsweredSentence(q)) << "</p>\n";
    if (!q.groups.empty()) {
      out << "<ul class=\"shares\">\n";
      for (const ShareGroup& g : q.groups) out << "<li>" << HtmlEscape(ShareSentence(g)) << "</li>\n";
      out << "</ul>\n";
      WriteThemeBarChart(q.summary, "chart-question-" + n, out);
    }
    if (!q.quotes.empty()) {
      out << "<h3>Typical comments</h3>\n";
      for (const ReportQuote& quote : q.quotes) {
        out << "<blockquote class=\"quote\">“"
            << MarkSpans(quote.comment.text, ThemeSpans(quote), "<mark>", "</mark>", HtmlEscape)
            << "”</blockquote>\n<p class=\"who\">— " << HtmlEscape(QuoteSource(quote.comment, r.rounds))
            << " <span class=\"theme\">(" << HtmlEscape(quote.theme.label) << ")</span></p>\n";
      }
    }
    if (const std::string pending = PendingSentence(q); !pending.empty()) {
      out << "<p class=\"pending\">" << HtmlEscape(pending) << "</p>\n";
    }
    if (o.appendix) {
      out << "<p>Every comment is in the <a href=\"#appendix\">appendix</a>, under question " << n << ".</p>\n";
    }
    out << "</section>\n";
  }
  if (o.appendix) {
    out << "<section class=\"appendix\" id=\"appendix\">\n";
    WriteAppendixHtmlBody(comments, o.appendix_options, out);
    out << "</section>\n";
  }
  out << "</body>\n</html>\n";
}

}  // namespace

std::string ReportTitle(const Report& r) { return "Report on the returns: " + r.selection; }

std::string ReportTotals(const Report& r) {
  return Counted(r.totals.comments, "comment") + " in " + Counted(r.totals.returns, "return") + " from " +
         Counted(r.totals.collaboratives, "collaborative") + ".";
}

std::string PendingSentence(const QuestionReport& q) {
  if (q.pending.empty()) return "";
  std::string out = "Still planned: ";
  for (size_t i = 0; i < q.pending.size(); ++i) {
    if (i > 0) out += i + 1 == q.pending.size() ? " and " : ", ";
    out += q.pending[i].theme.label + " (" + Counted(q.pending[i].counts.pending, "comment") + ")";
  }
  return out + ".";
}

Result<std::string> ReportBytes(const Report& report, const std::vector<CommentRecord>& comments,
                                const ReportDocumentOptions& options, ReportFormat format) {
  if (format == ReportFormat::kDocx) return ReportDocx(report, comments, options);
  std::ostringstream out;
  if (format == ReportFormat::kHtml) WriteHtml(report, comments, options, out);
  else WriteMarkdown(report, comments, options, out);
  return out.str();
}

}  // namespace returns
