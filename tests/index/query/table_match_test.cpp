// Filters decided from the facet table (table_match.h): the same comments as
// the posting lists give, for every form of filter a request or a query
// makes; nothing decided for a query with anything else in it.
#include "index/query/table_match.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "index/query/boolean_match.h"
#include "index/query/build_query.h"
#include "index/query/search.h"
#include "index/store/schema.h"
#include "tests/corpus/bundled_records.h"
#include "tests/index/indexed_bundled.h"

using returns::BuildQuery;
using returns::FacetTable;
using returns::IndexReader;
using returns::MatchesInTable;
using returns::SearchRequest;

namespace {

struct Case {
  const char* what;
  SearchRequest request;
};

SearchRequest Query(const std::string& q) {
  SearchRequest r;
  r.query = q;
  return r;
}

}  // namespace

TEST_CASE("table match: filters alone give the comments the posting lists give", "[table_match]") {
  const auto& indexed = returns::test::TwoRounds(1);
  auto index = IndexReader::Open(indexed.dir.path.string());
  REQUIRE(index.ok());
  auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  const returns::Register& reg = returns::test::BundledRegister();
  std::vector<Case> cases = {
      {"a theme and a district, as a query", Query("theme:moderation district:Dover")},
      {"a question without a theme", Query("question:3 NOT theme:relationships")},
      {"two themes, either", Query("theme:none OR theme:elc")},
      {"pending", Query("pending:moderation")},
      {"a round", Query("round:2013-03 theme:governance")},
      {"a collaborative by an alias the register knows", Query("collaborative:RAiD")},
      {"no theme and not question 5", Query("theme:none -question:5")},
      {"a district that is not there", Query("district:Atlantis")},
      // Each way the rows are read: a few places (a district's, in several
      // runs put back in docid order), a few sets of themes, or every row
      // when both sides keep most of them.
      {"a district alone", Query("district:Dover")},
      {"a theme alone", Query("theme:moderation")},
      {"two districts", Query("district:Dover OR district:Thanet")},
      {"not a theme", Query("NOT theme:moderation")},
      {"not a district and not a theme", Query("NOT district:Dover NOT theme:moderation")},
      {"pending, not in a district", Query("pending:moderation NOT district:Dover")},
  };
  SearchRequest options;
  options.themes = {"moderation", "peer_review"};
  options.district = "Dover";
  cases.push_back({"themes and a district as options", options});
  SearchRequest by_collaborative;
  by_collaborative.collaborative = "RAiD";
  by_collaborative.question = 2;
  by_collaborative.round = "2014-03";
  cases.push_back({"a collaborative, question and round as options", by_collaborative});
  for (Case& c : cases) {
    INFO(c.what);
    c.request.reg = &reg;
    auto built = BuildQuery(index.value(), c.request);
    REQUIRE(built.ok());
    INFO(built.value().query.get_description());
    const auto from_table = MatchesInTable(table.value(), built.value().query);
    REQUIRE(from_table.has_value());
    const auto from_postings = returns::BooleanMatches(index.value().db(), built.value().query);
    REQUIRE(from_postings.has_value());
    CHECK(*from_table == *from_postings);
    // Every case but Atlantis finds something: the comparison compares something.
    CHECK(from_table->empty() == (std::string(c.what) == "a district that is not there"));
  }
}

TEST_CASE("table match: a word, a lead school or an attribute leaves it to the postings", "[table_match]") {
  const auto& indexed = returns::test::TwoRounds(1);
  auto index = IndexReader::Open(indexed.dir.path.string());
  REQUIRE(index.ok());
  auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  for (const char* q : {"moderation", "trust theme:relationships", "lead:\"Priory Fields\"", "\"learning walks\" district:Dover",
                        "NOT theme:moderation OR district:Dover", "theme:moderation OR district:Dover"}) {
    INFO(q);
    auto built = BuildQuery(index.value(), Query(q));
    REQUIRE(built.ok());
    CHECK_FALSE(MatchesInTable(table.value(), built.value().query).has_value());
  }
}

TEST_CASE("table match: random conjunctions of the table's filter terms, ORs and NOTs, as the posting lists give them",
          "[table_match]") {
  // Fixed seeds: 1,000 queries a table, each of 0 to 4 clauses, a clause one
  // to three terms of one side (a term no comment has among them), a third
  // of the clauses negated; whichever way the table reads its rows.
  for (unsigned shards : {1u, 2u}) {
    CAPTURE(shards);
    const auto& indexed = returns::test::TwoRounds(shards);
    auto index = IndexReader::Open(indexed.dir.path.string());
    REQUIRE(index.ok());
    auto table = FacetTable::Build(index.value());
    REQUIRE(table.ok());
    std::mt19937 rng(shards);
    std::vector<std::string> place{"XDatlantis"}, theme{"XTnosuchtheme"};
    for (const std::string& t : table.value().filter_terms()) {
      (t.rfind(returns::schema::kThemePrefix, 0) == 0 || t.rfind(returns::schema::kPendingPrefix, 0) == 0 ? theme : place)
          .push_back(t);
    }
    size_t found = 0;
    for (int i = 0; i < 1000; ++i) {
      std::vector<Xapian::Query> wanted, unwanted;
      for (uint32_t c = 0, clauses = static_cast<uint32_t>(rng() % 5); c < clauses; ++c) {
        const std::vector<std::string>& side = rng() % 2 ? place : theme;
        std::vector<Xapian::Query> terms;
        for (uint32_t k = 0, n = static_cast<uint32_t>(1 + rng() % 3); k < n; ++k) terms.emplace_back(side[rng() % side.size()]);
        const Xapian::Query clause = terms.size() == 1 ? terms[0] : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
        (rng() % 3 == 0 ? unwanted : wanted).push_back(clause);
      }
      Xapian::Query q = wanted.empty()       ? Xapian::Query::MatchAll
                        : wanted.size() == 1 ? wanted[0]
                                             : Xapian::Query(Xapian::Query::OP_AND, wanted.begin(), wanted.end());
      if (!unwanted.empty()) {
        unwanted.insert(unwanted.begin(), q);
        q = Xapian::Query(Xapian::Query::OP_AND_NOT, unwanted.begin(), unwanted.end());
      }
      INFO(q.get_description());
      const auto from_table = MatchesInTable(table.value(), q);
      REQUIRE(from_table.has_value());
      const auto from_postings = returns::BooleanMatches(index.value().db(), q);
      REQUIRE(from_postings.has_value());
      CHECK(*from_table == *from_postings);
      found += from_table->empty() ? 0 : 1;
    }
    CHECK(found > 300);  // most queries find something: the comparisons compare something
  }
}
