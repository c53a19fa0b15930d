// The facet table (facet_table.h) and what reads it — SummariseTable
// (summary_table.h), Search with a table, SelectDocids with and without — against the paths
// that read every document: the same numbers, hits and order, on the bundled
// corpus indexed as two rounds, in one database and in two shards.
#include "index/query/facet_table.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "index/query/search.h"
#include "index/query/selection.h"
#include "index/query/summary_table.h"
#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "tests/corpus/bundled_records.h"
#include "tests/index/indexed_bundled.h"
#include "tests/index/query/search_requests.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

using returns::CommentRecord;
using returns::FacetTable;
using returns::IndexReader;
using returns::SearchRequest;
using returns::Summary;
using returns::SummaryDimension;
using returns::ThemeLabel;
using returns::test::DefaultMatcher;

namespace {

using Indexed = returns::test::IndexedBundled;
const Indexed& OneDatabase() { return returns::test::TwoRounds(1); }
const Indexed& TwoShards() { return returns::test::TwoRounds(2); }

// Five of the lexicon's themes, not all: themes outside the list are counted too.
const std::vector<ThemeLabel> kThemes = {{"moderation", "Moderation"},
                                         {"relationships", "Relationships"},
                                         {"governance", "Governance"},
                                         {"elc", "ELC"},
                                         {"transition", "Transition"}};

std::string Dump(const Summary& s) {
  std::ostringstream out;
  auto counts = [&](const std::map<std::string, returns::ThemeCounts>& m) {
    for (const auto& [id, c] : m) {
      out << "  " << id << " " << c.comments << " " << c.returns << " " << c.collaboratives << " " << c.pending << " "
          << c.collaborative_share << "\n";
    }
  };
  out << "totals " << s.totals.comments << " " << s.totals.returns << " " << s.totals.collaboratives << "\n";
  counts(s.overall);
  for (const std::string& v : s.by_values) {
    const auto& t = s.by_totals.at(v);
    out << "by " << v << ": " << t.comments << " " << t.returns << " " << t.collaboratives << "\n";
    counts(s.by_counts.at(v));
  }
  for (const auto& [a, row] : s.cooccurrence) {
    for (const auto& [b, n] : row) out << "co " << a << " " << b << " " << n << "\n";
  }
  return out.str();
}

// A search with the table finds what one without it finds.
void CheckSameSearch(const IndexReader& index, SearchRequest request, const FacetTable& table) {
  request.table = nullptr;
  const auto plain = returns::Search(index, request);
  request.table = &table;
  returns::test::CheckSameResults(returns::Search(index, request), plain);
}

}  // namespace

TEST_CASE("facet table: summaries from it are Summarise's over the comments, number for number", "[facet_table]") {
  for (const Indexed* indexed : {&OneDatabase(), &TwoShards()}) {
    const auto index = IndexReader::Open(indexed->dir.path.string());
    REQUIRE(index.ok());
    const auto table = FacetTable::Build(index.value());
    REQUIRE(table.ok());
    CHECK(table.value().comments() == 2 * returns::test::BundledRecords("2013-03").size());
    for (const SearchRequest& request : returns::test::VariedRequests()) {
      const auto comments = returns::Select(index.value(), request);
      REQUIRE(comments.ok());
      const auto docids = returns::SelectDocids(index.value(), request);
      REQUIRE(docids.ok());
      CHECK(docids.value().size() == comments.value().size());
      // With the table: filters alone are decided from its rows; the same comments.
      SearchRequest with_table = request;
      with_table.table = &table.value();
      const auto from_table = returns::SelectDocids(index.value(), with_table);
      REQUIRE(from_table.ok());
      CHECK(from_table.value() == docids.value());
      for (SummaryDimension by : {SummaryDimension::kNone, SummaryDimension::kQuestion, SummaryDimension::kDistrict,
                                  SummaryDimension::kCollaborative, SummaryDimension::kRound}) {
        INFO("selection: " << returns::DescribeSelection(request) << ", by " << returns::DimensionName(by));
        const Summary read = returns::Summarise(comments.value(), kThemes, by, true);
        const Summary tabled = returns::SummariseTable(table.value(), docids.value(), kThemes, by, true);
        CHECK(Dump(tabled) == Dump(read));
        CHECK(tabled.by_values == read.by_values);
        // Listed themes only: the others' rows go, every other number stays.
        Summary listed = returns::SummariseTable(table.value(), docids.value(), kThemes, by, false, true);
        Summary expected = returns::Summarise(comments.value(), kThemes, by, false);
        auto keep_listed = [](std::map<std::string, returns::ThemeCounts>& m) {
          std::erase_if(m, [](const auto& kv) {
            return kv.first != "none" && std::none_of(kThemes.begin(), kThemes.end(), [&](const ThemeLabel& t) { return t.id == kv.first; });
          });
        };
        keep_listed(expected.overall);
        for (auto& [value, counts] : expected.by_counts) keep_listed(counts);
        CHECK(Dump(listed) == Dump(expected));
      }
    }
    // The whole corpus has themes outside the list, and two returns a return key.
    const Summary all = returns::SummariseTable(table.value(), table.value().in_order(), kThemes, SummaryDimension::kNone, false);
    CHECK(all.overall.count("literacy") == 1);
    CHECK(all.totals.returns == table.value().returns());
    CHECK(all.totals.comments == table.value().comments());
    // Every dimension in one call, from ascending docids and from appendix
    // order (not in order of return: the distinct counts sort): each the
    // summary of its own call.
    const std::vector<SummaryDimension> every = {SummaryDimension::kNone, SummaryDimension::kQuestion,
                                                 SummaryDimension::kDistrict, SummaryDimension::kCollaborative,
                                                 SummaryDimension::kRound};
    REQUIRE(table.value().docids().size() == table.value().comments());
    CHECK(std::is_sorted(table.value().docids().begin(), table.value().docids().end()));
    for (const auto* docids : {&table.value().docids(), &table.value().in_order()}) {
      const std::vector<Summary> at_once = returns::SummariseTable(table.value(), *docids, kThemes, every, true);
      REQUIRE(at_once.size() == every.size());
      for (size_t i = 0; i < every.size(); ++i) {
        INFO("by " << returns::DimensionName(every[i]));
        const auto alone = returns::Summarise(returns::Select(index.value(), SearchRequest()).value(), kThemes, every[i], true);
        CHECK(Dump(at_once[i]) == Dump(alone));
      }
    }
  }
}

