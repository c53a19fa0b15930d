// BooleanMatches and PassOverMatches (boolean_match.h, match_pass.h) against
// Xapian's own matcher: for queries of words and filters, built by hand and
// at random from the bundled corpus's terms, the same docids, in one
// database and in two shards; for queries with positions or values, no
// answer (the caller asks Xapian).
#include "index/query/boolean_match.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "index/query/match_pass.h"
#include "index/store/index_reader.h"
#include "index/store/schema.h"
#include "tests/index/indexed_bundled.h"

using returns::IndexReader;
using Q = Xapian::Query;

namespace {

using Indexed = returns::test::IndexedBundled;
const Indexed& OneDatabase() { return returns::test::TwoRounds(1); }
const Indexed& TwoShards() { return returns::test::TwoRounds(2); }

// Xapian's answer: every match, ascending docid.
std::vector<unsigned> XapianMatches(const Xapian::Database& db, const Q& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<unsigned> out;
  const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) out.push_back(*it);
  std::sort(out.begin(), out.end());
  return out;
}

// Terms from rare to common, filters and words: a word in one comment, a
// theme in a few hundred, every comment's round.
std::vector<std::string> Terms(const Xapian::Database& db) {
  std::vector<std::string> out = {"Zmoder", "Ztrust", "Zschool", "Zstaff", "Zwork", "Zwalk",
                                  std::string(returns::schema::kThemePrefix) + "moderation",
                                  std::string(returns::schema::kThemePrefix) + "governance",
                                  *db.allterms_begin(returns::schema::kQuestionPrefix),  // a question's
                                  std::string(returns::schema::kRoundPrefix) + "2013-03",
                                  "Znosuchword"};
  for (const std::string& t : out) {
    INFO(t);
    if (t != "Znosuchword") REQUIRE(db.get_termfreq(t) > 0);  // the corpus has them: the test tests something
  }
  return out;
}

std::vector<Q> HandMade(const std::vector<std::string>& t) {
  return {
      Q(t[0]),
      Q(Q::OP_AND, Q(t[0]), Q(t[2])),
      Q(Q::OP_AND, Q(Q::OP_AND, Q(t[2]), Q(t[3])), Q(t[9])),
      Q(Q::OP_OR, Q(t[0]), Q(t[1])),
      Q(Q::OP_AND_NOT, Q(t[2]), Q(t[6])),
      Q(Q::OP_AND_NOT, Q::MatchAll, Q(t[8])),  // a pure NOT
      Q(Q::OP_FILTER, Q(Q::OP_OR, Q(t[0]), Q(t[3])), Q(Q::OP_AND, Q(t[6]), Q(t[9]))),
      Q(Q::OP_AND_MAYBE, Q(t[3]), Q(t[0])),
      Q(Q::OP_SCALE_WEIGHT, Q(t[4]), 0.0),
      Q(Q::OP_SYNONYM, Q(t[0]), Q(t[5])),
      Q(Q::OP_MAX, Q(t[1]), Q(t[7])),
      Q(Q::OP_AND, Q(t[1]), Q(t[10])),  // a word no comment has
      Q(Q::OP_OR, Q(t[10]), Q(t[1])),
      Q::MatchAll,
      Q::MatchNothing,
      Q(Q::OP_AND, Q::MatchAll, Q(t[7])),
  };
}

// A random tree of the terms under the understood operators.
Q RandomQuery(std::mt19937& rng, const std::vector<std::string>& t, int depth) {
  if (depth == 0 || rng() % 3 == 0) return Q(t[rng() % t.size()]);
  static const Q::op ops[] = {Q::OP_AND, Q::OP_OR, Q::OP_AND_NOT, Q::OP_FILTER, Q::OP_AND_MAYBE, Q::OP_SYNONYM};
  const Q::op op = ops[rng() % std::size(ops)];
  std::vector<Q> parts;
  const unsigned n = 2 + static_cast<unsigned>(rng() % 3);
  for (unsigned i = 0; i < n; ++i) parts.push_back(RandomQuery(rng, t, depth - 1));
  return Q(op, parts.begin(), parts.end());
}

}  // namespace

TEST_CASE("boolean match: words and filters give Xapian's docids, read from the postings", "[boolean_match]") {
  const auto index = IndexReader::Open(OneDatabase().dir.path.string());
  REQUIRE(index.ok());
  const Xapian::Database& db = index.value().db();
  const std::vector<std::string> terms = Terms(db);
  std::vector<Q> queries = HandMade(terms);
  std::mt19937 rng(20261201);
  for (int i = 0; i < 300; ++i) queries.push_back(RandomQuery(rng, terms, 3));
  size_t nonempty = 0;
  for (const Q& query : queries) {
    INFO(query.get_description());
    REQUIRE(returns::AnsweredFromPostings(query));
    const auto read = returns::BooleanMatches(db, query);
    REQUIRE(read.has_value());
    CHECK(*read == XapianMatches(db, query));
    nonempty += !read->empty();
  }
  CHECK(nonempty > queries.size() / 3);  // not a test of empty sets
}

TEST_CASE("boolean match: a query with positions or values gets no answer", "[boolean_match]") {
  const Q phrase(Q::OP_PHRASE, Q("learning"), Q("walks"));
  const std::vector<Q> queries = {
      phrase,
      Q(Q::OP_AND, Q("XTmoderation"), phrase),  // anywhere in the query
      Q(Q::OP_NEAR, Q("peer"), Q("review")),
      Q(Q::OP_WILDCARD, "moder"),
      Q(Q::OP_VALUE_RANGE, returns::schema::kOrderSlot, "a", "b"),
      Q(Q::OP_XOR, Q("Zmoder"), Q("Ztrust")),
      Q(Q::OP_ELITE_SET, Q("Zmoder"), Q("Ztrust")),
  };
  const auto index = IndexReader::Open(OneDatabase().dir.path.string());
  REQUIRE(index.ok());
  for (const Q& query : queries) {
    INFO(query.get_description());
    CHECK_FALSE(returns::AnsweredFromPostings(query));
    CHECK_FALSE(returns::BooleanMatches(index.value().db(), query).has_value());
  }
}

TEST_CASE("boolean match: every match's docid, in one database and two shards, with and without positions",
          "[boolean_match][facet_counts]") {
  for (const Indexed* indexed : {&OneDatabase(), &TwoShards()}) {
    const auto index = IndexReader::Open(indexed->dir.path.string());
    REQUIRE(index.ok());
    const Xapian::Database& db = index.value().db();
    std::vector<Q> queries = HandMade(Terms(db));
    queries.push_back(Q(Q::OP_PHRASE, Q("learning"), Q("walks")));
    queries.push_back(Q(Q::OP_AND, Q("XTmoderation"), Q(Q::OP_NEAR, Q("peer"), Q("review"))));
    for (const Q& query : queries) {
      INFO(query.get_description() << " in " << db.size() << " shard(s)");
      CHECK(returns::PassOverMatches(index.value(), query).docids == XapianMatches(db, query));
    }
  }
}
