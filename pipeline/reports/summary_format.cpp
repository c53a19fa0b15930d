#include "pipeline/reports/summary_format.h"

#include "pipeline/writers/markdown.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "lexicon/codebook/theme_id.h"
#include "pipeline/writers/csv_field.h"

namespace returns {
namespace {

// The row of the comments with no theme (kNoThemeId).
constexpr const char* kNoThemeLabel = "(no theme)";

void WriteText(const Summary& s, const std::string& selection, std::ostream& out) {
  char row[256];
  out << "Themes in " << selection << ": " << s.totals.comments << " comments, " << s.totals.returns << " returns, "
      << s.totals.collaboratives << " collaboratives\n\n";
  std::snprintf(row, sizeof row, "%-40s %8s %7s %14s %6s %7s\n", "theme", "comments", "returns", "collaboratives",
                "share", "pending");
  out << row;
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    std::snprintf(row, sizeof row, "%-40.40s %8u %7u %14u %5d%% %7u\n", t.label.c_str(), c.comments, c.returns,
                  c.collaboratives, Percent(c.collaborative_share), c.pending);
    out << row;
  }
  const ThemeCounts& none = s.overall.at(kNoThemeId);
  std::snprintf(row, sizeof row, "%-40.40s %8u %7u %14u %5d%% %7s\n", kNoThemeLabel, none.comments, none.returns,
                none.collaboratives, Percent(none.collaborative_share), "");
  out << row;
  if (s.by != SummaryDimension::kNone) {
    out << "\nCollaboratives mentioning each theme, by " << DimensionName(s.by) << ":\n";
    for (const std::string& v : s.by_values) {
      out << "\n" << DimensionName(s.by) << " " << v << " (" << s.by_totals.at(v).collaboratives << " collaboratives, "
          << s.by_totals.at(v).comments << " comments)\n";
      for (const ThemeLabel& t : s.themes) {
        const ThemeCounts& c = s.by_counts.at(v).at(t.id);
        if (c.comments == 0) continue;
        std::snprintf(row, sizeof row, "  %-32.32s %8u comments %4u collaboratives %5d%%\n", t.label.c_str(), c.comments,
                      c.collaboratives, Percent(c.collaborative_share));
        out << row;
      }
      if (const ThemeCounts& c = s.by_counts.at(v).at(kNoThemeId); c.comments > 0) {
        std::snprintf(row, sizeof row, "  %-32.32s %8u comments %4u collaboratives %5d%%\n", kNoThemeLabel, c.comments,
                      c.collaboratives, Percent(c.collaborative_share));
        out << row;
      }
    }
  }
  if (!s.cooccurrence.empty()) {
    out << "\nComments sharing both themes:\n";
    for (const ThemeLabel& a : s.themes) {
      for (const ThemeLabel& b : s.themes) {
        const unsigned n = s.cooccurrence.at(a.id).at(b.id);
        if (a.id < b.id && n > 0) out << "  " << a.id << " + " << b.id << ": " << n << "\n";
      }
    }
  }
}

void WriteMarkdown(const Summary& s, const std::string& selection, std::ostream& out) {
  out << "# Themes in the returns\n\n**Selection:** " << MarkdownText(selection) << ". **" << s.totals.comments << "** comments in **"
      << s.totals.returns << "** returns from **" << s.totals.collaboratives << "** collaboratives.\n\n";
  out << "| Theme | Comments | Returns | Collaboratives | Share of collaboratives | Pending |\n"
         "|---|---:|---:|---:|---:|---:|\n";
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    out << "| " << MarkdownText(t.label) << " | " << c.comments << " | " << c.returns << " | " << c.collaboratives << " | "
        << Percent(c.collaborative_share) << "% | " << c.pending << " |\n";
  }
  const ThemeCounts& none = s.overall.at(kNoThemeId);
  out << "| *No theme* | " << none.comments << " | " << none.returns << " | " << none.collaboratives << " | "
      << Percent(none.collaborative_share) << "% | |\n";
  if (s.by != SummaryDimension::kNone) {
    out << "\n## Collaboratives mentioning each theme, by " << DimensionName(s.by) << "\n\n| Theme |";
    for (const std::string& v : s.by_values) out << " " << MarkdownText(v) << " |";
    out << "\n|---|";
    for (size_t i = 0; i < s.by_values.size(); ++i) out << "---:|";
    out << "\n";
    for (const ThemeLabel& t : s.themes) {
      out << "| " << MarkdownText(t.label) << " |";
      for (const std::string& v : s.by_values) out << " " << s.by_counts.at(v).at(t.id).collaboratives << " |";
      out << "\n";
    }
    out << "| *No theme* |";
    for (const std::string& v : s.by_values) out << " " << s.by_counts.at(v).at(kNoThemeId).collaboratives << " |";
    out << "\n";
    out << "| *All collaboratives* |";
    for (const std::string& v : s.by_values) out << " *" << s.by_totals.at(v).collaboratives << "* |";
    out << "\n";
  }
  if (!s.cooccurrence.empty()) {
    out << "\n## Comments sharing both themes\n\n| |";
    for (const ThemeLabel& t : s.themes) out << " " << t.id << " |";
    out << "\n|---|";
    for (size_t i = 0; i < s.themes.size(); ++i) out << "---:|";
    out << "\n";
    for (const ThemeLabel& a : s.themes) {
      out << "| " << a.id << " |";
      for (const ThemeLabel& b : s.themes) out << " " << s.cooccurrence.at(a.id).at(b.id) << " |";
      out << "\n";
    }
  }
}

