// The appendix as a Word document (appendix_format.h), written directly as
// WordprocessingML (pipeline/writers/docx.h).
#include "pipeline/reports/appendix_format.h"
#include "pipeline/reports/appendix_layout.h"

namespace returns {
namespace {

using appendix::Row;

DocxCell Plain(const std::string& text) { return {{"TableText", {{text, ""}}}}; }

// One paragraph per name: a list of lead schools reads down the narrow column.
DocxCell Lines(const std::vector<std::string>& names) {
  DocxCell cell;
  for (const std::string& n : names) cell.push_back({"TableText", {{n, ""}}});
  return cell;
}

}  // namespace

Result<std::string> AppendixDocx(const std::vector<CommentRecord>& comments, const AppendixOptions& o) {
  DocxDocument doc(o.page, "Appendix: " + o.selection);
  if (!o.reference_docx.empty()) {
    if (Status s = doc.UseStyles(o.reference_docx, o.reference_name); !s.ok()) return s;
  }
  AddAppendixDocx(doc, comments, o);
  return doc.Finish();
}

void AddAppendixDocx(DocxDocument& doc, const std::vector<CommentRecord>& comments, const AppendixOptions& o) {
  doc.Add({"Title", {{"Appendix: " + o.selection, ""}}});
  // The sentence shows the style it names, so it stays true when a reader restyles theme matches.
  doc.Add({"Subtitle", {{appendix::Counts(comments) + ". Theme matches are marked ", ""}, {"like this", "ThemeMatch"},
                        {".", ""}}});
  const bool rounds = appendix::SpansRounds(comments);
  // Widths as in the seed appendices: names narrow, the comments more than half the page.
  std::vector<DocxColumn> columns = {{"District", 1.1}, {"Collaborative", 1.6}, {"Lead school(s)", 1.4}};
  if (rounds) columns.push_back({"Round", 0.8});
  columns.push_back({"Comments", 5.9});
  for (const auto& [question, rows] : appendix::Group(comments)) {
    doc.Add({"Heading1", {{appendix::QuestionTitle(question), ""}}});
    doc.StartTable(columns);
    for (const Row& row : rows) {
      const CommentRecord& r = *row.first;
      std::vector<DocxCell> cells = {Plain(r.district_shown()), Plain(r.collaborative_name()),
                                     Lines(r.lead_school_names())};
      if (rounds) cells.push_back(Plain(r.round));
      DocxCell quotes;
      for (size_t i = 0; i < row.comments.size(); ++i) {
        const std::string heading = appendix::HeadingBefore(row, i);
        if (!heading.empty()) quotes.push_back({"CommentHeading", {{heading, ""}}});
        const CommentRecord& c = *row.comments[i];
        quotes.push_back({"Comment", QuotedRuns(c.text, appendix::MarkedSpans(c, o), "ThemeMatch")});
      }
      cells.push_back(std::move(quotes));
      doc.AddRow(cells);
    }
  }
}

}  // namespace returns
