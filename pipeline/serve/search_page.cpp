// The search page: the query box with its help, the chosen filters, the
// facets with exact counts over the whole match set, the results with
// highlighted snippets, paging and the export links.
#include <algorithm>

#include "corpus/text/snippet.h"
#include "index/query/filter_values.h"
#include "index/query/search.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/serve/url.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

struct FacetItem {
  std::string value;  // what the filter takes
  std::string label;  // what the page shows
  unsigned count = 0;
  bool chosen = false;
  std::string href;   // the search with this value chosen, or (when chosen) without it
};

// One facet: a heading and its values as links; beyond `shown`, the rest folded away.
std::string FacetList(const std::string& name, const std::string& heading, const std::vector<FacetItem>& items,
                      size_t shown = 12) {
  if (items.empty()) return {};
  std::string out = "<section class=\"facet\" data-facet=\"" + name + "\">\n<h2>" + heading + "</h2>\n<ul>\n";
  auto item = [&](const FacetItem& f) {
    return "<li><a class=\"facet-value" + std::string(f.chosen ? " chosen" : "") + "\" href=\"" + HtmlEscape(f.href) +
           "\" data-value=\"" + HtmlEscape(f.value) + "\"" +
           (f.chosen ? " title=\"chosen: click to remove\" aria-current=\"true\"" : "") + "><span class=\"name\">" +
           HtmlEscape(f.label) + "</span><span class=\"count\">" + std::to_string(f.count) + "</span></a></li>\n";
  };
  for (size_t i = 0; i < items.size() && i < shown; ++i) out += item(items[i]);
  out += "</ul>\n";
  if (items.size() > shown) {
    out += "<details><summary>" + std::to_string(items.size() - shown) + " more</summary>\n<ul>\n";
    for (size_t i = shown; i < items.size(); ++i) out += item(items[i]);
    out += "</ul>\n</details>\n";
  }
  return out + "</section>\n";
}

void ByCount(std::vector<FacetItem>& items) {
  std::stable_sort(items.begin(), items.end(), [](const FacetItem& a, const FacetItem& b) {
    if (a.chosen != b.chosen) return a.chosen;
    return a.count > b.count;
  });
}

// A single-valued filter's facet (district, collaborative, round).
std::vector<FacetItem> FilterFacet(const SearchState& state, const std::string& name, const std::string& current,
                                   const std::map<std::string, unsigned>& counts) {
  std::vector<FacetItem> items;
  for (const auto& [value, count] : counts) {
    FacetItem f{value, value, count, value == current, ""};
    f.href = SearchUrl(WithFilter(state, name, f.chosen ? "" : value));
    items.push_back(std::move(f));
  }
  return items;
}

std::string Facets(const Site& site, const SearchState& state, const SearchResults& r) {
  std::vector<FacetItem> themes;
  for (const auto& [id, count] : r.theme_facets) {
    const bool chosen = std::find(state.themes.begin(), state.themes.end(), id) != state.themes.end();
    themes.push_back({id, site.themes.Label(id), count, chosen,
                      SearchUrl(chosen ? WithoutTheme(state, id) : WithTheme(state, id))});
  }
  ByCount(themes);
  std::vector<FacetItem> districts = FilterFacet(state, "district", state.district, r.district_facets);
  std::vector<FacetItem> collaboratives = FilterFacet(state, "collaborative", state.collaborative, r.collaborative_facets);
  ByCount(collaboratives);
  std::vector<FacetItem> questions;
  for (const auto& [value, count] : r.question_facets) {
    const int q = value.size() == 1 && value[0] >= '1' && value[0] <= '5' ? value[0] - '0' : 0;
    if (!q) continue;
    const bool chosen = q == state.question;
    questions.push_back({value, QuestionShort(q), count, chosen, SearchUrl(WithQuestion(state, chosen ? 0 : q))});
  }
  std::vector<FacetItem> rounds = FilterFacet(state, "round", state.round, r.round_facets);
  std::reverse(rounds.begin(), rounds.end());  // the latest first
  std::string lists = FacetList("theme", "Theme", themes, 25) + FacetList("district", "District", districts) +
                      FacetList("question", "Question", questions) +
                      FacetList("collaborative", "Collaborative", collaboratives, 10) + FacetList("round", "Round", rounds);
  if (lists.empty()) lists = "<p class=\"none\">Nothing to narrow: no comment matches.</p>\n";
  return "<aside class=\"facets\" aria-label=\"Narrow the search\">\n" + lists + "</aside>\n";
}

