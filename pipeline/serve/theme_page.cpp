// Themes: the list of every theme with its comments in the selection, and a
// page per theme — counts by district and by question, the typical comments
// to quote (`quotes`), and the comments where it is only pending.
#include <algorithm>
#include <cctype>

#include "index/query/quotes.h"
#include "index/query/selection.h"
#include "index/query/summary.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/serve/url.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

std::vector<std::pair<std::string, std::string>> ThemeParams(const std::string& id, const SearchState& state) {
  auto p = StateParams(state);
  p.insert(p.begin(), {"id", id});
  return p;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Comments, returns and collaboratives of the theme for each value of a dimension.
std::string ByDimension(const Summary& s, const std::string& theme, const std::string& heading, bool questions) {
  std::string out = "<section class=\"by\"><h2>By " + Lower(heading) + "</h2>\n<table class=\"figures\"><thead><tr><th>" +
                    heading + "</th><th>Comments</th><th>Returns</th><th>Collaboratives</th><th>Share of them</th></tr></thead>\n"
                    "<tbody>\n";
  for (const std::string& v : s.by_values) {
    const ThemeCounts& c = s.by_counts.at(v).at(theme);
    if (c.comments == 0) continue;
    const std::string name = questions ? QuestionShort(std::atoi(v.c_str())) : DimensionValueShown(s.by, v);
    out += "<tr><th scope=\"row\">" + HtmlEscape(name) + "</th><td class=\"n\">" + std::to_string(c.comments) +
           "</td><td class=\"n\">" + std::to_string(c.returns) + "</td><td class=\"n\">" +
           std::to_string(c.collaboratives) + " of " + std::to_string(s.by_totals.at(v).collaboratives) +
           "</td><td class=\"n\">" + std::to_string(Percent(c.collaborative_share)) + "%</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string QuoteItem(const CommentRecord& c, const std::string& back) {
  return "<li><blockquote>" + HtmlEscape(c.text) + "</blockquote><p class=\"meta\">" + HtmlEscape(c.district_shown()) + " · " +
         HtmlEscape(c.collaborative_name()) + " · " + QuestionShort(c.question) +
         (c.round.empty() ? "" : " · " + HtmlEscape(c.round)) + " · <a href=\"" +
         HtmlEscape(CommentUrl(c.round, c.comment_key(), back)) + "\">in its return</a></p></li>\n";
}

}  // namespace

HttpResponse ThemesPage(const Site& site, const HttpRequest& request) {
  Result<SearchState> read = ReadSearchState(request, site.options.limits);
  if (!read.ok()) return SearchFailed(site, read.status());
  SearchState state = read.value();
  state.page = 1;
  SearchRequest search = SiteRequest(site, state, 0);
  Result<SearchResults> found = Search(site.index, search);
  if (!found.ok()) return SearchFailed(site, found.status());
  const auto& counts = found.value().theme_facets;
  std::string main = "<h1>Themes</h1>\n<p>The lexicon's themes, with the comments that have each in " +
                     HtmlEscape(DescribeSelection(search)) + " (" + std::to_string(found.value().total) +
                     " comments). Open a theme for its figures, typical comments and pending mentions.</p>\n"
                     "<table class=\"figures\" id=\"themes-table\"><thead><tr><th>Theme</th><th>Id (for "
                     "<code>theme:</code>)</th><th>Comments</th></tr></thead>\n<tbody>\n";
  for (const ThemeLabel& t : site.themes.themes()) {
    const auto it = counts.find(t.id);
    const unsigned n = it == counts.end() ? 0 : it->second;
    main += "<tr><th scope=\"row\"><a href=\"" + HtmlEscape(Link("/theme", ThemeParams(t.id, state))) + "\">" +
            HtmlEscape(t.label) + "</a></th><td><code>" + HtmlEscape(t.id) + "</code></td><td class=\"n\"><a href=\"" +
            HtmlEscape(SearchUrl(WithTheme(state, t.id))) + "\">" + std::to_string(n) + "</a></td></tr>\n";
  }
  main += "</tbody>\n</table>\n";
  return HtmlPage(&site, "Themes", "themes", main);
}

HttpResponse ThemePage(const Site& site, const HttpRequest& request) {
  const std::string id = request.Param("id");
  if (id.empty() || !site.themes.Has(id)) {
    return ErrorPage(&site, 404, "No such theme", "The lexicon has no theme '" + id + "'. See the list of themes.");
  }
  Result<SearchState> read = ReadSearchState(request, site.options.limits);
  if (!read.ok()) return SearchFailed(site, read.status());
  SearchState state = read.value();
  state.page = 1;
  const SearchState with = WithTheme(state, id);
  // The whole selection, so a share is of all its collaboratives in a district, not only those with the theme.
  state.themes.erase(std::remove(state.themes.begin(), state.themes.end(), id), state.themes.end());
  const SearchRequest search = SiteRequest(site, state, 0);
  const std::vector<ThemeLabel> one = {{id, site.themes.Label(id)}};
  Result<std::vector<Summary>> summaries =
      SummariseSelection(site, search, one, {SummaryDimension::kDistrict, SummaryDimension::kQuestion}, true);
  if (!summaries.ok()) return SearchFailed(site, summaries.status());
  const Summary& by_district = summaries.value()[0];
  const Summary& by_question = summaries.value()[1];
  const ThemeCounts& all = by_district.overall.at(id);
  // The comments with the theme that typical comments are picked from: all of
  // them, in appendix order, up to options.quote_candidates; past that the
  // first so many (in appendix order, or the most relevant when there are
  // words), so the page stays quick on a large index.
  const unsigned cap = site.options.quote_candidates;
  const bool words = state.query.find_first_not_of(" \t") != std::string::npos;
  SearchRequest themed = ToSearchRequest(with, 0);
  themed.table = site.table;
  std::vector<CommentRecord> with_theme;
  if (all.comments <= cap) {
    Result<std::vector<CommentRecord>> selection = Select(site.index, themed);
    if (!selection.ok()) return SearchFailed(site, selection.status());
    with_theme = std::move(selection).value();
  } else {
    if (site.table && !words) {
      // Spread over the collaboratives, so that "one per collaborative" has
      // more than the first few in appendix order to choose from.
      Result<std::vector<unsigned>> docids = SelectDocids(site.index, themed);
      if (!docids.ok()) return SearchFailed(site, docids.status());
      Result<std::vector<CommentRecord>> spread =
          ReadComments(site.index, SpreadOverCollaboratives(*site.table, docids.value(), cap));
      if (!spread.ok()) return SearchFailed(site, spread.status());
      with_theme = std::move(spread).value();
    } else {
      themed.limit = cap;
      themed.facets = false;
      Result<SearchResults> first = Search(site.index, themed);
      if (!first.ok()) return SearchFailed(site, first.status());
      for (SearchHit& h : first.value().hits) with_theme.push_back(std::move(h.comment));
    }
  }
  const std::string back = SearchUrl(with);
  std::string main = "<h1>" + HtmlEscape(site.themes.Label(id)) + "</h1>\n<p>" +
                     Plural(all.comments, "comment", "comments") + " from " + Plural(all.returns, "return", "returns") +
                     " of " + Plural(all.collaboratives, "collaborative", "collaboratives") + " (" +
                     std::to_string(Percent(all.collaborative_share)) + "% of the " +
                     std::to_string(by_district.totals.collaboratives) + " in " + HtmlEscape(DescribeSelection(search)) +
                     "); only pending in " + std::to_string(all.pending) +
                     ". <a href=\"" + HtmlEscape(back) + "\">Search these comments</a></p>\n";
  main += "<div class=\"layout-2\">" + ByDimension(by_district, id, "District", false) +
          ByDimension(by_question, id, "Question", true) + "</div>\n";
  main += "<h2>Typical comments</h2>\n<p class=\"note\">The comments most about this theme, one per collaborative "
          "(as <code>returns quotes</code> picks them" +
          (all.comments > cap
               ? (!words && site.table ? ", from " + std::to_string(cap) + " of the " +
                                                           std::to_string(all.comments) + " spread over their collaboratives"
                  : !words ? ", from the first " + std::to_string(cap) + " of the " +
                                              std::to_string(all.comments) + " in appendix order"
                                         : ", from the " + std::to_string(cap) + " most relevant of the " +
                                              std::to_string(all.comments))
               : std::string()) +
          ").</p>\n<ol class=\"quotes\">\n";
  for (const Quote& q : PickTypicalQuotes(with_theme, id, 5)) main += QuoteItem(*q.comment, back);
  main += "</ol>\n";
  // Where the theme is only pending: the first 50, in the order above.
  std::vector<const CommentRecord*> pending;
  std::vector<CommentRecord> pending_read;
  if (all.comments <= cap) {
    for (const CommentRecord& c : with_theme) {
      const auto& p = c.tagging().pending;
      if (std::find(p.begin(), p.end(), id) != p.end()) pending.push_back(&c);
    }
  } else if (all.pending > 0) {
    SearchRequest only_pending = themed;
    only_pending.pending = {id};
    only_pending.limit = 50;
    Result<SearchResults> first = Search(site.index, only_pending);
    if (!first.ok()) return SearchFailed(site, first.status());
    for (SearchHit& h : first.value().hits) pending_read.push_back(std::move(h.comment));
    for (const CommentRecord& c : pending_read) pending.push_back(&c);
  }
  main += "<h2>Only pending: planned, not yet done (" + std::to_string(all.pending) + ")</h2>\n";
  if (pending.empty()) {
    main += "<p class=\"none\">No comment mentions this theme only as planned.</p>\n";
  } else {
    main += "<ol class=\"quotes\">\n";
    for (size_t i = 0; i < pending.size() && i < 50; ++i) main += QuoteItem(*pending[i], back);
    main += "</ol>\n";
    if (all.pending > 50) {
      SearchState p = state;
      p.query = (p.query.empty() ? "" : p.query + " ") + "pending:" + id;
      main += "<p><a href=\"" + HtmlEscape(SearchUrl(p)) + "\">All " + std::to_string(all.pending) +
              " in the search</a></p>\n";
    }
  }
  return HtmlPage(&site, site.themes.Label(id), "themes", main);
}

}  // namespace returns::serve
