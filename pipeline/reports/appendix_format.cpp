#include "pipeline/reports/appendix_format.h"

#include "pipeline/writers/markdown.h"

#include <map>
#include <set>

#include "corpus/register/question.h"
#include "index/query/search.h"
#include "pipeline/writers/csv_field.h"
#include "pipeline/writers/html.h"

namespace returns {
namespace {

// One table row: a return and its comments, in order.
struct Row {
  const CommentRecord* first = nullptr;
  std::vector<const CommentRecord*> comments;
};

// Questions in order, each with its rows in selection order.
std::map<int, std::vector<Row>> Group(const std::vector<CommentRecord>& comments) {
  std::map<int, std::vector<Row>> out;
  std::map<int, std::map<std::string, size_t>> row_of;  // question → return key → row index
  for (const CommentRecord& c : comments) {
    std::vector<Row>& rows = out[c.question];
    const std::string key = c.round + "/" + c.return_key();
    auto [it, inserted] = row_of[c.question].emplace(key, rows.size());
    if (inserted) rows.push_back(Row{&c, {}});
    rows[it->second].comments.push_back(&c);
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> MarkedSpans(const CommentRecord& c, const AppendixOptions& o) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : c.tagging().matches) {
    bool wanted = o.mark_themes.empty();
    for (const std::string& t : o.mark_themes) wanted = wanted || t == m.theme;
    if (wanted) spans.emplace_back(m.start, m.end);
  }
  return MergeSpans(std::move(spans));
}

std::string Counts(const std::vector<CommentRecord>& comments) {
  std::set<std::string> returns, collaboratives;
  for (const CommentRecord& c : comments) {
    returns.insert(c.round + "/" + c.return_key());
    collaboratives.insert(c.collaborative_name());
  }
  return std::to_string(comments.size()) + " comments from " + std::to_string(returns.size()) + " returns of " +
         std::to_string(collaboratives.size()) + " collaboratives";
}

std::string Joined(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

// "Priority 1: …" → "Priority 1: …:", but "PROGRESS:" stays as it is.
std::string HeadingLead(const std::string& heading) {
  return !heading.empty() && heading.back() == ':' ? heading : heading + ":";
}

std::string QuestionTitle(int q) {
  return "Question " + std::to_string(q) + ": " + std::string(QuestionWording(q));
}

void WriteMarkdown(const std::vector<CommentRecord>& comments, const AppendixOptions& o, std::ostream& out) {
  out << "# Appendix: " << MarkdownText(o.selection) << "\n\n" << Counts(comments) << ". Theme matches are in **bold**.\n";
  for (const auto& [question, rows] : Group(comments)) {
    out << "\n## " << QuestionTitle(question) << "\n\n| District | Collaborative | Lead school(s) | Comments |\n"
        << "|---|---|---|---|\n";
    for (const Row& row : rows) {
      const CommentRecord& r = *row.first;
      out << "| " << MarkdownText(r.district) << " | " << MarkdownText(r.collaborative_name()) << " | "
          << MarkdownText(Joined(r.lead_school_names(), "; ")) << " | ";
      bool first = true;
      for (const CommentRecord* c : row.comments) {
        out << (first ? "" : "<br><br>");
        first = false;
        if (c->heading) out << "*" << MarkdownText(HeadingLead(*c->heading)) << "* ";
        out << "“" << MarkSpans(c->text, MarkedSpans(*c, o), "**", "**", MarkdownText) << "”";
      }
      out << " |\n";
    }
  }
}

void WriteHtml(const std::vector<CommentRecord>& comments, const AppendixOptions& o, std::ostream& out) {
  out << HtmlHead("Appendix: " + o.selection,
                  "td.comments p { margin: 0 0 0.6em 0; } .heading { font-style: italic; } "
                  "mark { background: #ffe08a; }\n");
  out << "<h1>Appendix: " << HtmlEscape(o.selection) << "</h1>\n<p>" << Counts(comments)
      << ". Theme matches are <mark>highlighted</mark>.</p>\n";
  for (const auto& [question, rows] : Group(comments)) {
    out << "<h2>" << HtmlEscape(QuestionTitle(question)) << "</h2>\n<table class=\"appendix\">\n<thead><tr><th>District</th>"
        << "<th>Collaborative</th><th>Lead school(s)</th><th>Comments</th></tr></thead>\n<tbody>\n";
    for (const Row& row : rows) {
      const CommentRecord& r = *row.first;
      out << "<tr><td>" << HtmlEscape(r.district) << "</td><td>" << HtmlEscape(r.collaborative_name()) << "</td><td>"
          << HtmlEscape(Joined(r.lead_school_names(), "; ")) << "</td><td class=\"comments\">";
      for (const CommentRecord* c : row.comments) {
        out << "<p class=\"quote\">";
        if (c->heading) out << "<span class=\"heading\">" << HtmlEscape(HeadingLead(*c->heading)) << "</span> ";
        out << "“" << MarkSpans(c->text, MarkedSpans(*c, o), "<mark>", "</mark>", HtmlEscape) << "”</p>";
      }
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  out << "</body>\n</html>\n";
}

void WriteCsv(const std::vector<CommentRecord>& comments, std::ostream& out) {
  out << CsvHeader({"question", "district", "collaborative", "lead_schools", "return_id", "position", "heading",
                    "comment", "themes"});
  for (const auto& [question, rows] : Group(comments)) {
    for (const Row& row : rows) {
      for (const CommentRecord* c : row.comments) {
        out << CsvRow({CsvField(c->question), CsvField(c->district), CsvField(c->collaborative_name()),
                       CsvField(Joined(c->lead_school_names(), "; ")), CsvField(c->return_key()),
                       CsvField(c->position), CsvField(c->heading.value_or("")), CsvField(c->text),
                       CsvField(Joined(c->tagging().themes, ";"))});
      }
    }
  }
}

}  // namespace

void WriteAppendix(const std::vector<CommentRecord>& comments, const AppendixOptions& options, AppendixFormat format,
                   std::ostream& out) {
  switch (format) {
    case AppendixFormat::kMarkdown: return WriteMarkdown(comments, options, out);
    case AppendixFormat::kHtml: return WriteHtml(comments, options, out);
    case AppendixFormat::kCsv: return WriteCsv(comments, out);
  }
}

}  // namespace returns