// The chosen filters, each with a link that takes it away.
std::string Chosen(const Site& site, const SearchState& state) {
  std::string out;
  auto chip = [&](const std::string& what, const std::string& value, const SearchState& without) {
    out += "<a class=\"filter\" href=\"" + HtmlEscape(SearchUrl(without)) + "\" title=\"remove this filter\">" + what +
           ": <b>" + HtmlEscape(value) + "</b> <span aria-hidden=\"true\">×</span></a> ";
  };
  for (const std::string& t : state.themes) chip("theme", site.themes.Label(t), WithoutTheme(state, t));
  if (!state.district.empty()) chip("district", state.district, WithFilter(state, "district", ""));
  if (!state.collaborative.empty()) chip("collaborative", state.collaborative, WithFilter(state, "collaborative", ""));
  if (state.question) chip("question", QuestionShort(state.question), WithQuestion(state, 0));
  if (!state.round.empty()) chip("round", state.round, WithFilter(state, "round", ""));
  for (const std::string& a : state.attributes) chip("attribute", a, WithoutAttribute(state, a));
  if (out.empty()) return {};
  SearchState only_query;
  only_query.query = state.query;
  return "<p class=\"chosen\">Filters: " + out + "<a class=\"clear\" href=\"" + HtmlEscape(SearchUrl(only_query)) +
         "\">clear all</a></p>\n";
}

std::string QueryForm(const SearchState& state, const StateLimits& limits) {
  std::string out = "<form class=\"query\" action=\"/\" method=\"get\" role=\"search\">\n"
                    "<input type=\"search\" name=\"q\" id=\"q\" value=\"" + HtmlEscape(state.query) +
                    "\" maxlength=\"" + std::to_string(limits.max_query_bytes) +
                    "\" placeholder='words, \"a phrase\", theme:moderation, district:Dover' "
                    "aria-label=\"Search the comments\" autocomplete=\"off\">\n";
  // The filters stay when the query changes.
  for (const auto& [name, value] : StateParams(state)) {
    if (name == "q" || name == "page" || value.empty()) continue;
    out += "<input type=\"hidden\" name=\"" + HtmlEscape(name) + "\" value=\"" + HtmlEscape(value) + "\">\n";
  }
  return out + "<button type=\"submit\">Search</button>\n</form>\n";
}

std::string Exports(const SearchState& state) {
  SearchState all = state;
  all.page = 1;
  auto link = [&](const std::string& what, const std::string& format, const std::string& label, bool redact = false) {
    std::vector<std::pair<std::string, std::string>> params = {{"what", what}, {"format", format}};
    if (redact) params.push_back({"redact", "1"});
    for (auto& p : StateParams(all)) params.push_back(p);
    return "<a href=\"" + HtmlEscape(Link("/export", params)) + "\" data-export=\"" + what + "-" + format +
           (redact ? "-redacted" : "") + "\" download>" + label + "</a>";
  };
  return "<p class=\"exports\">Save these comments: appendix " + link("appendix", "docx", "Word") + " · " +
         link("appendix", "html", "web page") + " · " + link("appendix", "md", "Markdown") + " · " +
         link("appendix", "csv", "CSV") + " — summary " + link("summary", "html", "web page") + " · " +
         link("summary", "csv", "CSV") + " — <a href=\"" + HtmlEscape(Link("/summary", StateParams(all))) +
         "\">see the summary</a><br>\nWithout personal names (check them first with <code>returns redactions</code>): appendix " +
         link("appendix", "docx", "Word", true) + " · " + link("appendix", "html", "web page", true) + " · " +
         link("appendix", "md", "Markdown", true) + " · " + link("appendix", "csv", "CSV", true) + "</p>\n";
}

