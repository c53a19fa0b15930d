// Rounds compared as text, Markdown, CSV and JSON (round_compare.h).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "pipeline/reports/round_compare.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"
#include "pipeline/writers/csv_field.h"
#include "pipeline/writers/markdown.h"

namespace returns {
namespace {

size_t Chars(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Padded(const std::string& text, size_t width, bool right = false) {
  const size_t n = Chars(text);
  if (n >= width) return text;
  return right ? std::string(width - n, ' ') + text : text + std::string(width - n, ' ');
}

std::string Heading(const RoundComparison& c, const std::string& selection) {
  return "Rounds compared: " + c.a + " and " + c.b + (selection.empty() ? "" : ", " + selection);
}

std::string Totals(const std::string& round, const SelectionTotals& t) {
  return round + ": " + Counted(t.comments, "comment") + " from " + Counted(t.collaboratives, "collaborative") + ".";
}

void WriteText(const RoundComparison& c, const std::string& selection, std::ostream& out) {
  out << Heading(c, selection) << "\nLike for like: " << QuestionList(c.questions) << "." << LeftOut(c) << "\n"
      << Totals(c.a, c.totals_a) << " " << Totals(c.b, c.totals_b) << "\n\n";
  size_t width = 5;
  for (const RoundThemeChange& t : c.themes) width = std::max(width, Chars(t.theme.label));
  const size_t wa = std::max<size_t>(5, Chars(c.a)), wb = std::max<size_t>(5, Chars(c.b));
  out << Padded("theme", width) << "  " << Padded(c.a, wa, true) << "  " << Padded(c.b, wb, true) << "  change\n";
  for (const RoundThemeChange& t : c.themes) {
    out << Padded(t.theme.label, width) << "  " << Padded(std::to_string(Percent(t.share_a)) + "%", wa, true) << "  "
        << Padded(std::to_string(Percent(t.share_b)) + "%", wb, true) << "  " << Padded(SignedPoints(t.change_points), 6, true)
        << "\n";
  }
  out << "(the share of each round's collaboratives mentioning the theme; the change in percentage points)\n\n";
  out << "New in " << c.b << ": " << ThemeNames(c, c.new_themes) << ".\nGone in " << c.b << ": " << ThemeNames(c, c.gone_themes)
      << ".\nJoined in " << c.b << " (" << c.joined.size() << "): " << NamesOrNone(c.joined) << ".\nLeft after " << c.a << " ("
      << c.left.size() << "): " << NamesOrNone(c.left) << ".\n\nCollaboratives in both rounds: " << c.changed.size() + c.unchanged
      << ", " << c.unchanged << " with the same themes";
  out << (c.changed.empty() ? ".\n" : "; the others:\n");
  for (const CollaborativeChange& k : c.changed) {
    out << "  " << k.collaborative << (k.district.empty() ? " (no district)" : " (" + k.district + ")") << ":";
    if (!k.gained.empty()) out << " gained " << ThemeNames(c, k.gained) << (k.dropped.empty() ? "" : ";");
    if (!k.dropped.empty()) out << " dropped " << ThemeNames(c, k.dropped);
    out << "\n";
  }
}

void WriteMarkdown(const RoundComparison& c, const std::string& selection, std::ostream& out) {
  out << "# " << MarkdownText(Heading(c, selection)) << "\n\nLike for like: " << QuestionList(c.questions) << "."
      << MarkdownText(LeftOut(c)) << " " << MarkdownText(Totals(c.a, c.totals_a)) << " "
      << MarkdownText(Totals(c.b, c.totals_b)) << "\n\n## Share of collaboratives mentioning each theme\n\n| Theme | "
      << MarkdownText(c.a) << " | " << MarkdownText(c.b) << " | Change (points) |\n|---|---:|---:|---:|\n";
  for (const RoundThemeChange& t : c.themes) {
    out << "| " << MarkdownText(t.theme.label) << " | " << Percent(t.share_a) << "% (" << t.collaboratives_a << ") | "
        << Percent(t.share_b) << "% (" << t.collaboratives_b << ") | " << SignedPoints(t.change_points) << " |\n";
  }
  out << "\n## Themes and collaboratives\n\n- **New in " << MarkdownText(c.b) << ":** " << MarkdownText(ThemeNames(c, c.new_themes))
      << "\n- **Gone in " << MarkdownText(c.b) << ":** " << MarkdownText(ThemeNames(c, c.gone_themes)) << "\n- **Joined in "
      << MarkdownText(c.b) << " (" << c.joined.size() << "):** " << MarkdownText(NamesOrNone(c.joined)) << "\n- **Left after "
      << MarkdownText(c.a) << " (" << c.left.size() << "):** " << MarkdownText(NamesOrNone(c.left)) << "\n\n## Each collaborative in both rounds\n\n"
      << c.changed.size() + c.unchanged << " in both rounds; " << c.unchanged << " with the same themes.\n";
  if (c.changed.empty()) return;
  out << "\n| Collaborative | District | Gained | Dropped |\n|---|---|---|---|\n";
  for (const CollaborativeChange& k : c.changed) {
    out << "| " << MarkdownText(k.collaborative) << " | " << MarkdownText(DistrictShown(k.district)) << " | "
        << (k.gained.empty() ? "" : MarkdownText(ThemeNames(c, k.gained))) << " | "
        << (k.dropped.empty() ? "" : MarkdownText(ThemeNames(c, k.dropped))) << " |\n";
  }
}

void WriteCsv(const RoundComparison& c, std::ostream& out) {
  out << CsvHeader({"theme", "label", "round_a", "collaboratives_a", "share_a", "round_b", "collaboratives_b", "share_b",
                    "change_points"});
  for (const RoundThemeChange& t : c.themes) {
    out << CsvRow({CsvField(t.theme.id), CsvField(t.theme.label), CsvField(c.a), CsvField(t.collaboratives_a),
                   CsvField(t.share_a, 4), CsvField(c.b), CsvField(t.collaboratives_b), CsvField(t.share_b, 4),
                   CsvField(t.change_points)});
  }
}

void WriteJson(const RoundComparison& c, const std::string& selection, std::ostream& out) {
  using nlohmann::ordered_json;
  auto round4 = [](double x) { return std::round(x * 10000) / 10000; };
  auto totals = [](const SelectionTotals& t) {
    return ordered_json{{"comments", t.comments}, {"returns", t.returns}, {"collaboratives", t.collaboratives}};
  };
  ordered_json j;
  j["rounds"] = {c.a, c.b};
  j["selection"] = selection;
  j["questions"] = {{"compared", c.questions}, {"only_a", c.only_a}, {"only_b", c.only_b}};
  j["totals"] = {{"a", totals(c.totals_a)}, {"b", totals(c.totals_b)}};
  j["themes"] = ordered_json::array();
  for (const RoundThemeChange& t : c.themes) {
    j["themes"].push_back({{"id", t.theme.id},
                           {"label", t.theme.label},
                           {"a", {{"collaboratives", t.collaboratives_a}, {"share", round4(t.share_a)}}},
                           {"b", {{"collaboratives", t.collaboratives_b}, {"share", round4(t.share_b)}}},
                           {"change_points", t.change_points}});
  }
  j["new_themes"] = c.new_themes;
  j["gone_themes"] = c.gone_themes;
  j["joined"] = c.joined;
  j["left"] = c.left;
  j["collaboratives"] = ordered_json::array();
  for (const CollaborativeChange& k : c.changed) {
    j["collaboratives"].push_back(
        {{"collaborative", k.collaborative}, {"district", k.district}, {"gained", k.gained}, {"dropped", k.dropped}});
  }
  j["unchanged"] = c.unchanged;
  out << j.dump(2) << "\n";
}

}  // namespace

Result<std::string> ComparisonBytes(const RoundComparison& c, const std::string& selection, CompareFormat format) {
  std::ostringstream out;
  switch (format) {
    case CompareFormat::kXlsx: return ComparisonXlsx(c, selection);
    case CompareFormat::kText: WriteText(c, selection, out); break;
    case CompareFormat::kMarkdown: WriteMarkdown(c, selection, out); break;
    case CompareFormat::kCsv: WriteCsv(c, out); break;
    case CompareFormat::kJson: WriteJson(c, selection, out); break;
    case CompareFormat::kHtml: WriteComparisonHtml(c, selection, out); break;
  }
  return out.str();
}

}  // namespace returns