TEST_CASE("facet table: a search with it finds the same hits, in the same order, with the same facets", "[facet_table][search]") {
  for (const Indexed* indexed : {&OneDatabase(), &TwoShards()}) {
    const auto index = IndexReader::Open(indexed->dir.path.string());
    REQUIRE(index.ok());
    const auto table = FacetTable::Build(index.value());
    REQUIRE(table.ok());
    for (SearchRequest request : returns::test::VariedRequests()) {
      for (unsigned offset : {0u, 7u, 150u, 100000u}) {
        INFO("selection: " << returns::DescribeSelection(request) << ", offset " << offset);
        request.limit = 7;
        request.offset = offset;
        CheckSameSearch(index.value(), request, table.value());
      }
    }
  }
}

TEST_CASE("facet table: every comment has a row, in appendix order", "[facet_table]") {
  const auto index = IndexReader::Open(OneDatabase().dir.path.string());
  REQUIRE(index.ok());
  const auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  const FacetTable& t = table.value();
  REQUIRE(t.in_order().size() == t.comments());
  for (uint32_t i = 0; i < t.in_order().size(); ++i) CHECK(t.rank(t.in_order()[i]) == i);
  CHECK(t.row(0).where == FacetTable::kNone);
  CHECK(t.row(1000000).where == FacetTable::kNone);
  CHECK(t.rank(1000000) == FacetTable::kNone);
  for (unsigned d : t.in_order()) {
    const FacetTable::Row& r = t.row(d);
    REQUIRE(r.where < t.wheres().size());
    REQUIRE(r.what < t.whats().size());
    CHECK(r.ret < t.returns());
    CHECK(r.collaborative < t.collaboratives());
  }
  // Districts are a dozen; rounds two.
  std::set<std::string> districts, rounds;
  for (const auto& w : t.wheres()) districts.insert(w.district), rounds.insert(w.round);
  CHECK(districts.size() >= 10);
  CHECK(rounds == std::set<std::string>{"2013-03", "2014-03"});
}

TEST_CASE("facet table: each place's comments and each set of themes' comments, every comment once, in docid order",
          "[facet_table]") {
  const auto index = IndexReader::Open(OneDatabase().dir.path.string());
  REQUIRE(index.ok());
  const auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  const FacetTable& t = table.value();
  std::vector<unsigned> by_place, by_themes;
  for (uint32_t w = 0; w < t.wheres().size(); ++w) {
    unsigned before = 0;
    for (const FacetTable::Member& m : t.at_place(w)) {
      CHECK(m.docid > before);  // ascending within the group
      before = m.docid;
      CHECK(t.row(m.docid).where == w);
      CHECK(t.row(m.docid).what == m.other);
      by_place.push_back(m.docid);
    }
  }
  for (uint32_t h = 0; h < t.whats().size(); ++h) {
    unsigned before = 0;
    for (const FacetTable::Member& m : t.with_themes(h)) {
      CHECK(m.docid > before);
      before = m.docid;
      CHECK(t.row(m.docid).what == h);
      CHECK(t.row(m.docid).where == m.other);
      by_themes.push_back(m.docid);
    }
  }
  std::sort(by_place.begin(), by_place.end());
  std::sort(by_themes.begin(), by_themes.end());
  CHECK(by_place == t.docids());
  CHECK(by_themes == t.docids());
  CHECK(t.at_place(static_cast<uint32_t>(t.wheres().size())).empty());  // past the end: none
  // Each filter term names the places or theme sets that have it, and only those.
  for (uint32_t term = 0; term < t.filter_terms().size(); ++term) {
    const bool place = t.filter_terms()[term].rfind(returns::schema::kThemePrefix, 0) != 0 &&
                       t.filter_terms()[term].rfind(returns::schema::kPendingPrefix, 0) != 0;
    const auto& has = place ? t.place_terms() : t.theme_terms();
    std::vector<uint32_t> expected;
    for (uint32_t g = 0; g < has.size(); ++g) {
      if (std::find(has[g].begin(), has[g].end(), term) != has[g].end()) expected.push_back(g);
    }
    INFO(t.filter_terms()[term]);
    CHECK_FALSE(expected.empty());
    CHECK(t.having_term(term) == expected);
  }
}

