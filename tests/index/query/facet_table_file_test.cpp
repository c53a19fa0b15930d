// The facet table kept on disk (facet_table_file.h): read back it is the
// table built from the database, row for row, and searches with it find
// what they find without; it is used only for the revision it was built
// from; a damaged file is Corruption naming it, never read out of bounds.
#include "index/query/facet_table_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "index/query/search.h"
#include "index/query/selection.h"
#include "index/store/generations.h"
#include "index/store/index_writer.h"
#include "tests/corpus/bundled_records.h"
#include "tests/index/indexed_bundled.h"
#include "tests/index/query/search_requests.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

using returns::FacetTable;
using returns::FacetTableFor;
using returns::FacetTablePath;
using returns::IndexReader;
using returns::LoadFacetTable;
using returns::RefreshFacetTable;
using returns::SearchRequest;
using returns::SaveFacetTable;
using returns::Status;
using returns::test::IndexedBundled;
using returns::test::ReadBytes;
using returns::test::WriteBytes;

namespace {

IndexReader Open(const IndexedBundled& indexed) {
  auto index = IndexReader::Open(indexed.dir.path.string());
  REQUIRE(index.ok());
  return std::move(index).value();
}

void CheckSameTable(const FacetTable& a, const FacetTable& b, unsigned last_docid) {
  CHECK(a.comments() == b.comments());
  CHECK(a.returns() == b.returns());
  CHECK(a.collaboratives() == b.collaboratives());
  CHECK(a.in_order() == b.in_order());
  CHECK(a.docids() == b.docids());
  REQUIRE(a.wheres().size() == b.wheres().size());
  for (size_t i = 0; i < a.wheres().size(); ++i) {
    CHECK(a.wheres()[i].district == b.wheres()[i].district);
    CHECK(a.wheres()[i].collaborative == b.wheres()[i].collaborative);
    CHECK(a.wheres()[i].question == b.wheres()[i].question);
    CHECK(a.wheres()[i].round == b.wheres()[i].round);
  }
  REQUIRE(a.whats().size() == b.whats().size());
  for (size_t i = 0; i < a.whats().size(); ++i) {
    CHECK(a.whats()[i].themes == b.whats()[i].themes);
    CHECK(a.whats()[i].pending == b.whats()[i].pending);
  }
  // The groups a filter reads, the same whichever way the table was made.
  const auto docids_of = [](std::span<const FacetTable::Member> group) {
    std::vector<std::pair<unsigned, uint32_t>> out;
    for (const FacetTable::Member& m : group) out.emplace_back(m.docid, m.other);
    return out;
  };
  for (uint32_t w = 0; w < a.wheres().size(); ++w) CHECK(docids_of(a.at_place(w)) == docids_of(b.at_place(w)));
  for (uint32_t h = 0; h < a.whats().size(); ++h) CHECK(docids_of(a.with_themes(h)) == docids_of(b.with_themes(h)));
  REQUIRE(a.filter_terms() == b.filter_terms());
  for (uint32_t t = 0; t < a.filter_terms().size(); ++t) CHECK(a.having_term(t) == b.having_term(t));
  for (unsigned d = 1; d <= last_docid + 1; ++d) {  // one past the end: the empty row
    const FacetTable::Row& x = a.row(d);
    const FacetTable::Row& y = b.row(d);
    CHECK(x.where == y.where);
    CHECK(x.what == y.what);
    CHECK(x.ret == y.ret);
    CHECK(x.collaborative == y.collaborative);
    CHECK(a.rank(d) == b.rank(d));
  }
}

}  // namespace

