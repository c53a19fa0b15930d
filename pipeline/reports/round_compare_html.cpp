// Rounds compared as one self-contained HTML page with an SVG dumbbell chart
// (round_compare.h): per theme a hollow dot at the earlier round's share, a
// filled dot at the later one's, joined by a line.
#include <algorithm>
#include <cmath>

#include "pipeline/reports/round_compare.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"
#include "pipeline/writers/html.h"

namespace returns {
namespace {

void Dumbbell(const RoundComparison& c, std::ostream& out) {
  std::vector<const RoundThemeChange*> rows;
  for (const RoundThemeChange& t : c.themes) rows.push_back(&t);
  std::stable_sort(rows.begin(), rows.end(), [](const RoundThemeChange* x, const RoundThemeChange* y) {
    return std::max(x->share_a, x->share_b) > std::max(y->share_a, y->share_b);
  });
  size_t chars = 0;
  for (const RoundThemeChange* t : rows) {
    size_t n = 0;
    for (char ch : t->theme.label) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    chars = std::max(chars, n);
  }
  const int label_w = std::max(200, static_cast<int>(chars) * 15 / 2 + 16), plot_w = 420, row_h = 22, top = 40;
  const int height = top + row_h * static_cast<int>(rows.size()) + 10;
  auto x = [&](double share) { return label_w + static_cast<int>(std::lround(plot_w * share)); };
  out << "<svg id=\"round-chart\" role=\"img\" aria-label=\"Share of collaboratives mentioning each theme in "
      << HtmlEscape(c.a) << " and " << HtmlEscape(c.b) << "\" width=\"" << label_w + plot_w + 170 << "\" height=\""
      << height << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  // Key and axis.
  out << "<circle cx=\"" << label_w + 6 << "\" cy=\"10\" r=\"5\" fill=\"#fff\" stroke=\"#777\" stroke-width=\"2\"/>"
      << "<text x=\"" << label_w + 16 << "\" y=\"14\">" << HtmlEscape(c.a) << "</text>\n<circle cx=\"" << label_w + 136
      << "\" cy=\"10\" r=\"5\" fill=\"#3b6ea5\"/><text x=\"" << label_w + 146 << "\" y=\"14\">" << HtmlEscape(c.b)
      << "</text>\n";
  for (int pct = 0; pct <= 100; pct += 25) {
    out << "<line x1=\"" << x(pct / 100.0) << "\" y1=\"" << top - 6 << "\" x2=\"" << x(pct / 100.0) << "\" y2=\""
        << height - 10 << "\" stroke=\"#e3e3e3\"/><text x=\"" << x(pct / 100.0) << "\" y=\"" << top - 10
        << "\" text-anchor=\"middle\" fill=\"#666\">" << pct << "%</text>\n";
  }
  int y = top;
  for (const RoundThemeChange* t : rows) {
    const int cy = y + row_h / 2, xa = x(t->share_a), xb = x(t->share_b);
    out << "<g class=\"theme\" data-theme=\"" << HtmlEscape(t->theme.id) << "\"><title>" << HtmlEscape(t->theme.label)
        << ": " << t->collaboratives_a << " of " << c.totals_a.collaboratives << " collaboratives in " << HtmlEscape(c.a)
        << ", " << t->collaboratives_b << " of " << c.totals_b.collaboratives << " in " << HtmlEscape(c.b)
        << "</title>\n<text x=\"" << label_w - 10 << "\" y=\"" << cy + 4 << "\" text-anchor=\"end\">"
        << HtmlEscape(t->theme.label) << "</text>\n<line x1=\"" << xa << "\" y1=\"" << cy << "\" x2=\"" << xb << "\" y2=\""
        << cy << "\" stroke=\"#9bb3d1\" stroke-width=\"3\"/>\n<circle class=\"a\" cx=\"" << xa << "\" cy=\"" << cy
        << "\" r=\"5\" fill=\"#fff\" stroke=\"#777\" stroke-width=\"2\"/><circle class=\"b\" cx=\"" << xb << "\" cy=\""
        << cy << "\" r=\"5\" fill=\"#3b6ea5\"/>\n<text x=\"" << label_w + plot_w + 14 << "\" y=\"" << cy + 4 << "\">"
        << Percent(t->share_a) << "% → " << Percent(t->share_b) << "% (" << SignedPoints(t->change_points, "±") << ")</text></g>\n";
    y += row_h;
  }
  out << "</svg>\n";
}

}  // namespace

void WriteComparisonHtml(const RoundComparison& c, const std::string& selection, std::ostream& out) {
  const std::string title = "Rounds compared: " + c.a + " and " + c.b + (selection.empty() ? "" : ", " + selection);
  out << HtmlHead(title);
  out << "<h1>" << HtmlEscape(title) << "</h1>\n<p>Like for like: " << QuestionList(c.questions) << "."
      << HtmlEscape(LeftOut(c)) << "</p>\n<p>" << HtmlEscape(c.a) << ": " << Counted(c.totals_a.comments, "comment") << " from "
      << Counted(c.totals_a.collaboratives, "collaborative") << ". " << HtmlEscape(c.b) << ": "
      << Counted(c.totals_b.comments, "comment") << " from " << Counted(c.totals_b.collaboratives, "collaborative")
      << ".</p>\n<h2>Share of collaboratives mentioning each theme</h2>\n";
  Dumbbell(c, out);
  out << "<h2>Themes and collaboratives</h2>\n<p><strong>New in " << HtmlEscape(c.b) << ":</strong> "
      << HtmlEscape(ThemeNames(c, c.new_themes)) << ".</p>\n<p><strong>Gone in " << HtmlEscape(c.b) << ":</strong> "
      << HtmlEscape(ThemeNames(c, c.gone_themes)) << ".</p>\n<p><strong>Joined in " << HtmlEscape(c.b) << " ("
      << c.joined.size() << "):</strong> " << HtmlEscape(NamesOrNone(c.joined)) << ".</p>\n<p><strong>Left after "
      << HtmlEscape(c.a) << " (" << c.left.size() << "):</strong> " << HtmlEscape(NamesOrNone(c.left)) << ".</p>\n";
  out << "<h2>Figures</h2>\n<table id=\"round-table\">\n<thead><tr><th>Theme</th><th>" << HtmlEscape(c.a) << "</th><th>"
      << HtmlEscape(c.b) << "</th><th>Change (points)</th></tr></thead>\n<tbody>\n";
  for (const RoundThemeChange& t : c.themes) {
    out << "<tr><td>" << HtmlEscape(t.theme.label) << "</td><td class=\"n\">" << Percent(t.share_a) << "% ("
        << t.collaboratives_a << ")</td><td class=\"n\">" << Percent(t.share_b) << "% (" << t.collaboratives_b
        << ")</td><td class=\"n\">" << SignedPoints(t.change_points, "±") << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n<h2>Each collaborative in both rounds</h2>\n<p>" << c.changed.size() + c.unchanged
      << " in both rounds; " << c.unchanged << " with the same themes.</p>\n";
  if (!c.changed.empty()) {
    out << "<table id=\"collaborative-table\">\n<thead><tr><th>Collaborative</th><th>District</th><th>Gained</th>"
           "<th>Dropped</th></tr></thead>\n<tbody>\n";
    for (const CollaborativeChange& k : c.changed) {
      out << "<tr><td>" << HtmlEscape(k.collaborative) << "</td><td>" << HtmlEscape(DistrictShown(k.district)) << "</td><td>"
          << (k.gained.empty() ? "" : HtmlEscape(ThemeNames(c, k.gained))) << "</td><td>"
          << (k.dropped.empty() ? "" : HtmlEscape(ThemeNames(c, k.dropped))) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  out << "</body>\n</html>\n";
}

}  // namespace returns