TEST_CASE("facet table: a few comments spread over their collaboratives, in appendix order", "[facet_table]") {
  const auto index = IndexReader::Open(TwoShards().dir.path.string());
  REQUIRE(index.ok());
  const auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  const FacetTable& t = table.value();
  SearchRequest moderation;
  moderation.themes = {"moderation"};
  const auto docids = returns::SelectDocids(index.value(), moderation);
  REQUIRE(docids.ok());
  std::map<uint32_t, unsigned> per_collaborative;
  for (unsigned d : docids.value()) ++per_collaborative[t.row(d).collaborative];
  REQUIRE(per_collaborative.size() > 5);
  // As many as there are collaboratives: one from each.
  const auto one_each = returns::SpreadOverCollaboratives(t, docids.value(), per_collaborative.size());
  std::map<uint32_t, unsigned> taken;
  for (unsigned d : one_each) ++taken[t.row(d).collaborative];
  CHECK(taken.size() == per_collaborative.size());
  for (const auto& [c, n] : taken) CHECK(n == 1);
  for (size_t i = 1; i < one_each.size(); ++i) CHECK(t.rank(one_each[i - 1]) < t.rank(one_each[i]));
  // More than there are: every one, in appendix order.
  const auto every = returns::SpreadOverCollaboratives(t, docids.value(), 100000);
  CHECK(every.size() == docids.value().size());
  for (size_t i = 1; i < every.size(); ++i) CHECK(t.rank(every[i - 1]) < t.rank(every[i]));
  // And they read back as the comments of those documents.
  const auto read = returns::ReadComments(index.value(), one_each);
  REQUIRE(read.ok());
  REQUIRE(read.value().size() == one_each.size());
  for (const CommentRecord& c : read.value()) {
    CHECK(std::find(c.tagging().themes.begin(), c.tagging().themes.end(), "moderation") != c.tagging().themes.end());
  }
}

TEST_CASE("facet table: a one-off summary of a large selection is counted from a table, of a small one left to the caller",
          "[facet_table]") {
  const auto index = IndexReader::Open(OneDatabase().dir.path.string());
  REQUIRE(index.ok());
  SearchRequest all;
  const auto large = returns::SummariseLargeSelection(index.value(), all, kThemes, SummaryDimension::kDistrict, true);
  REQUIRE(large.ok());
  REQUIRE(large.value().has_value());
  const auto comments = returns::Select(index.value(), all);
  REQUIRE(comments.ok());
  CHECK(Dump(*large.value()) == Dump(returns::Summarise(comments.value(), kThemes, SummaryDimension::kDistrict, true)));
  SearchRequest few;
  few.query = "\"learning walks\"";
  few.district = "Thanet";
  const auto small = returns::SummariseLargeSelection(index.value(), few, kThemes, SummaryDimension::kNone, false);
  REQUIRE(small.ok());
  CHECK_FALSE(small.value().has_value());
}