TEST_CASE("facet table file: read back, it is the table built from the database, in one database and in shards",
          "[facet_table]") {
  for (unsigned shards : {1u, 2u}) {
    CAPTURE(shards);
    const IndexedBundled indexed({"2014-03", "2013-03"}, shards);
    const IndexReader index = Open(indexed);
    CHECK(FacetTablePath(index) == (indexed.dir.path / "facet-table").string());
    CHECK_FALSE(FacetTableFor(index).has_value());  // none kept yet: the caller builds or reads the documents
    REQUIRE(RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget).value());
    auto built = FacetTable::Build(index);
    REQUIRE(built.ok());
    auto loaded = LoadFacetTable(index);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value().has_value());
    CHECK(loaded.value()->comments() == indexed.records.size());
    CheckSameTable(*loaded.value(), built.value(), index.db().get_lastdocid());

    // Searches counted from the loaded table find what the searches that read
    // every match find.
    for (SearchRequest request : returns::test::VariedRequests()) {
      INFO("selection: " << returns::DescribeSelection(request));
      request.limit = 7;
      const auto without = returns::Search(index, request);
      request.table = &*loaded.value();
      returns::test::CheckSameResults(returns::Search(index, request), without);
    }
  }
}

TEST_CASE("facet table file: a table of another revision is not used, the next one written is", "[facet_table]") {
  const IndexedBundled indexed({"2014-03"});
  REQUIRE(RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget).value());
  const std::string kept = ReadBytes(indexed.dir.path / "facet-table");
  {
    returns::IndexWriterOptions options;
    options.lexicon_name = returns::test::DefaultMatcher().name();
    options.lexicon_version = returns::test::DefaultMatcher().version();
    auto writer = returns::IndexWriter::Open(indexed.dir.path.string(), options);
    REQUIRE(writer.ok());
    for (returns::CommentRecord& r : returns::test::BundledRecords("2015-03")) {
      r.tags = returns::test::DefaultMatcher().Tag(r.text, r.question);
      REQUIRE(writer.value()->Add(r).ok());
    }
    REQUIRE(writer.value()->Commit().ok());
  }
  const IndexReader index = Open(indexed);
  auto stale = LoadFacetTable(index);
  REQUIRE(stale.ok());
  CHECK_FALSE(stale.value().has_value());  // built before the second round: not read
  // Above the size a table is kept for: none written, the stale one removed.
  auto big = RefreshFacetTable(indexed.dir.path.string(), indexed.records.size());
  REQUIRE(big.ok());
  CHECK_FALSE(big.value());
  CHECK_FALSE(std::filesystem::exists(indexed.dir.path / "facet-table"));
  REQUIRE(RefreshFacetTable(indexed.dir.path.string(), 2 * indexed.records.size()).value());
  auto fresh = LoadFacetTable(index);
  REQUIRE(fresh.ok());
  REQUIRE(fresh.value().has_value());
  CHECK(fresh.value()->comments() == 2 * indexed.records.size());
  CHECK(ReadBytes(indexed.dir.path / "facet-table") != kept);
  // No temporary file is left beside it.
  for (const auto& e : std::filesystem::directory_iterator(indexed.dir.path)) {
    CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
  }
}

TEST_CASE("facet table file: a damaged file is Corruption naming it, and the commands then do without", "[facet_table]") {
  const IndexedBundled indexed({"2014-03"});
  REQUIRE(RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget).value());
  const std::filesystem::path path = indexed.dir.path / "facet-table";
  const std::string good = ReadBytes(path);
  const IndexReader index = Open(indexed);
  REQUIRE(FacetTableFor(index).has_value());

  std::vector<std::pair<std::string, std::string>> damaged = {
      {"empty", ""},
      {"another file", "auto gen-000001\n"},
      {"cut short", good.substr(0, good.size() - 7)},
      {"cut in the arrays", good.substr(0, good.size() / 2)},
      {"a byte more", good + "x"},
  };
  // Every 4-byte integer of the arrays set to a large number, one at a time
  // (a sample): a row, slot, rank or docid that points past what the file
  // holds. Some land where any value is allowed (a length or a string's
  // byte); those that are indexes must be caught.
  for (size_t at = 64; at + 4 < good.size(); at += good.size() / 40) {
    std::string bad = good;
    bad.replace(at, 4, std::string("\xff\xff\xff\x7f", 4));
    damaged.emplace_back("0x7fffffff at byte " + std::to_string(at), bad);
  }
  size_t caught = 0;
  for (const auto& [what, bytes] : damaged) {
    CAPTURE(what);
    WriteBytes(path, bytes);
    auto loaded = LoadFacetTable(index);  // must not crash or read out of bounds (the sanitizer build checks)
    if (!loaded.ok()) {
      ++caught;
      CHECK(loaded.status().code() == Status::Code::kCorruption);
      CHECK(loaded.status().location() == path.string());
      CHECK_FALSE(FacetTableFor(index).has_value());
    } else if (loaded.value().has_value()) {
      // Read as a table: only where the change hit a byte any value may take;
      // still a table whose every index is in bounds.
      const FacetTable& t = *loaded.value();
      for (unsigned d : t.docids()) {
        CHECK(t.row(d).where < t.wheres().size());
        CHECK(t.row(d).what < t.whats().size());
      }
    }
  }
  CHECK(caught >= 5);  // at least the five cut, padded or foreign files
  WriteBytes(path, good);
  CHECK(FacetTableFor(index).has_value());
}

