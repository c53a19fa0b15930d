// The web app of `returns serve`: one object that answers requests — routing
// them to the pages (pages.h), serving the page's own CSS and JavaScript
// (assets.h), and keeping it safe by default:
//
//   - requests addressed to another host name are refused when local_only
//     (the default): a page elsewhere cannot reach this one through DNS tricks;
//   - a POST must carry the token this App put in its forms (no cross-site
//     writes) and, when the browser says where it comes from, come from here;
//   - every value a URL carries is bounded (search_state.h), and every page
//     is sent with a Content-Security-Policy that runs no inline script;
//   - the index is opened read-only and reopened when an `index` run has
//     committed since the last request, so the page follows the database
//     without a restart and without an error while indexing happens.
//
// No socket here: server.h connects an App to HTTP, and tests call Handle().
// Thread-safe: Handle() may be called from many threads; requests that read
// the index take turns (a Xapian database is not shared between threads).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "corpus/base/status.h"
#include "pipeline/serve/http.h"
#include "pipeline/serve/site.h"

namespace returns::serve {

class App {
 public:
  // Opens the database, loads the lexicon for theme labels, checks the
  // corrections file can be written, and makes the page token (random).
  static Result<std::unique_ptr<App>> Open(ServeOptions options);

  // Answers one request. Every response carries the safety headers and
  // "Server-Timing: app;dur=MS", the time it took here (one decimal).
  HttpResponse Handle(const HttpRequest& request);

  const ServeOptions& options() const { return options_; }
  // The token the page's forms carry; tests read it as a page would.
  const std::string& token() const { return token_; }

 private:
  explicit App(ServeOptions options);
  // The index at its latest revision, reopened (or opened again) if need be;
  // with the lexicon reloaded when the database's has changed. REQUIRES: mutex_ held.
  Status Refresh();
  Status LoadLexicon();
  HttpResponse Route(const HttpRequest& request);

  ServeOptions options_;
  CorrectionsFile corrections_;
  std::string token_;
  std::mutex mutex_;  // guards everything below
  std::optional<IndexReader> index_;
  IndexInfo info_;
  std::string lexicon_key_;  // the lexicon the labels came from
  ThemeCatalog themes_;
  std::optional<Matcher> matcher_;
  std::optional<Redactor> redactor_, redactor_initials_;  // built with the lexicon
  std::string redact_error_;                              // why they could not be
  std::optional<FacetTable> table_;                       // built at each (re)open; none for remote shards
  bool stale_ = true;  // info_, the lexicon and table_ not yet made for the index's revision
};

// Adds the headers every response carries: the Content-Security-Policy (only
// this site's own scripts and styles run; no frames; forms post here), no
// MIME sniffing, no referrer to other sites, and no caching of pages.
void AddSafetyHeaders(HttpResponse& response);

}  // namespace returns::serve
