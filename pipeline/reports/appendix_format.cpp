#include "pipeline/reports/appendix_format.h"

#include <sstream>

#include "index/query/search.h"
#include "pipeline/reports/appendix_layout.h"
#include "pipeline/writers/csv_field.h"
#include "pipeline/writers/html.h"
#include "pipeline/writers/markdown.h"

namespace returns {
namespace {

using appendix::Counts;
using appendix::Group;
using appendix::HeadingBefore;
using appendix::Joined;
using appendix::MarkedSpans;
using appendix::QuestionTitle;
using appendix::Row;
using appendix::SpansRounds;

void WriteMarkdown(const std::vector<CommentRecord>& comments, const AppendixOptions& o, std::ostream& out) {
  const bool rounds = SpansRounds(comments);
  out << "# Appendix: " << MarkdownText(o.selection) << "\n\n" << Counts(comments) << ". Theme matches are in **bold**.\n";
  for (const auto& [question, rows] : Group(comments)) {
    out << "\n## " << QuestionTitle(question) << "\n\n| District | Collaborative | Lead school(s) | "
        << (rounds ? "Round | " : "") << "Comments |\n|---|---|---|" << (rounds ? "---|" : "") << "---|\n";
    for (const Row& row : rows) {
      const CommentRecord& r = *row.first;
      out << "| " << MarkdownText(r.district_shown()) << " | " << MarkdownText(r.collaborative_name()) << " | "
          << MarkdownText(Joined(r.lead_school_names(), "; ")) << " | ";
      if (rounds) out << MarkdownText(r.round) << " | ";
      for (size_t i = 0; i < row.comments.size(); ++i) {
        const CommentRecord* c = row.comments[i];
        if (i > 0) out << "<br><br>";
        const std::string heading = HeadingBefore(row, i);
        if (!heading.empty()) out << "*" << MarkdownText(heading) << "* ";
        out << "“" << MarkSpans(c->text, MarkedSpans(*c, o), "**", "**", MarkdownText) << "”";
      }
      out << " |\n";
    }
  }
}

void WriteHtml(const std::vector<CommentRecord>& comments, const AppendixOptions& o, std::ostream& out) {
  out << HtmlHead("Appendix: " + o.selection, kAppendixCss);
  WriteAppendixHtmlBody(comments, o, out);
  out << "</body>\n</html>\n";
}

void WriteCsv(const std::vector<CommentRecord>& comments, std::ostream& out) {
  // round last: a return's id and positions are the same in every round it answers.
  out << CsvHeader({"question", "district", "collaborative", "lead_schools", "return_id", "position", "heading",
                    "comment", "themes", "round"});
  for (const auto& [question, rows] : Group(comments)) {
    for (const Row& row : rows) {
      for (const CommentRecord* c : row.comments) {
        out << CsvRow({CsvField(c->question), CsvField(c->district), CsvField(c->collaborative_name()),
                       CsvField(Joined(c->lead_school_names(), "; ")), CsvField(c->return_key()),
                       CsvField(c->position), CsvField(c->heading.value_or("")), CsvField(c->text),
                       CsvField(Joined(c->tagging().themes, ";")), CsvField(c->round)});
      }
    }
  }
}

}  // namespace

const char kAppendixCss[] =
    "td.comments p { margin: 0 0 0.6em 0; } .heading { font-style: italic; } mark { background: #ffe08a; }\n";

void WriteAppendixHtmlBody(const std::vector<CommentRecord>& comments, const AppendixOptions& o, std::ostream& out) {
  const bool rounds = SpansRounds(comments);
  out << "<h1>Appendix: " << HtmlEscape(o.selection) << "</h1>\n<p>" << Counts(comments)
      << ". Theme matches are <mark>highlighted</mark>.</p>\n";
  for (const auto& [question, rows] : Group(comments)) {
    out << "<h2>" << HtmlEscape(QuestionTitle(question)) << "</h2>\n<table class=\"appendix\">\n<thead><tr><th>District</th>"
        << "<th>Collaborative</th><th>Lead school(s)</th>" << (rounds ? "<th>Round</th>" : "")
        << "<th>Comments</th></tr></thead>\n<tbody>\n";
    for (const Row& row : rows) {
      const CommentRecord& r = *row.first;
      out << "<tr><td>" << HtmlEscape(r.district_shown()) << "</td><td>" << HtmlEscape(r.collaborative_name()) << "</td><td>"
          << HtmlEscape(Joined(r.lead_school_names(), "; ")) << "</td>";
      if (rounds) out << "<td>" << HtmlEscape(r.round) << "</td>";
      out << "<td class=\"comments\">";
      for (size_t i = 0; i < row.comments.size(); ++i) {
        const CommentRecord* c = row.comments[i];
        const std::string heading = HeadingBefore(row, i);
        out << "<p class=\"quote\">";
        if (!heading.empty()) out << "<span class=\"heading\">" << HtmlEscape(heading) << "</span> ";
        out << "“" << MarkSpans(c->text, MarkedSpans(*c, o), "<mark>", "</mark>", HtmlEscape) << "”</p>";
      }
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
}

Result<std::string> AppendixBytes(const std::vector<CommentRecord>& comments, const AppendixOptions& options,
                                  AppendixFormat format) {
  switch (format) {
    case AppendixFormat::kDocx: return AppendixDocx(comments, options);
    case AppendixFormat::kXlsx: return AppendixXlsx(comments, options);
    default: break;
  }
  std::ostringstream out;
  WriteAppendix(comments, options, format, out);
  return out.str();
}

void WriteAppendix(const std::vector<CommentRecord>& comments, const AppendixOptions& options, AppendixFormat format,
                   std::ostream& out) {
  switch (format) {
    case AppendixFormat::kMarkdown: return WriteMarkdown(comments, options, out);
    case AppendixFormat::kHtml: return WriteHtml(comments, options, out);
    case AppendixFormat::kCsv: return WriteCsv(comments, out);
    case AppendixFormat::kDocx:
    case AppendixFormat::kXlsx: {
      Result<std::string> bytes = AppendixBytes(comments, options, format);
      if (bytes.ok()) out << bytes.value();
      else out.setstate(std::ios::failbit);
      return;
    }
  }
}

}  // namespace returns
