// What every page of the web app reads: the open index, the lexicon's theme
// labels, the corrections file, the page token and the options. The App
// (app.h) owns these and hands a Site to a page for one request, holding the
// index lock meanwhile; a page only reads the Site (the corrections file
// locks itself).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "index/query/facet_table.h"
#include "index/query/search.h"
#include "index/query/summary.h"
#include "index/store/index_reader.h"
#include "lexicon/matcher/matcher.h"
#include "lexicon/redact/redaction_setup.h"
#include "pipeline/serve/corrections.h"
#include "pipeline/serve/search_state.h"

namespace returns::serve {

// Settings of `returns serve`, with their defaults.
struct ServeOptions {
  std::vector<std::string> db;   // a database (or several searched as one); required
  std::string corrections_path;  // where corrections are appended; required (the CLI picks one beside the database)
  std::string lexicon_path;      // theme labels and evaluation; empty: the database's lexicon, else the bundled one
  unsigned page_size = 20;       // results a page
  StateLimits limits;            // the most a URL may ask for
  size_t max_body_bytes = 16384; // the largest request body (a form) taken
  bool local_only = true;        // answer only requests addressed to this machine (Host: 127.0.0.1, localhost, [::1])
  RedactSettings redact;         // the lists redacted exports use (the style is the request's)
  unsigned quote_candidates = 2000;  // the most comments a theme page reads to pick typical ones from
};

// The lexicon's themes, in lexicon order, with labels.
class ThemeCatalog {
 public:
  ThemeCatalog() = default;
  explicit ThemeCatalog(std::vector<ThemeLabel> themes);
  const std::vector<ThemeLabel>& themes() const { return themes_; }
  // The label of `id`, or `id` itself when the lexicon has no such theme.
  const std::string& Label(const std::string& id) const;
  bool Has(const std::string& id) const { return index_.count(id) > 0; }

 private:
  std::vector<ThemeLabel> themes_;
  std::map<std::string, size_t> index_;
};

struct Site {
  const IndexReader& index;
  const IndexInfo& info;         // what the database held when last (re)opened
  const ThemeCatalog& themes;
  const Matcher& matcher;        // the lexicon compiled: the corrections page evaluates it
  const ServeOptions& options;
  CorrectionsFile& corrections;
  const std::string& token;      // the page token a form must send back
  // Redaction of exports (redact=1): by style, [name] and initials; null when
  // it could not be built (no word list: `redact_error` says why).
  const Redactor* redactor = nullptr;
  const Redactor* redactor_initials = nullptr;
  std::string redact_error;
  // Every comment's facets in memory, built when the database was (re)opened:
  // facet counts and summaries read it instead of the documents. Null when it
  // could not be built (remote shards): pages read the documents then.
  const FacetTable* table = nullptr;
};

// ToSearchRequest (search_state.h) with the Site's facet table.
SearchRequest SiteRequest(const Site& site, const SearchState& state, unsigned page_size);

// The summary of a request's whole selection: from the facet table when the
// Site has one (a pass over a few integers a comment), else from the
// comments read (Select, Summarise) — the same numbers either way.
Result<Summary> SummariseSelection(const Site& site, const SearchRequest& request, const std::vector<ThemeLabel>& themes,
                                   SummaryDimension by);
// The same by several dimensions at once: the selection is read once. With
// `listed_only`, themes not in `themes` may be left out (SummariseTable).
Result<std::vector<Summary>> SummariseSelection(const Site& site, const SearchRequest& request,
                                                const std::vector<ThemeLabel>& themes,
                                                const std::vector<SummaryDimension>& by, bool listed_only = false);

}  // namespace returns::serve