TEST_CASE("facet table file: counts past the rows it holds are Corruption, not arrays sized by them", "[facet_table]") {
  const IndexedBundled indexed({"2014-03"});
  REQUIRE(RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget).value());
  const std::filesystem::path path = indexed.dir.path / "facet-table";
  const std::string good = ReadBytes(path);
  const IndexReader index = Open(indexed);
  // After the magic line and the byte order: the identity (a length and its
  // bytes), then the counts of returns, collaboratives and comments.
  size_t at = std::string("returns-facet-table 1\n").size() + 1;
  REQUIRE(good.compare(0, at - 1, "returns-facet-table 1\n") == 0);
  REQUIRE((static_cast<unsigned char>(good[at]) & 0x80) == 0);  // one shard's identity: its length in one byte
  at += 1 + static_cast<unsigned char>(good[at]);
  const std::string huge("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 10);  // 2^64 - 1
  for (int count = 0; count < 3; ++count) {
    CAPTURE(count);
    std::string bad = good;
    size_t field = at;
    for (int skip = 0; skip < count; ++skip) {
      while (static_cast<unsigned char>(bad[field]) & 0x80) ++field;
      ++field;
    }
    size_t end = field;
    while (static_cast<unsigned char>(bad[end]) & 0x80) ++end;
    bad.replace(field, end + 1 - field, huge);
    WriteBytes(path, bad);
    auto loaded = LoadFacetTable(index);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == Status::Code::kCorruption);
  }
  WriteBytes(path, good);
  CHECK(LoadFacetTable(index).value().has_value());
}

TEST_CASE("facet table file: written under the writer's lock, a killed run's temporary file removed", "[facet_table]") {
  const IndexedBundled indexed({"2014-03"});
  const std::filesystem::path path = indexed.dir.path / "facet-table";
  const std::filesystem::path leftover = indexed.dir.path / "facet-table.999999.tmp";
  WriteBytes(leftover, "half a table");
  {
    auto lock = returns::WriterLock::Acquire(indexed.dir.path.string(), false);
    REQUIRE(lock.ok());
    auto kept = RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept.value());  // another writer at work: it writes its own when done
    CHECK_FALSE(std::filesystem::exists(path));
  }
  REQUIRE(RefreshFacetTable(indexed.dir.path.string(), returns::kTableCommentsInBudget).value());
  CHECK(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(leftover));
}

TEST_CASE("facet table file: none is kept for several databases searched as one", "[facet_table]") {
  const IndexedBundled a({"2014-03"});
  const IndexedBundled b({"2013-03"});
  auto both = IndexReader::Open(std::vector<std::string>{a.dir.path.string(), b.dir.path.string()});
  REQUIRE(both.ok());
  CHECK(FacetTablePath(both.value()).empty());
  auto table = FacetTable::Build(both.value());
  REQUIRE(table.ok());
  CHECK(SaveFacetTable(both.value(), table.value()).ok());  // nothing written, no error
  CHECK_FALSE(std::filesystem::exists(a.dir.path / "facet-table"));
  CHECK_FALSE(LoadFacetTable(both.value()).value().has_value());
}
