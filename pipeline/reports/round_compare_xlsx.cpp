// Rounds compared as an Excel workbook (round_compare.h): a Themes sheet
// (each round's collaboratives and share, the change in points) and a
// Collaboratives sheet (in both, joined or left; themes gained and dropped).
#include "pipeline/reports/round_compare.h"
#include "pipeline/writers/xlsx.h"

namespace returns {

Result<std::string> ComparisonXlsx(const RoundComparison& c, const std::string& selection) {
  const std::string title = "Rounds compared: " + c.a + " and " + c.b + (selection.empty() ? "" : ", " + selection);
  Result<std::unique_ptr<WorkbookWriter>> made = WorkbookWriter::Create(title);
  if (!made.ok()) return made.status();
  WorkbookWriter& book = *made.value();
  XlsxSheet themes = book.AddSheet("Themes");
  themes.Width(0, 0, 40, /*wrap=*/true);
  themes.Width(1, 1, 20);
  themes.Width(2, 6, 14);
  themes.Text(0, 0, title, XlsxStyle::kTitle);
  themes.Text(1, 0, "Like for like: " + QuestionList(c.questions) + "." + LeftOut(c), XlsxStyle::kItalic);
  const unsigned head = 3;
  themes.Heading(head, {"Theme", "Theme id", c.a + ": collaboratives", c.a + ": share", c.b + ": collaboratives",
                        c.b + ": share", "Change (points)"});
  unsigned r = head;
  for (const RoundThemeChange& t : c.themes) {
    ++r;
    themes.Text(r, 0, t.theme.label);
    themes.Text(r, 1, t.theme.id);
    themes.Number(r, 2, t.collaboratives_a);
    themes.Percent(r, 3, t.share_a);
    themes.Number(r, 4, t.collaboratives_b);
    themes.Percent(r, 5, t.share_b);
    themes.Number(r, 6, t.change_points);
  }
  themes.Filter(head, r, 6);

  XlsxSheet collaboratives = book.AddSheet("Collaboratives");
  collaboratives.Width(0, 0, 40, true);
  collaboratives.Width(1, 2, 16);
  collaboratives.Width(3, 4, 50, true);
  collaboratives.Heading(0, {"Collaborative", "District", "Rounds", "Gained", "Dropped"});
  r = 0;
  for (const CollaborativeChange& k : c.changed) {
    ++r;
    collaboratives.Text(r, 0, k.collaborative);
    collaboratives.Text(r, 1, k.district);
    collaboratives.Text(r, 2, "both");
    collaboratives.Text(r, 3, ThemeNames(c, k.gained, "; ", ""));
    collaboratives.Text(r, 4, ThemeNames(c, k.dropped, "; ", ""));
  }
  for (const std::string& name : c.joined) {
    ++r;
    collaboratives.Text(r, 0, name);
    collaboratives.Text(r, 1, c.district_of.at(name));
    collaboratives.Text(r, 2, "joined in " + c.b);
  }
  for (const std::string& name : c.left) {
    ++r;
    collaboratives.Text(r, 0, name);
    collaboratives.Text(r, 1, c.district_of.at(name));
    collaboratives.Text(r, 2, "left after " + c.a);
  }
  collaboratives.Filter(0, r, 4);
  return book.Finish();
}

}  // namespace returns
