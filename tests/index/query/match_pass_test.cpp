// PassOverMatches (match_pass.h): a search on local shards — a pass a shard,
// facets from the value stream, a listing's page by the sort key's stream —
// finds what Xapian's matcher with a spy finds (the same database opened
// through a stub file Xapian opens itself, as remote shards are: no shards at
// hand, the old path), request for request, page for page.
#include "index/query/match_pass.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <vector>
#include <string>

#include "index/query/search.h"
#include "index/query/selection.h"
#include "index/store/index_reader.h"
#include "index/store/schema.h"
#include "tests/index/indexed_bundled.h"
#include "tests/index/query/search_requests.h"
#include "tests/temp_dir.h"

using returns::IndexReader;
using returns::SearchRequest;

namespace {

// A stub file naming `indexed`'s shards by absolute path.
std::string StubOf(const returns::test::IndexedBundled& indexed, unsigned shards, const returns::test::TempDir& dir) {
  const std::string stub = (dir.path / "elsewhere.stub").string();
  std::ofstream out(stub);
  for (unsigned i = 0; i < shards; ++i) {
    out << "auto " << (indexed.dir.path / "gen-000001" / ("shard-0" + std::to_string(i))).string() << "\n";
  }
  return stub;
}

}  // namespace

TEST_CASE("match pass: on local shards, the same totals, facets, hits and order as Xapian's matcher", "[match_pass][search]") {
  const auto& indexed = returns::test::TwoRounds(2);
  returns::test::TempDir dir;
  const auto local = IndexReader::Open(indexed.dir.path.string());
  const auto stubbed = IndexReader::Open(StubOf(indexed, 2, dir));
  REQUIRE(local.ok());
  REQUIRE(stubbed.ok());
  REQUIRE(local.value().shards().size() == 2);
  REQUIRE(stubbed.value().shards().empty());  // the old path: a spy on Xapian's matcher
  for (SearchRequest request : returns::test::VariedRequests()) {
    for (bool facets : {true, false}) {  // without facets, a listing still makes the pass (its page by key)
      for (unsigned offset : {0u, 7u, 150u, 100000u}) {
        INFO("selection: " << returns::DescribeSelection(request) << ", offset " << offset << ", facets " << facets);
        request.limit = 7;
        request.offset = offset;
        request.facets = facets;
        returns::test::CheckSameResults(returns::Search(local.value(), request), returns::Search(stubbed.value(), request));
      }
    }
  }
}

TEST_CASE("match pass: every match, its facets, and the first in appendix order as Xapian sorts them, only when asked", "[match_pass]") {
  const auto& indexed = returns::test::TwoRounds(2);
  const auto index = IndexReader::Open(indexed.dir.path.string());
  REQUIRE(index.ok());
  SearchRequest dover;
  dover.district = "Dover";
  const auto listed = returns::Select(index.value(), dover);
  REQUIRE(listed.ok());
  REQUIRE(listed.value().size() > 20);
  const std::string term = std::string(returns::schema::kDistrictPrefix) + returns::schema::FilterValue("Dover");
  REQUIRE(index.value().db().get_termfreq(term) == listed.value().size());
  const Xapian::Query query(term);
  returns::SearchResults facets;
  returns::MatchPassOptions options;
  options.facets = &facets;
  options.first = 20;
  const returns::MatchPass pass = returns::PassOverMatches(index.value(), query, options);
  CHECK(pass.docids.size() == listed.value().size());
  CHECK(std::is_sorted(pass.docids.begin(), pass.docids.end()));
  CHECK(pass.counted);
  CHECK(facets.district_facets == std::map<std::string, unsigned>{{"Dover", static_cast<unsigned>(listed.value().size())}});
  REQUIRE(pass.ordered);
  // Xapian's own sort by the key, ties by docid.
  Xapian::Enquire enquire(index.value().db());
  enquire.set_query(query);
  enquire.set_sort_by_value(returns::schema::kOrderSlot, false);
  std::vector<unsigned> sorted;
  const Xapian::MSet mset = enquire.get_mset(0, 20);
  for (auto it = mset.begin(); it != mset.end(); ++it) sorted.push_back(*it);
  CHECK(pass.first_in_order == sorted);
  const returns::MatchPass bare = returns::PassOverMatches(index.value(), query);
  CHECK(bare.docids == pass.docids);
  CHECK_FALSE(bare.counted);
  CHECK_FALSE(bare.ordered);
  CHECK(bare.first_in_order.empty());
}
