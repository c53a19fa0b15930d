// The summary of the current selection: for each theme, the comments,
// returns and collaboratives that mention it, the share of the selection's
// collaboratives (a bar), and pending mentions; with several rounds, the
// rounds side by side; and a last row for the comments with no theme. The
// same figures as `returns summary`.
#include <cstdio>

#include "index/query/selection.h"
#include "index/query/summary.h"
#include "lexicon/codebook/theme_id.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/serve/url.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

std::string Share(double share) {
  char value[16];
  std::snprintf(value, sizeof value, "%.3f", share);
  return "<meter min=\"0\" max=\"1\" value=\"" + std::string(value) + "\"></meter> " + std::to_string(Percent(share)) + "%";
}

std::string Figures(const Summary& s, const SearchState& state) {
  std::string out = "<table class=\"figures\" id=\"summary-table\">\n<thead><tr><th>Theme</th><th>Comments</th>"
                    "<th>Returns</th><th>Collaboratives</th><th>Share of collaboratives</th><th>Pending</th></tr>"
                    "</thead>\n<tbody>\n";
  for (const ThemeLabel& t : s.themes) {
    const ThemeCounts& c = s.overall.at(t.id);
    out += "<tr data-theme=\"" + HtmlEscape(t.id) + "\"><th scope=\"row\"><a href=\"" +
           HtmlEscape(Link("/theme", [&] {
             auto p = StateParams(state);
             p.insert(p.begin(), {"id", t.id});
             return p;
           }())) +
           "\">" + HtmlEscape(t.label) + "</a></th><td class=\"n\"><a href=\"" + HtmlEscape(SearchUrl(WithTheme(state, t.id))) +
           "\">" + std::to_string(c.comments) + "</a></td><td class=\"n\">" + std::to_string(c.returns) +
           "</td><td class=\"n\">" + std::to_string(c.collaboratives) + "</td><td>" + Share(c.collaborative_share) +
           "</td><td class=\"n\">" + std::to_string(c.pending) + "</td></tr>\n";
  }
  // The comments the lexicon found no theme in, as `returns summary` counts
  // them: what the person keeping the lexicon looks at next.
  const ThemeCounts& none = s.overall.at(kNoThemeId);
  out += "<tr class=\"no-theme\" data-theme=\"" + std::string(kNoThemeId) + "\"><th scope=\"row\">" + kNoThemeLabel +
         "</th><td class=\"n\"><a href=\"" + HtmlEscape(SearchUrl(WithTheme(state, kNoThemeId))) + "\">" +
         std::to_string(none.comments) + "</a></td><td class=\"n\">" + std::to_string(none.returns) +
         "</td><td class=\"n\">" + std::to_string(none.collaboratives) + "</td><td>" + Share(none.collaborative_share) +
         "</td><td></td></tr>\n";
  return out + "</tbody>\n</table>\n";
}

// Each theme's share of collaboratives, a column per round.
std::string Rounds(const Summary& s) {
  std::string out = "<h2>Rounds side by side</h2>\n<table class=\"figures\" id=\"rounds-table\">\n<thead><tr><th>Theme</th>";
  for (const std::string& r : s.by_values) {
    out += "<th>" + HtmlEscape(r) + " <small>(" + std::to_string(s.by_totals.at(r).collaboratives) +
           " collaboratives)</small></th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const ThemeLabel& t : s.themes) {
    out += "<tr><th scope=\"row\">" + HtmlEscape(t.label) + "</th>";
    for (const std::string& r : s.by_values) {
      const ThemeCounts& c = s.by_counts.at(r).at(t.id);
      out += "<td>" + Share(c.collaborative_share) + " <small>" + std::to_string(c.collaboratives) + "</small></td>";
    }
    out += "</tr>\n";
  }
  out += "<tr class=\"no-theme\"><th scope=\"row\">" + std::string(kNoThemeLabel) + "</th>";
  for (const std::string& r : s.by_values) {
    const ThemeCounts& c = s.by_counts.at(r).at(kNoThemeId);
    out += "<td>" + Share(c.collaborative_share) + " <small>" + std::to_string(c.collaboratives) + "</small></td>";
  }
  out += "</tr>\n";
  return out + "</tbody>\n</table>\n";
}

}  // namespace

HttpResponse SummaryPage(const Site& site, const HttpRequest& request) {
  Result<SearchState> read = ReadSearchState(request, site.options.limits);
  if (!read.ok()) return SearchFailed(site, read.status());
  SearchState state = read.value();
  state.page = 1;
  const SearchRequest search = SiteRequest(site, state, 0);
  Result<Summary> summary = SummariseSelection(site, search, site.themes.themes(), SummaryDimension::kRound);
  if (!summary.ok()) return SearchFailed(site, summary.status());
  const Summary& s = summary.value();
  const std::string description = DescribeSelection(search);
  std::string main = "<h1>Summary: " + HtmlEscape(description) + "</h1>\n<p>" +
                     Plural(s.totals.comments, "comment", "comments") + " from " +
                     Plural(s.totals.returns, "return", "returns") + " of " +
                     Plural(s.totals.collaboratives, "collaborative", "collaboratives") +
                     ". A theme's share is of the collaboratives in this selection. <a href=\"" +
                     HtmlEscape(SearchUrl(state)) + "\">Back to these comments</a> · save as <a href=\"" +
                     HtmlEscape(Link("/export", [&] {
                       auto p = StateParams(state);
                       p.insert(p.begin(), {{"what", "summary"}, {"format", "html"}});
                       return p;
                     }())) +
                     "\" download>web page</a> · <a href=\"" +
                     HtmlEscape(Link("/export", [&] {
                       auto p = StateParams(state);
                       p.insert(p.begin(), {{"what", "summary"}, {"format", "csv"}});
                       return p;
                     }())) +
                     "\" download>CSV</a></p>\n" + Figures(s, state);
  if (s.by_values.size() > 1) main += Rounds(s);
  return HtmlPage(&site, "Summary", "summary", main);
}

}  // namespace returns::serve
