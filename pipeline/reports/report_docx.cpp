// The report as a Word document (report_format.h): A4 (or letter) portrait,
// the appendix after it in a landscape section of its own.
#include <algorithm>

#include "index/query/search.h"
#include "pipeline/reports/quotes_format.h"
#include "pipeline/reports/report_format.h"
#include "pipeline/reports/summary_format.h"

namespace returns {
namespace {

constexpr int kBarBlocks = 30;  // the longest bar, every collaborative

// The comment in quotation marks, the quoted theme's matches in the ThemeMatch style.
std::vector<DocxRun> QuoteRuns(const ReportQuote& q) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : q.comment.tagging().matches) {
    if (m.theme == q.theme.id) spans.emplace_back(m.start, m.end);
  }
  return QuotedRuns(q.comment.text, MergeSpans(std::move(spans)), "ThemeMatch");
}

DocxCell Cell(const std::string& text) { return {{"TableText", {{text, ""}}}}; }

// The chart: a row per theme, its collaboratives and a bar of blocks as long as its share.
void Chart(DocxDocument& doc, const QuestionReport& q) {
  doc.StartTable({{"Theme", 3}, {"Collaboratives", 1.6}, {"Share", 3.4}});
  const unsigned total = q.summary.totals.collaboratives;
  for (const ShareGroup& g : q.groups) {
    for (const ReportTheme& t : g.themes) {
      const int blocks = std::max(1, static_cast<int>(kBarBlocks * t.counts.collaborative_share + 0.5));
      std::string bar;
      for (int i = 0; i < blocks; ++i) bar += "█";
      // Built by append: GCC 12 warns falsely (-Wrestrict) on " " + std::to_string(…).
      std::string share(" ");
      share.append(std::to_string(Percent(t.counts.collaborative_share))).append("%");
      doc.AddRow({Cell(t.theme.label), Cell(std::to_string(t.counts.collaboratives) + " of " + std::to_string(total)),
                  {{"TableText", {{bar, "Bar"}, {share, ""}}}}});
    }
  }
}

}  // namespace

Result<std::string> ReportDocx(const Report& r, const std::vector<CommentRecord>& comments,
                               const ReportDocumentOptions& o) {
  const AppendixOptions& a = o.appendix_options;
  DocxDocument doc({o.paper, PageOrientation::kPortrait}, ReportTitle(r));
  if (!a.reference_docx.empty()) {
    if (Status s = doc.UseStyles(a.reference_docx, a.reference_name); !s.ok()) return s;
  }
  doc.Add({"Title", {{ReportTitle(r), ""}}});
  doc.Add({"Subtitle", {{ReportTotals(r), ""}}});
  for (const QuestionReport& q : r.questions) {
    doc.Add({"Heading1", {{q.title, ""}}});
    doc.Add({"", {{AnsweredSentence(q), ""}}});
    for (const ShareGroup& g : q.groups) doc.Add({"ShareSentence", {{"•\t" + ShareSentence(g), ""}}});
    if (!q.groups.empty()) Chart(doc, q);
    if (!q.quotes.empty()) {
      doc.Add({"Heading2", {{"Typical comments", ""}}});
      for (const ReportQuote& quote : q.quotes) {
        doc.Add({"Quote", QuoteRuns(quote)});
        doc.Add({"Attribution", {{"— ", ""},
                                 {QuoteSource(quote.comment, r.rounds), "QuoteSource"},
                                 {" (" + quote.theme.label + ")", ""}}});
      }
    }
    if (const std::string pending = PendingSentence(q); !pending.empty()) doc.Add({"", {{pending, ""}}});
    if (o.appendix) {
      doc.Add({"", {{"Every comment is in the appendix, under question " + std::to_string(q.question) + ".", ""}}});
    }
  }
  if (o.appendix) {
    doc.StartSection({o.paper, PageOrientation::kLandscape});
    AddAppendixDocx(doc, comments, a);
  }
  return doc.Finish();
}

}  // namespace returns
