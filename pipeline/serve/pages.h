// The pages of the web app, one function each (one file each), called by the
// App (app.h) with the Site and the request; each gives the whole response.
// None throws; a bad request gets an error page that says what to change.
//
//   GET  /                 search: query box, facets, results, paging (search_page.cpp)
//   GET  /comment          a comment in its whole return, why each tag (comment_page.cpp)
//   POST /corrections      a tag marked wrong or a missing theme added (correction_post.cpp)
//   GET  /corrections      the corrections made, and the lexicon measured on them (corrections_page.cpp)
//   GET  /export           the selection as an appendix or a summary file (export.cpp)
//   GET  /themes, /theme   every theme; one theme's counts, quotes and pending comments (theme_page.cpp)
//   GET  /summary          the selection's theme figures (summary_page.cpp)
#pragma once

#include "pipeline/serve/http.h"
#include "pipeline/serve/site.h"

namespace returns::serve {

HttpResponse SearchPage(const Site& site, const HttpRequest& request);
HttpResponse CommentPage(const Site& site, const HttpRequest& request);
HttpResponse PostCorrection(const Site& site, const HttpRequest& request);
HttpResponse CorrectionsPage(const Site& site, const HttpRequest& request);
HttpResponse ExportSelection(const Site& site, const HttpRequest& request);
HttpResponse ThemesPage(const Site& site, const HttpRequest& request);
HttpResponse ThemePage(const Site& site, const HttpRequest& request);
HttpResponse SummaryPage(const Site& site, const HttpRequest& request);

// The help on the query syntax, as the search page and the bad-query page show it.
std::string QueryHelpHtml();

// The error page for a search that failed: a query the parser rejects (400,
// with the help), a bad URL value (400), or the index failing (500).
HttpResponse SearchFailed(const Site& site, const Status& status);

}  // namespace returns::serve
