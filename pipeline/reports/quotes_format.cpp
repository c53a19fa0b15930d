#include "pipeline/reports/quotes_format.h"

#include <nlohmann/json.hpp>

#include <sstream>

#include "index/query/search.h"
#include "pipeline/writers/html.h"
#include "pipeline/writers/markdown.h"

namespace returns {
namespace {


std::vector<std::pair<size_t, size_t>> ThemeSpans(const CommentRecord& c, const std::string& theme) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : c.tagging().matches) {
    if (m.theme == theme) spans.emplace_back(m.start, m.end);
  }
  return MergeSpans(std::move(spans));
}

std::string Title(const QuotesOptions& o) { return "Typical comments: " + o.theme_label; }

// Said where the quotes would be when the selection has none, so an empty
// page is not taken for a failed one.
constexpr const char* kNoQuotes = "No comment in the selection has this theme.";

void WriteJson(const std::vector<Quote>& quotes, const QuotesOptions& o, std::ostream& out) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const Quote& q : quotes) {
    j.push_back({{"comment_id", q.comment->comment_key()}, {"score", q.score}, {"text", q.comment->text},
                 {"collaborative", q.comment->collaborative_name()}, {"district", q.comment->district},
                 {"question", q.comment->question}});
    if (o.rounds) j.back()["round"] = q.comment->round;
  }
  out << j.dump(2) << "\n";
}

void WriteText(const std::vector<Quote>& quotes, const QuotesOptions& o, std::ostream& out) {
  out << Title(o) << " (" << o.selection << ")\n\n";
  int n = 0;
  for (const Quote& q : quotes) {
    out << ++n << ". “" << q.comment->text << "”\n   — " << QuoteSource(*q.comment, o.rounds) << "\n\n";
  }
  if (quotes.empty()) out << kNoQuotes << "\n";
}

void WriteMarkdown(const std::vector<Quote>& quotes, const QuotesOptions& o, std::ostream& out) {
  out << "## " << MarkdownText(Title(o)) << " (" << MarkdownText(o.selection) << ")\n\n";
  for (const Quote& q : quotes) {
    out << "- “" << MarkdownText(q.comment->text) << "” — *" << MarkdownText(QuoteSource(*q.comment, o.rounds))
        << "*\n";
  }
  if (quotes.empty()) out << "*" << kNoQuotes << "*\n";
}

void WriteHtml(const std::vector<Quote>& quotes, const QuotesOptions& o, std::ostream& out) {
  out << HtmlHead(Title(o),
                  "blockquote { margin: 1.2em 0 0.2em 1.5em; } p.who { margin: 0 0 0 1.5em; color: #444; "
                  "font-style: italic; } mark { background: #ffe08a; }\n");
  out << "<h1>" << HtmlEscape(Title(o)) << "</h1>\n<p><strong>Selection:</strong> " << HtmlEscape(o.selection)
      << ". Matches of the theme are <mark>highlighted</mark>.</p>\n";
  for (const Quote& q : quotes) {
    out << "<blockquote class=\"quote\">“"
        << MarkSpans(q.comment->text, ThemeSpans(*q.comment, o.theme), "<mark>", "</mark>", HtmlEscape)
        << "”</blockquote>\n<p class=\"who\">— " << HtmlEscape(QuoteSource(*q.comment, o.rounds)) << "</p>\n";
  }
  if (quotes.empty()) out << "<p class=\"none\">" << kNoQuotes << "</p>\n";
  out << "</body>\n</html>\n";
}

Result<std::string> Docx(const std::vector<Quote>& quotes, const QuotesOptions& o) {
  DocxDocument doc(o.page, Title(o));
  doc.Add({"Title", {{Title(o), ""}}});
  doc.Add({"Subtitle", {{"Selection: " + o.selection + ". Matches of the theme are marked ", ""},
                        {"like this", "ThemeMatch"}, {".", ""}}});
  for (const Quote& q : quotes) {
    const std::vector<DocxRun> runs = QuotedRuns(q.comment->text, ThemeSpans(*q.comment, o.theme), "ThemeMatch");
    doc.Add({"Quote", runs});
    doc.Add({"Attribution", {{"— ", ""}, {QuoteSource(*q.comment, o.rounds), "QuoteSource"}}});
  }
  if (quotes.empty()) doc.Add({"Normal", {{kNoQuotes, ""}}});
  return doc.Finish();
}

}  // namespace

std::string QuoteSource(const CommentRecord& c, bool round) {
  std::string who = c.collaborative_name() + ", " + c.district_shown();
  return round && !c.round.empty() ? who + ", round " + c.round : who;
}

Result<std::string> QuotesBytes(const std::vector<Quote>& quotes, const QuotesOptions& options, QuotesFormat format) {
  std::ostringstream out;
  switch (format) {
    case QuotesFormat::kDocx: return Docx(quotes, options);
    case QuotesFormat::kJson: WriteJson(quotes, options, out); break;
    case QuotesFormat::kText: WriteText(quotes, options, out); break;
    case QuotesFormat::kMarkdown: WriteMarkdown(quotes, options, out); break;
    case QuotesFormat::kHtml: WriteHtml(quotes, options, out); break;
  }
  return out.str();
}

}  // namespace returns