TEST_CASE("facet table: after returns are indexed again (docids past the count), the same numbers and hits",
          "[facet_table]") {
  returns::test::TempDir dir;
  returns::IndexWriterOptions options;
  options.lexicon_name = DefaultMatcher().name();
  options.lexicon_version = DefaultMatcher().version();
  options.shards = 2;
  std::vector<CommentRecord> records = returns::test::BundledRecords("2013-03");
  for (CommentRecord& r : records) r.tags = DefaultMatcher().Tag(r.text, r.question);
  for (const size_t count : {records.size(), size_t{120}, size_t{40}}) {  // the first returns replaced twice
    auto writer = returns::IndexWriter::Open(dir.path.string(), options);
    REQUIRE(writer.ok());
    for (size_t i = 0; i < count; ++i) REQUIRE(writer.value()->Add(records[i]).ok());
    REQUIRE(writer.value()->Commit().ok());
  }
  const auto index = IndexReader::Open(dir.path.string());
  REQUIRE(index.ok());
  const auto table = FacetTable::Build(index.value());
  REQUIRE(table.ok());
  // A run replaces what its source gave before: docids now run past the count.
  CHECK(index.value().db().get_lastdocid() > index.value().db().get_doccount() + 100);
  CHECK(table.value().comments() == index.value().db().get_doccount());
  for (SearchRequest request : returns::test::VariedRequests()) {
    INFO("selection: " << returns::DescribeSelection(request));
    const auto comments = returns::Select(index.value(), request);
    const auto docids = returns::SelectDocids(index.value(), request);
    REQUIRE(comments.ok());
    REQUIRE(docids.ok());
    CHECK(Dump(returns::SummariseTable(table.value(), docids.value(), kThemes, SummaryDimension::kCollaborative, true)) ==
          Dump(returns::Summarise(comments.value(), kThemes, SummaryDimension::kCollaborative, true)));
    request.limit = 9;
    request.offset = 3;
    CheckSameSearch(index.value(), request, table.value());
  }
}

TEST_CASE("facet table: none where the shards are not at hand, and search and summaries read the documents then",
          "[facet_table]") {
  // A stub file naming the shards by absolute path: Xapian opens it, we do not
  // take it apart (as with remote shards), so there is no table.
  returns::test::TempDir dir;
  const std::string stub = (dir.path / "elsewhere.stub").string();
  {
    std::ofstream out(stub);
    out << "auto " << (TwoShards().dir.path / "gen-000001" / "shard-00").string() << "\n"
        << "auto " << (TwoShards().dir.path / "gen-000001" / "shard-01").string() << "\n";
  }
  const auto index = IndexReader::Open(stub);
  REQUIRE(index.ok());
  CHECK(index.value().shards().empty());
  const auto table = FacetTable::Build(index.value());
  REQUIRE_FALSE(table.ok());
  CHECK(table.status().ToString().find("every shard on this machine") != std::string::npos);
  SearchRequest moderation;
  moderation.themes = {"moderation"};
  const auto docids = returns::SelectDocids(index.value(), moderation);  // one MSet of every match
  const auto comments = returns::Select(index.value(), moderation);
  REQUIRE(docids.ok());
  REQUIRE(comments.ok());
  CHECK(docids.value().size() == comments.value().size());
  const auto summary = returns::SummariseLargeSelection(index.value(), SearchRequest{}, kThemes, SummaryDimension::kNone, false);
  REQUIRE(summary.ok());
  CHECK_FALSE(summary.value().has_value());
}

TEST_CASE("facet table: appendix order and returns as Xapian's, with a tab or a separator in a name", "[facet_table]") {
  // A tab sorts before the sort key's separator (\x1f), so "Dover\tEast"
  // comes before "Dover" there; a name holding \x1f itself is kept whole.
  for (const std::string& odd : {std::string("Dover\tEast"), std::string("Dover\x1f" "East"), std::string("Dover ")}) {
    INFO("district " << odd.size() << " bytes");
    returns::test::TempDir dir;
    returns::IndexWriterOptions options;
    options.lexicon_name = DefaultMatcher().name();
    options.lexicon_version = DefaultMatcher().version();
    auto writer = returns::IndexWriter::Open(dir.path.string(), options);
    REQUIRE(writer.ok());
    std::set<std::string> returns_indexed;
    size_t changed = 0;
    for (const char* round : {"2014-03", "2013-03"}) {
      for (CommentRecord& r : returns::test::BundledRecords(round)) {
        // Every other Dover return's comments moved to the odd district.
        if (r.district == "Dover" && std::hash<std::string>{}(r.return_key()) % 2 == 0) {
          r.district = odd;
          ++changed;
        }
        r.tags = DefaultMatcher().Tag(r.text, r.question);
        REQUIRE(writer.value()->Add(r).ok());
        returns_indexed.insert(r.round + "/" + r.return_key());
      }
    }
    REQUIRE(changed > 0);
    REQUIRE(writer.value()->Commit().ok());
    const auto index = IndexReader::Open(dir.path.string());
    REQUIRE(index.ok());
    const auto table = FacetTable::Build(index.value());
    REQUIRE(table.ok());
    CHECK(table.value().returns() == returns_indexed.size());
    Xapian::Enquire enquire(index.value().db());
    enquire.set_query(Xapian::Query::MatchAll);
    enquire.set_sort_by_value(returns::schema::kOrderSlot, false);
    const Xapian::MSet all = enquire.get_mset(0, index.value().db().get_doccount());
    std::vector<unsigned> xapian_order;
    for (auto it = all.begin(); it != all.end(); ++it) xapian_order.push_back(*it);
    CHECK(table.value().in_order() == xapian_order);
  }
}