std::string Hit(const Site& site, const SearchHit& h, const std::string& back) {
  const CommentRecord& c = h.comment;
  std::string leads;
  for (const std::string& l : c.lead_school_names()) leads += (leads.empty() ? "" : "; ") + l;
  std::string out = "<li class=\"hit\" value=\"" + std::to_string(h.rank) + "\">\n<p class=\"where\"><span class=\"district\">" +
                    HtmlEscape(c.district_shown()) + "</span> · <span class=\"collaborative\">" +
                    HtmlEscape(c.collaborative_name()) + "</span> · <span class=\"lead\" title=\"lead school(s)\">" +
                    HtmlEscape(leads) + "</span></p>\n";
  out += "<blockquote class=\"snippet\">" + Snippet(c.text, h.highlights, "<mark>", "</mark>", 320, HtmlEscape) +
         "</blockquote>\n";
  out += "<p class=\"meta\"><span class=\"question\" title=\"" + HtmlEscape(QuestionWordingText(c.question)) + "\">" +
         QuestionShort(c.question) + "</span>" +
         (c.round.empty() ? "" : " · <span class=\"round\">" + HtmlEscape(c.round) + "</span>") +
         (c.heading ? " · <span class=\"heading\">" + HtmlEscape(*c.heading) + "</span>" : "") + "</p>\n";
  out += "<p class=\"tags\">" + ThemeChips(site, c.tagging().themes, c.tagging().pending) + "<a class=\"open\" href=\"" +
         HtmlEscape(CommentUrl(c.round, c.comment_key(), back)) + "\">Read it in its return →</a></p>\n</li>\n";
  return out;
}

std::string Paging(const SearchState& state, unsigned total, unsigned page_size) {
  const unsigned pages = (total + page_size - 1) / page_size;
  if (pages <= 1) return {};
  std::string out = "<nav class=\"pages\" aria-label=\"Pages of results\">";
  SearchState s = state;
  if (state.page > 1) {
    s.page = state.page - 1;
    out += "<a rel=\"prev\" href=\"" + HtmlEscape(SearchUrl(s)) + "\">‹ Previous</a> ";
  }
  out += "<span>Page " + std::to_string(state.page) + " of " + std::to_string(pages) + "</span>";
  if (state.page < pages) {
    s.page = state.page + 1;
    out += " <a rel=\"next\" href=\"" + HtmlEscape(SearchUrl(s)) + "\">Next ›</a>";
  }
  return out + "</nav>\n";
}

}  // namespace

std::string QueryHelpHtml() {
  return "<details class=\"help\"><summary>How to search</summary>\n<table>\n"
         "<tr><th>Type</th><th>To find</th></tr>\n"
         "<tr><td><code>learning walk</code></td><td>comments with both words, in any form (walk, walks, walking)</td></tr>\n"
         "<tr><td><code>\"learning walk\"</code></td><td>the words together, in that order, in any form (Learning Walks)</td></tr>\n"
         "<tr><td><code>moderation OR levelling</code></td><td>either word</td></tr>\n"
         "<tr><td><code>moderation NOT maths</code>, <code>moderation -maths</code></td><td>the first without the second</td></tr>\n"
         "<tr><td><code>moderat*</code></td><td>words that start so (moderate, moderation, moderators)</td></tr>\n"
         "<tr><td><code>theme:moderation</code></td><td>comments tagged with a theme (its id: see Themes)</td></tr>\n"
         "<tr><td><code>pending:moderation</code></td><td>comments where the theme is only planned, not yet done</td></tr>\n"
         "<tr><td><code>district:Dover</code>, <code>collaborative:\"Coastal Alliance\"</code>, "
         "<code>lead:\"Priory Fields\"</code>, <code>question:2</code>, <code>round:2013-03</code></td>"
         "<td>only those comments; a name with spaces in quotes</td></tr>\n"
         "<tr><td><code>attribute:email=jo@school.org</code>, <code>attribute:respondent=\"Jo Smith\"</code></td>"
         "<td>comments of returns with that attribute (a Forms column such as email, respondent, response_id)</td></tr>\n"
         "</table>\n<p>Words are all required unless joined by OR. Capitals do not matter, in words or in filter values, "
         "nor does punctuation in filter values. Clicking a facet adds it to the filters; click a chosen one, or "
         "its × above the results, to remove it.</p>\n</details>\n";
}

