#include "pipeline/reports/summary_format.h"

#include "pipeline/writers/markdown.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <sstream>

#include "lexicon/codebook/theme_id.h"
#include "pipeline/reports/wording.h"
#include "pipeline/writers/csv_field.h"

namespace returns {
namespace {

// Characters (code points) in UTF-8 `text`: what a terminal column holds.
size_t Chars(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// `text` padded with spaces to `width` characters; never cut.
std::string Padded(const std::string& text, size_t width) {
  const size_t n = Chars(text);
  return n >= width ? text : text + std::string(width - n, ' ');
}

void WriteText(const Summary& s, const std::string& selection, std::ostream& out) {
  char row[128];
  size_t width = 40;  // the theme column: the longest label, never cut
  for (const ThemeLabel& t : s.themes) width = std::max(width, Chars(t.label));
  out << "Themes in " << selection << ": " << Counted(s.totals.comments, "comment") << ", "
      << Counted(s.totals.returns, "return") << ", " << Counted(s.totals.collaboratives, "collaborative") << "\n\n";
  std::snprintf(row, sizeof row, " %8s %7s %14s %6s %7s\n", "comments", "returns", "collaboratives", "share", "pending");
  out << Padded("theme", width) << row;
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    std::snprintf(row, sizeof row, " %8u %7u %14u %5d%% %7u\n", c.comments, c.returns, c.collaboratives,
                  Percent(c.collaborative_share), c.pending);
    out << Padded(t.label, width) << row;
  }
  const ThemeCounts& none = s.overall.at(kNoThemeId);
  std::snprintf(row, sizeof row, " %8u %7u %14u %5d%% %7s\n", none.comments, none.returns, none.collaboratives,
                Percent(none.collaborative_share), "");
  out << Padded(kNoThemeLabel, width) << row;
  if (s.by != SummaryDimension::kNone) {
    out << "\nCollaboratives mentioning each theme, by " << DimensionName(s.by) << ":\n";
    for (const std::string& v : s.by_values) {
      out << "\n" << (v.empty() ? DimensionValueShown(s.by, v) : DimensionName(s.by) + " " + v) << " (" << Counted(s.by_totals.at(v).collaboratives, "collaborative")
          << ", " << Counted(s.by_totals.at(v).comments, "comment") << ")\n";
      for (const ThemeLabel& t : s.themes) {
        const ThemeCounts& c = s.by_counts.at(v).at(t.id);
        if (c.comments == 0) continue;
        std::snprintf(row, sizeof row, " %8u %-8s %4u %-14s %5d%%\n", c.comments, Noun(c.comments, "comment").c_str(),
                      c.collaboratives, Noun(c.collaboratives, "collaborative").c_str(), Percent(c.collaborative_share));
        out << "  " << Padded(t.label, width) << row;
      }
      if (const ThemeCounts& c = s.by_counts.at(v).at(kNoThemeId); c.comments > 0) {
        std::snprintf(row, sizeof row, " %8u %-8s %4u %-14s %5d%%\n", c.comments, Noun(c.comments, "comment").c_str(),
                      c.collaboratives, Noun(c.collaboratives, "collaborative").c_str(), Percent(c.collaborative_share));
        out << "  " << Padded(kNoThemeLabel, width) << row;
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
  out << "# Themes in the returns\n\n**Selection:** " << MarkdownText(selection) << ". **" << s.totals.comments << "** "
      << Noun(s.totals.comments, "comment") << " in **" << s.totals.returns << "** " << Noun(s.totals.returns, "return")
      << " from **" << s.totals.collaboratives << "** " << Noun(s.totals.collaboratives, "collaborative") << ".\n\n";
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
    for (const std::string& v : s.by_values) out << " " << MarkdownText(DimensionValueShown(s.by, v)) << " |";
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

void SortThemes(Summary& s, SummarySort sort) {
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  auto by = [&](auto key) {
    std::stable_sort(s.themes.begin(), s.themes.end(),
                     [&](const ThemeLabel& a, const ThemeLabel& b) { return key(a) > key(b); });
  };
  switch (sort) {
    case SummarySort::kCodebook: return;
    case SummarySort::kShare:
      return by([&](const ThemeLabel& t) { return std::pair(s.overall.at(t.id).collaboratives, s.overall.at(t.id).comments); });
    case SummarySort::kComments:
      return by([&](const ThemeLabel& t) { return std::pair(s.overall.at(t.id).comments, s.overall.at(t.id).collaboratives); });
    case SummarySort::kLabel:
      std::stable_sort(s.themes.begin(), s.themes.end(),
                       [&](const ThemeLabel& a, const ThemeLabel& b) { return lower(a.label) < lower(b.label); });
      return;
  }
}

Result<std::string> SummaryBytes(const Summary& s, const std::string& selection, SummaryFormat format) {
  if (format == SummaryFormat::kXlsx) return SummaryXlsx(s, selection);
  std::ostringstream out;
  WriteSummary(s, selection, format, out);
  return out.str();
}

void WriteSummary(const Summary& s, const std::string& selection, SummaryFormat format, std::ostream& out) {
  switch (format) {
    case SummaryFormat::kText: return WriteText(s, selection, out);
    case SummaryFormat::kMarkdown: return WriteMarkdown(s, selection, out);
    case SummaryFormat::kCsv: return WriteCsv(s, out);
    case SummaryFormat::kJson: return WriteJson(s, selection, out);
    case SummaryFormat::kHtml: return WriteSummaryHtml(s, selection, out);
    case SummaryFormat::kXlsx: {
      Result<std::string> bytes = SummaryXlsx(s, selection);
      if (bytes.ok()) out << bytes.value();
      else out.setstate(std::ios::failbit);
      return;
    }
  }
}

}  // namespace returns
