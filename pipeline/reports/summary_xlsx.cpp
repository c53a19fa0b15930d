// The summary as an Excel workbook (summary_format.h).
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"
#include "pipeline/writers/xlsx.h"

namespace returns {
namespace {

std::string Totals(const SelectionTotals& t) {
  return Counted(t.comments, "comment") + " in " + Counted(t.returns, "return") + " from " +
         Counted(t.collaboratives, "collaborative");
}

void FiguresSheet(const Summary& s, const std::string& selection, XlsxSheet sheet) {
  sheet.Width(0, 0, 40, /*wrap=*/true);
  sheet.Width(1, 1, 20);
  sheet.Width(2, 7, 14);
  sheet.Text(0, 0, "Themes in the returns", XlsxStyle::kTitle);
  sheet.Text(1, 0, "Selection: " + selection + ". " + Totals(s.totals) + ".", XlsxStyle::kItalic);
  const unsigned head = 3;
  sheet.Heading(head, {"Theme", "Theme id", "Comments", "Returns", "Collaboratives", "Share of collaboratives", "Done",
                       "Pending"});
  unsigned r = head;
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    ++r;
    sheet.Text(r, 0, t.label);
    sheet.Text(r, 1, t.id);
    sheet.Number(r, 2, c.comments);
    sheet.Number(r, 3, c.returns);
    sheet.Number(r, 4, c.collaboratives);
    sheet.Percent(r, 5, c.collaborative_share);
    sheet.Number(r, 6, c.comments - c.pending);
    sheet.Number(r, 7, c.pending);
  }
  sheet.Filter(head, r, 7);
}

// Themes down, the dimension's values across. By collaborative: the comments
// mentioning the theme in each collaborative's returns. By anything else: the
// collaboratives mentioning it, and their share of the value's collaboratives.
void CrossSheet(const Summary& s, XlsxSheet sheet) {
  const std::string dim = DimensionName(s.by);
  const bool by_collaborative = s.by == SummaryDimension::kCollaborative;
  const unsigned per_value = by_collaborative ? 1 : 2;
  sheet.Width(0, 0, 40, /*wrap=*/true);
  sheet.Width(1, 1, 20);
  sheet.Width(2, 2 + per_value * static_cast<unsigned>(s.by_values.size()), by_collaborative ? 16 : 13, true);
  sheet.Text(0, 0, "Themes by " + dim, XlsxStyle::kTitle);
  sheet.Text(1, 0,
             by_collaborative ? "Each cell: the comments mentioning the theme in the collaborative's returns."
                              : "Each " + dim + ": the collaboratives mentioning the theme, and their share of the " +
                                    dim + "'s collaboratives.",
             XlsxStyle::kItalic);
  const unsigned names = 3, head = 4;
  std::vector<std::string> headings = {"Theme", "Theme id"};
  for (size_t i = 0; i < s.by_values.size(); ++i) {
    const std::string& v = s.by_values[i];
    const unsigned col = 2 + per_value * static_cast<unsigned>(i);
    const std::string name = by_collaborative ? DimensionValueShown(s.by, v)
                                              : (v.empty() ? DimensionValueShown(s.by, v) : dim + " " + v) + " (" + Counted(s.by_totals.at(v).collaboratives, "collaborative") + ")";
    sheet.Merged(names, col, col + per_value - 1, name, XlsxStyle::kHeading);
    if (by_collaborative) {
      headings.push_back("comments");
    } else {
      headings.push_back("collaboratives");
      headings.push_back("share");
    }
  }
  sheet.Text(names, 0, "", XlsxStyle::kHeading);
  sheet.Text(names, 1, "", XlsxStyle::kHeading);
  sheet.Heading(head, headings);
  sheet.Freeze(head + 1, 1);
  unsigned r = head;
  for (const ThemeLabel& t : s.themes) {
    ++r;
    sheet.Text(r, 0, t.label);
    sheet.Text(r, 1, t.id);
    for (size_t i = 0; i < s.by_values.size(); ++i) {
      const ThemeCounts& c = s.by_counts.at(s.by_values[i]).at(t.id);
      const unsigned col = 2 + per_value * static_cast<unsigned>(i);
      if (by_collaborative) {
        sheet.Number(r, col, c.comments);
      } else {
        sheet.Number(r, col, c.collaboratives);
        sheet.Percent(r, col + 1, c.collaborative_share);
      }
    }
  }
  sheet.Filter(head, r, static_cast<unsigned>(headings.size()) - 1);
}

}  // namespace

Result<std::string> SummaryXlsx(const Summary& s, const std::string& selection) {
  Result<std::unique_ptr<WorkbookWriter>> made = WorkbookWriter::Create("Themes in the returns: " + selection);
  if (!made.ok()) return made.status();
  WorkbookWriter& book = *made.value();
  FiguresSheet(s, selection, book.AddSheet("Themes"));
  if (s.by != SummaryDimension::kNone) CrossSheet(s, book.AddSheet("By " + DimensionName(s.by)));
  return book.Finish();
}

}  // namespace returns
