// DocidFilter (docid_filter.h): it matches exactly the docids it is given,
// in one database and across two shards, adds no weight, and fails a search
// of a database it was not made for rather than match nothing.
#include "index/query/docid_filter.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <map>
#include <random>
#include <vector>

#include "index/store/index_reader.h"
#include "tests/index/indexed_bundled.h"

using returns::DocidFilter;
using returns::IndexReader;

namespace {

std::map<unsigned, double> Matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<unsigned, double> out;
  const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) out[*it] = it.get_weight();
  return out;
}

}  // namespace

TEST_CASE("docid filter: exactly the docids given, with the query's own weights", "[docid_filter]") {
  for (unsigned shards : {1u, 2u}) {
    const auto index = IndexReader::Open(returns::test::TwoRounds(shards).dir.path.string());
    REQUIRE(index.ok());
    const Xapian::Database& db = index.value().db();
    const Xapian::Query word("Zschool");
    const std::map<unsigned, double> unfiltered = Matches(db, word);
    REQUIRE(unfiltered.size() > 50);
    std::mt19937 rng(shards);
    for (int round = 0; round < 20; ++round) {
      // A random subset of every document, ascending: some with the word, some without.
      std::vector<unsigned> chosen;
      for (unsigned d = 1; d <= db.get_lastdocid(); ++d) {
        if (rng() % 7 == 0) chosen.push_back(d);
      }
      INFO(shards << " shard(s), round " << round << ", " << chosen.size() << " docids");
      const Xapian::Query filter = DocidFilter::Make(index.value(), chosen);
      std::vector<unsigned> everything;
      for (const auto& [d, w] : Matches(db, Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, filter))) {
        everything.push_back(d);
      }
      CHECK(everything == chosen);
      const std::map<unsigned, double> filtered = Matches(db, Xapian::Query(Xapian::Query::OP_FILTER, word, filter));
      std::map<unsigned, double> expected;
      for (unsigned d : chosen) {
        if (unfiltered.count(d)) expected[d] = unfiltered.at(d);
      }
      CHECK(filtered == expected);
    }
  }
}

TEST_CASE("docid filter: a database it was not made for fails the search", "[docid_filter]") {
  const auto one = IndexReader::Open(returns::test::TwoRounds(1).dir.path.string());
  const auto two = IndexReader::Open(returns::test::TwoRounds(2).dir.path.string());
  REQUIRE(one.ok());
  REQUIRE(two.ok());
  Xapian::Enquire enquire(two.value().db());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, DocidFilter::Make(one.value(), {1, 2, 3})));
  CHECK_THROWS_AS(enquire.get_mset(0, 10), Xapian::InvalidArgumentError);
}
