// Test helper: search requests of every kind the page and the command line
// send (words, a phrase with filters, NOT, +, a wildcard, filters alone —
// as options and as a query —, a theme of none), and a check that two searches found the same: total,
// facets, hits, order, scores, highlights. Header-only.
#pragma once

#include <catch2/catch.hpp>

#include <vector>

#include "index/query/search.h"

namespace returns::test {

inline std::vector<SearchRequest> VariedRequests() {
  std::vector<SearchRequest> out(15);
  out[1].themes = {"moderation"};
  out[2].district = "Dover";
  out[3].query = "moderation OR trust";
  out[4].question = 3;
  out[5].round = "2013-03";
  out[6].themes = {"none"};
  out[7].query = "\"learning walks\"";
  out[7].district = "Ashford";
  out[8].query = "school -moderation";
  out[9].query = "+staff training";
  out[10].query = "moder* AND NOT trust";
  out[11].query = "\"peer review\" OR \"support and challenge\"";
  out[11].themes = {"peer_review"};
  // Filters alone written as a query (the facet table decides them: table_match.h).
  out[12].query = "theme:moderation district:Dover";
  out[13].query = "question:3 NOT theme:relationships";
  out[14].query = "theme:none OR theme:elc";  // one filter of two themes
  out[14].round = "2013-03";
  return out;
}

// `a` and `b` (each ok) found the same.
inline void CheckSameResults(const Result<SearchResults>& a, const Result<SearchResults>& b) {
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value().total > 0);  // every request finds something: the comparison compares something
  CHECK(a.value().total == b.value().total);
  CHECK(a.value().total_exact == b.value().total_exact);
  CHECK(a.value().theme_facets == b.value().theme_facets);
  CHECK(a.value().pending_facets == b.value().pending_facets);
  CHECK(a.value().district_facets == b.value().district_facets);
  CHECK(a.value().collaborative_facets == b.value().collaborative_facets);
  CHECK(a.value().question_facets == b.value().question_facets);
  CHECK(a.value().round_facets == b.value().round_facets);
  REQUIRE(a.value().hits.size() == b.value().hits.size());
  for (size_t i = 0; i < a.value().hits.size(); ++i) {
    CHECK(a.value().hits[i].rank == b.value().hits[i].rank);
    CHECK(a.value().hits[i].comment.id == b.value().hits[i].comment.id);
    CHECK(a.value().hits[i].comment.round == b.value().hits[i].comment.round);
    CHECK(a.value().hits[i].score == b.value().hits[i].score);
    CHECK(a.value().hits[i].highlights == b.value().hits[i].highlights);
  }
}

}  // namespace returns::test
