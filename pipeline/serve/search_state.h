// What a page shows of the index, as its URL says it: the query, the filters
// and the page of results. Every page that works on a selection (search,
// summary, theme, export) reads the URL the same way, and every link writes
// it back the same way, so the URL holds the whole state: a search can be
// bookmarked and shared.
//
//   /?q=%22learning%20walk%22&theme=moderation&district=Dover&page=2
//
// Names: q (the query, in `search`'s syntax), theme (repeatable: all must
// hold), district, collaborative, question (1-5), round, attribute
// (NAME=VALUE, repeatable: SearchRequest::attributes), page (from 1).
// Reading bounds every value, so no request can ask for unbounded work.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "corpus/base/status.h"
#include "index/query/search.h"
#include "pipeline/serve/http.h"

namespace returns::serve {

struct SearchState {
  std::string query;
  std::vector<std::string> themes;  // all must hold
  std::string district, collaborative, round;
  int question = 0;  // 0: any
  std::vector<std::string> attributes;  // NAME=VALUE, each checked by ParseAttributeFilter
  unsigned page = 1;
};

// The most a URL may ask for. Defaults: a query of 1,000 bytes, a filter
// value of 300, 20 themes (and 20 attributes), page 100,000.
struct StateLimits {
  size_t max_query_bytes = 1000;
  size_t max_value_bytes = 300;
  size_t max_themes = 20;
  unsigned max_page = 100000;
};

// The state the request's parameters say, or InvalidInput saying (to the
// user) which value is unusable: not UTF-8, too long, a question that is not
// 1-5, an attribute that is not NAME=VALUE, a page that is not a number.
Result<SearchState> ReadSearchState(const HttpRequest& request, const StateLimits& limits = {});

// The search the state stands for, `page_size` results a page.
SearchRequest ToSearchRequest(const SearchState& state, unsigned page_size);

// The state's parameters in their one order (q, theme…, district,
// collaborative, question, round, attribute…, page); page left out when 1.
std::vector<std::pair<std::string, std::string>> StateParams(const SearchState& state);

// The search page showing `state`: "/?q=…", or "/".
std::string SearchUrl(const SearchState& state);

// The state with one change, back on page 1: a theme added or taken away (an attribute taken away), a
// filter set or cleared (`name`: "district", "collaborative", "round" or "q";
// an empty value clears it), a question chosen (0: any).
SearchState WithTheme(SearchState state, const std::string& theme);
SearchState WithoutTheme(SearchState state, const std::string& theme);
SearchState WithoutAttribute(SearchState state, const std::string& attribute);
SearchState WithFilter(SearchState state, const std::string& name, const std::string& value);
SearchState WithQuestion(SearchState state, int question);

// True when the state filters or queries anything.
bool Narrowed(const SearchState& state);

}  // namespace returns::serve
