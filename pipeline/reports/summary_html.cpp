#include <algorithm>
#include <cstdio>

#include "lexicon/codebook/theme_id.h"
#include "pipeline/writers/html.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"

namespace returns {
namespace {

// Room for the longest label at the charts' 12px font (about 7px a character,
// DejaVu Sans being wide), so no label is cut at the left edge.
size_t Characters(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int LabelWidth(const Summary& s) {
  size_t chars = 0;
  for (const ThemeLabel& t : s.themes) chars = std::max(chars, Characters(t.label));
  return std::max(260, static_cast<int>(chars) * 15 / 2 + 16);
}

// How far the longest slanted (45°) value label reaches up and to the right:
// about 7.5 px a character, times sin 45°.
int SlantedReach(const Summary& s) {
  size_t chars = 0;
  for (const std::string& v : s.by_values) chars = std::max(chars, Characters(DimensionValueShown(s.by, v)));
  return static_cast<int>(chars) * 15 / 2 * 71 / 100;
}

}  // namespace

void WriteThemeBarChart(const Summary& s, const std::string& id, std::ostream& out) {
  std::vector<ThemeLabel> themes = s.themes;
  std::stable_sort(themes.begin(), themes.end(), [&](const ThemeLabel& a, const ThemeLabel& b) {
    return s.overall.at(a.id).collaboratives > s.overall.at(b.id).collaboratives;
  });
  const int label_w = LabelWidth(s), bar_w = 420, row_h = 22, top = 10;
  const unsigned total = std::max(1u, s.totals.collaboratives);
  const int height = top + row_h * static_cast<int>(themes.size()) + 10;
  out << "<svg id=\"" << HtmlEscape(id) << "\" role=\"img\" aria-label=\"Collaboratives mentioning each theme\" width=\""
      << label_w + bar_w + 120 << "\" height=\"" << height << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  int y = top;
  for (const ThemeLabel& t : themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    const int w = static_cast<int>(bar_w * static_cast<double>(c.collaboratives) / total);
    out << "<text x=\"" << label_w - 8 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">" << HtmlEscape(t.label)
        << "</text>\n<rect class=\"bar\" data-theme=\"" << HtmlEscape(t.id) << "\" x=\"" << label_w << "\" y=\"" << y + 3
        << "\" width=\"" << w << "\" height=\"" << row_h - 6 << "\" fill=\"#3b6ea5\"/>\n<text x=\"" << label_w + w + 6
        << "\" y=\"" << y + 15 << "\">" << c.collaboratives << " of " << s.totals.collaboratives << " ("
        << Percent(c.collaborative_share) << "%)</text>\n";
    y += row_h;
  }
  out << "</svg>\n";
}

namespace {

// Theme × dimension: the share of the cell's collaboratives mentioning the theme.
void HeatMap(const Summary& s, std::ostream& out) {
  // The head and the right margin as tall and as wide as the longest slanted label needs: names are never cut.
  const int reach = SlantedReach(s);
  const int label_w = LabelWidth(s), cell_w = 64, cell_h = 22, head_h = std::max(120, reach + 16);
  const int width = label_w + cell_w * static_cast<int>(s.by_values.size()) + std::max(110, reach + 10);
  const int height = head_h + cell_h * static_cast<int>(s.themes.size()) + 10;
  out << "<svg id=\"theme-heatmap\" role=\"img\" aria-label=\"Share of collaboratives mentioning each theme, by "
      << DimensionName(s.by) << "\" width=\"" << width << "\" height=\"" << height
      << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  for (size_t i = 0; i < s.by_values.size(); ++i) {
    const int x = label_w + cell_w * static_cast<int>(i) + cell_w / 2;
    out << "<text transform=\"translate(" << x << "," << head_h - 6 << ") rotate(-45)\">"
        << HtmlEscape(DimensionValueShown(s.by, s.by_values[i])) << "</text>\n";
  }
  int y = head_h;
  for (const ThemeLabel& t : s.themes) {
    out << "<text x=\"" << label_w - 8 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">" << HtmlEscape(t.label)
        << "</text>\n";
    for (size_t i = 0; i < s.by_values.size(); ++i) {
      const ThemeCounts& c = s.by_counts.at(s.by_values[i]).at(t.id);
      // White (none) to dark blue (every collaborative in the cell).
      const double v = c.collaborative_share;
      char fill[8];
      std::snprintf(fill, sizeof fill, "#%02x%02x%02x", static_cast<int>(255 - 196 * v), static_cast<int>(255 - 145 * v),
                    static_cast<int>(255 - 90 * v));
      const int x = label_w + cell_w * static_cast<int>(i);
      out << "<rect class=\"cell\" x=\"" << x << "\" y=\"" << y << "\" width=\"" << cell_w - 2 << "\" height=\""
          << cell_h - 2 << "\" fill=\"" << fill << "\"><title>" << HtmlEscape(t.label) << ", "
          << HtmlEscape(DimensionValueShown(s.by, s.by_values[i])) << ": " << c.collaboratives << " of " << s.by_totals.at(s.by_values[i]).collaboratives
          << " " << Noun(s.by_totals.at(s.by_values[i]).collaboratives, "collaborative") << "</title></rect>\n<text x=\"" << x + cell_w / 2 - 1 << "\" y=\"" << y + 15
          << "\" text-anchor=\"middle\" fill=\"" << (v > 0.55 ? "#fff" : "#222") << "\">" << c.collaboratives
          << "</text>\n";
    }
    y += cell_h;
  }
  out << "</svg>\n";
}

}  // namespace

void WriteSummaryHtml(const Summary& s, const std::string& selection, std::ostream& out) {
  out << HtmlHead("Themes in the returns");
  out << "<h1>Themes in the returns</h1>\n<p><strong>Selection:</strong> " << HtmlEscape(selection) << ". <strong>"
      << s.totals.comments << "</strong> " << Noun(s.totals.comments, "comment") << " in <strong>" << s.totals.returns
      << "</strong> " << Noun(s.totals.returns, "return") << " from <strong>" << s.totals.collaboratives << "</strong> "
      << Noun(s.totals.collaboratives, "collaborative") << ".</p>\n";
  out << "<h2>Collaboratives mentioning each theme</h2>\n";
  WriteThemeBarChart(s, "theme-chart", out);
  if (s.by != SummaryDimension::kNone) {
    out << "<h2>By " << DimensionName(s.by) << "</h2>\n<p>Each cell: collaboratives in that " << DimensionName(s.by)
        << " mentioning the theme; darker is a larger share.</p>\n";
    HeatMap(s, out);
  }
  out << "<h2>Figures</h2>\n<table id=\"theme-table\">\n<thead><tr><th>Theme</th><th>Comments</th><th>Returns</th>"
         "<th>Collaboratives</th><th>Share of collaboratives</th><th>Done</th><th>Pending</th></tr></thead>\n<tbody>\n";
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    out << "<tr><td>" << HtmlEscape(t.label) << "</td><td class=\"n\">" << c.comments << "</td><td class=\"n\">"
        << c.returns << "</td><td class=\"n\">" << c.collaboratives << "</td><td class=\"n\">"
        << Percent(c.collaborative_share) << "%</td><td class=\"n\">" << c.comments - c.pending
        << "</td><td class=\"n\">" << c.pending << "</td></tr>\n";
  }
  const ThemeCounts& none = s.overall.at(kNoThemeId);
  out << "<tr class=\"no-theme\"><td>No theme</td><td class=\"n\">" << none.comments << "</td><td class=\"n\">"
      << none.returns << "</td><td class=\"n\">" << none.collaboratives << "</td><td class=\"n\">"
      << Percent(none.collaborative_share) << "%</td><td></td><td></td></tr>\n";
  out << "</tbody>\n</table>\n</body>\n</html>\n";
}

}  // namespace returns