HttpResponse SearchFailed(const Site& site, const Status& status) {
  if (status.code() == Status::Code::kInvalidInput) {
    return ErrorPage(&site, 400, "This search cannot be run", status.message(),
                     "<p>Change the query and search again:</p>\n" + QueryHelpHtml());
  }
  return ErrorPage(&site, 500, "The search failed", status.message(),
                   "<p>The database could not be read. If an <code>index</code> run is rebuilding it, try again in a "
                   "moment.</p>\n");
}

HttpResponse SearchPage(const Site& site, const HttpRequest& request) {
  Result<SearchState> read = ReadSearchState(request, site.options.limits);
  if (!read.ok()) return SearchFailed(site, read.status());
  const SearchState& state = read.value();
  const unsigned page_size = site.options.page_size;
  Result<SearchResults> found = Search(site.index, SiteRequest(site, state, page_size));
  if (!found.ok()) return SearchFailed(site, found.status());
  const SearchResults& r = found.value();
  if (r.hits.empty() && state.page > 1 && r.total > 0) {
    SearchState first = state;
    first.page = 1;
    return Redirect(SearchUrl(first));
  }
  const std::string here = SearchUrl(state);
  std::string main = QueryForm(state, site.options.limits) + QueryHelpHtml() + Chosen(site, state);
  main += "<div class=\"layout\">\n" + Facets(site, state, r) + "<section class=\"results\" aria-live=\"polite\">\n";
  main += "<p class=\"total\"><b id=\"total\">" + std::to_string(r.total) + "</b> " +
          (r.total == 1 ? "comment matches" : "comments match");
  if (!state.query.empty()) main += " <q class=\"query\">" + HtmlEscape(state.query) + "</q>";
  if (!r.hits.empty()) {
    main += "; showing " + std::to_string(r.hits.front().rank) + "–" + std::to_string(r.hits.back().rank);
  }
  main += r.hits.empty() || state.query.empty() ? "" : ", best first";
  main += ".</p>\n";
  if (r.total > 0) main += Exports(state);
  if (r.hits.empty() && r.total == 0) {
    // A value nothing holds (a typed district:Dovr) is named, with the nearest (filter_values.h).
    const Status unknown = CheckEmptySelection(site.index, SiteRequest(site, state, page_size), nullptr);
    if (!unknown.ok()) main += "<p class=\"empty unknown\">" + HtmlEscape(unknown.message()) + "</p>\n";
  }
  if (r.hits.empty()) {
    main += "<p class=\"empty\">No comment matches" + std::string(Narrowed(state) ? "" : " (the database is empty)") +
            ". Try fewer words, a word's start with <code>*</code>, or remove a filter.</p>\n";
  } else {
    main += "<ol class=\"hits\">\n";
    for (const SearchHit& h : r.hits) main += Hit(site, h, here);
    main += "</ol>\n";
  }
  main += Paging(state, r.total, page_size) + "</section>\n</div>\n";
  const std::string title = state.query.empty() ? "Search" : state.query + " – search";
  return HtmlPage(&site, title, "search", main);
}

}  // namespace returns::serve
