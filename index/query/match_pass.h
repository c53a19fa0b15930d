// One pass over every match of a query (for search.cpp and selection code in
// index/query only: these speak Xapian): each shard on its own, a shard a
// thread, its docids mapped to the whole database's — read from the postings
// where the query is words and filters (boolean_match.h), else collected by
// a spy on Xapian's matcher. In the same thread, on request, the matches'
// facets counted from the facet value's stream and the first few matches in
// appendix order picked from the sort key's stream: value streams read in
// docid order, not a Document a match. Where the shards are not at hand
// (remote ones), the docids come as one MSet instead, and neither is done
// (`counted` and `ordered` say so).
//
//   MatchPass pass = PassOverMatches(index, query, {.facets = &results, .first = 20});
//
// Thread-compatible; may throw Xapian::Error.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <vector>

#include "index/query/search.h"
#include "index/store/index_reader.h"

namespace returns {

struct MatchPassOptions {
  SearchResults* facets = nullptr;  // non-null: the matches' facets are added to it
  size_t first = 0;                 // > 0: that many matches in appendix order too
};

struct MatchPass {
  std::vector<unsigned> docids;          // every match, ascending
  bool counted = false;                  // the facets were added (options.facets)
  bool ordered = false;                  // first_in_order is filled (options.first)
  std::vector<unsigned> first_in_order;  // the first `first` matches: sort key, then docid, as Xapian sorts by value
};

MatchPass PassOverMatches(const IndexReader& index, const Xapian::Query& query, const MatchPassOptions& options = {});

}  // namespace returns
