// How search counts facets, and finds every match, without reading more of
// a document than it must (for search.cpp and selection code in index/query
// only: these speak Xapian). Four ways, fastest first where they apply:
//   CountAllFromTerms  every comment: the filter terms' frequencies;
//   CountFromTable     a facet table's rows (facet_table.h) for the docids;
//   FacetSpy           one packed value read a match (facet_value.h);
//   AddFacets          Xapian's own value counts (remote shards).
// Each gives the same counts (every match's docid: match_pass.h). Not
// thread-safe: one spy per search.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/query/facet_table.h"
#include "index/query/search.h"
#include "index/store/facet_value.h"
#include "index/store/index_reader.h"

namespace returns {

// Counts every facet of the matching documents from their one facet value:
// each document's value is split in its two halves, where the comment is and
// what it mentions, and each distinct half counted (the last one seen is
// compared first: comments of a return come together); each half is checked
// and unpacked once, when first seen and at the end. Counting whole values
// instead kept a table of nearly as many entries as comments, and unpacking
// every document's value cost as much again: 60% of a search's time on
// 1,000,000 comments (scripts/bench-serve).
class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override;
  // Counts one document's facet value (from a value stream: match_pass.h).
  void Count(std::string_view value);
  std::string name() const override { return "returns.FacetSpy"; }
  void AddTo(SearchResults& r) const;

 private:
  struct Half {
    bool valid = false;
    unsigned comments = 0;
  };
  struct BytesHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  class Halves {
   public:
    using Map = std::unordered_map<std::string, Half, BytesHash, std::equal_to<>>;
    Half& Find(std::string_view bytes, bool (*unpack)(std::string_view, FacetFields&));
    const Map& halves() const { return map_; }

   private:
    Map map_;
    Map::value_type* last_ = nullptr;  // stays valid: an unordered_map's elements never move
  };

  std::string value_;
  Halves where_, what_;
};

// The facets of the documents `docids` from a facet table: a row a document,
// read by docid — no value read. The web page keeps the table.
void CountFromTable(const FacetTable& table, const std::vector<unsigned>& docids, SearchResults& r);

// Adds `n` comments with the packed facet value `packed` to the facets.
void AddFacets(std::string_view packed, unsigned n, SearchResults& r);

// The facets of every comment in the database from term frequencies (each
// filter term's count is its comments'), no document visited but one a facet
// value: a value is named as the first comment filed under its term names
// it (facet_value.h). REQUIRES: index.FacetsFromTerms() — no two names
// under one term ("St Mary's" and "St Marys"), no name without a term. May
// throw Xapian::Error.
void CountAllFromTerms(const Xapian::Database& db, SearchResults& r);

}  // namespace returns
