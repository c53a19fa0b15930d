// What every page of the web app shares: the frame (head, the bar with the
// sections, the database's name and size), the error page, and small pieces
// several pages show — a question's short name, theme chips, the link to a
// comment in its return. Every value from the data or the lexicon goes
// through HtmlEscape (pipeline/writers/html.h); every link through url.h.
// Pure functions of their arguments; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "pipeline/serve/http.h"
#include "pipeline/serve/site.h"

namespace returns::serve {

// The start of a page up to its <main>: `title` (text, escaped here) and the
// section of the bar to mark ("search", "themes", "summary", "corrections").
// `site` may be null (the database could not be opened).
std::string PageStart(const Site* site, const std::string& title, const std::string& section);
// Closes what PageStart opened.
std::string PageEnd();

// A whole page: PageStart + `main_html` + PageEnd.
HttpResponse HtmlPage(const Site* site, const std::string& title, const std::string& section,
                      const std::string& main_html, int status = 200);

// A page saying what went wrong and what to do, in words, never a trace.
// `message` and `hint` are text (escaped here); `extra_html` is the caller's own markup.
HttpResponse ErrorPage(const Site* site, int status, const std::string& title, const std::string& message,
                       const std::string& extra_html = "");

// "Q2 Progress", and the question's whole wording.
std::string QuestionShort(int question);
std::string QuestionWordingText(int question);

// A comment's themes as chips (labels, escaped), pending ones marked.
std::string ThemeChips(const Site& site, const std::vector<std::string>& themes,
                       const std::vector<std::string>& pending);

// The comment page of `round`/`comment_key`; `back`, when a search page's
// URL, is carried so the page can link back to the search.
std::string CommentUrl(const std::string& round, const std::string& comment_key, const std::string& back = "");

// `url` if it is a path on this site that a link may go back to ("/…",
// never "//…" nor a scheme), else "/".
std::string LocalUrl(const std::string& url);

// "1 comment", "2 comments".
std::string Plural(unsigned n, const std::string& one, const std::string& many);

}  // namespace returns::serve