void WriteCsv(const Summary& s, std::ostream& out) {
  out << CsvHeader({"dimension", "value", "theme", "label", "comments", "returns", "collaboratives",
                    "collaborative_share", "pending"});
  auto row = [&](const std::string& dim, const std::string& value, const ThemeLabel& t, const ThemeCounts& c) {
    out << CsvRow({CsvField(dim), CsvField(value), CsvField(t.id), CsvField(t.label), CsvField(c.comments),
                   CsvField(c.returns), CsvField(c.collaboratives), CsvField(c.collaborative_share, 4),
                   CsvField(c.pending)});
  };
  const ThemeLabel none{kNoThemeId, kNoThemeLabel};
  for (const ThemeLabel& t : s.themes) row("all", "", t, s.overall.at(t.id));
  row("all", "", none, s.overall.at(kNoThemeId));
  for (const std::string& v : s.by_values) {
    for (const ThemeLabel& t : s.themes) row(DimensionName(s.by), v, t, s.by_counts.at(v).at(t.id));
    row(DimensionName(s.by), v, none, s.by_counts.at(v).at(kNoThemeId));
  }
}

nlohmann::ordered_json CountsJson(const ThemeCounts& c) {
  return {{"comments", c.comments},
          {"returns", c.returns},
          {"collaboratives", c.collaboratives},
          {"collaborative_share", std::round(c.collaborative_share * 10000) / 10000},
          {"pending", c.pending}};
}

void WriteJson(const Summary& s, const std::string& selection, std::ostream& out) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["selection"] = {{"description", selection}};
  j["totals"] = {{"comments", s.totals.comments}, {"returns", s.totals.returns}, {"collaboratives", s.totals.collaboratives}};
  j["themes"] = ordered_json::array();
  for (const ThemeLabel& t : s.themes) {
    ordered_json x = {{"id", t.id}, {"label", t.label}};
    x.update(CountsJson(s.overall.at(t.id)));
    j["themes"].push_back(std::move(x));
  }
  j["no_theme"] = CountsJson(s.overall.at(kNoThemeId));
  j["no_theme"].erase("pending");
  ordered_json by = ordered_json::object();
  if (s.by != SummaryDimension::kNone) {
    by["dimension"] = DimensionName(s.by);
    by["values"] = ordered_json::object();
    for (const std::string& v : s.by_values) {
      const SelectionTotals& t = s.by_totals.at(v);
      ordered_json cell;
      cell["totals"] = {{"comments", t.comments}, {"returns", t.returns}, {"collaboratives", t.collaboratives}};
      cell["themes"] = ordered_json::object();
      for (const ThemeLabel& th : s.themes) cell["themes"][th.id] = CountsJson(s.by_counts.at(v).at(th.id));
      cell["no_theme"] = CountsJson(s.by_counts.at(v).at(kNoThemeId));
      cell["no_theme"].erase("pending");
      by["values"][v] = std::move(cell);
    }
  }
  j["by"] = std::move(by);
  if (!s.cooccurrence.empty()) {
    ordered_json co = ordered_json::object();
    for (const ThemeLabel& a : s.themes) {
      for (const ThemeLabel& b : s.themes) co[a.id][b.id] = s.cooccurrence.at(a.id).at(b.id);
    }
    j["cooccurrence"] = std::move(co);
  }
  out << j.dump(2) << "\n";
}

}  // namespace

int Percent(double share) { return static_cast<int>(std::lround(share * 100)); }

void WriteSummary(const Summary& s, const std::string& selection, SummaryFormat format, std::ostream& out) {
  switch (format) {
    case SummaryFormat::kText: return WriteText(s, selection, out);
    case SummaryFormat::kMarkdown: return WriteMarkdown(s, selection, out);
    case SummaryFormat::kCsv: return WriteCsv(s, out);
    case SummaryFormat::kJson: return WriteJson(s, selection, out);
    case SummaryFormat::kHtml: return WriteSummaryHtml(s, selection, out);
  }
}

}  // namespace returns
