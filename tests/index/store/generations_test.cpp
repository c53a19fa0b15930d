#include "index/store/generations.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "index/store/document_codec.h"
#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "tests/corpus/bundled_records.h"
#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::CommentRecord;
using returns::IndexReader;
using returns::IndexWriter;
using returns::IndexWriterOptions;
using returns::test::TempDir;

// The entries of `dir` whose names start with "gen-".
std::set<std::string> Generations(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("gen-", 0) == 0) out.insert(name);
  }
  return out;
}

void Run(const std::string& dir, const std::vector<CommentRecord>& records, const IndexWriterOptions& options = {}) {
  auto writer = IndexWriter::Open(dir, options);
  INFO(writer.status().ToString());
  REQUIRE(writer.ok());
  REQUIRE(writer.value()->AddBatch(records, 2).ok());
  REQUIRE(writer.value()->Commit().ok());
}

unsigned Documents(const std::string& dir) {
  auto reader = IndexReader::Open(dir);
  INFO(reader.status().ToString());
  REQUIRE(reader.ok());
  return reader.value().Info().value().documents;
}

// Comments [from, to) of the bundled corpus, each run its own round: no run
// replaces a return of another.
std::vector<CommentRecord> Part(const std::vector<CommentRecord>& all, size_t from, size_t to) {
  std::vector<CommentRecord> out(all.begin() + static_cast<long>(from), all.begin() + static_cast<long>(to));
  for (CommentRecord& r : out) r.round = "run-" + std::to_string(from);
  return out;
}

}  // namespace

TEST_CASE("each run is a new generation, the previous one is kept, older ones deleted", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  Run(dir, Part(records, 0, 10));
  CHECK(returns::ReadStub(dir) == "auto gen-000001\n");
  Run(dir, Part(records, 10, 20));
  Run(dir, Part(records, 20, 30));
  CHECK(returns::ReadStub(dir) == "auto gen-000003\n");
  CHECK(Generations(dir) == std::set<std::string>{"gen-000002", "gen-000003"});
  CHECK(Documents(dir) == 30);  // each generation starts as a copy of the last
}

TEST_CASE("a run dropped without Commit leaves the stub and deletes its generation", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  Run(dir, Part(records, 0, 10));
  {
    IndexWriterOptions small;
    small.commit_every = 3;  // the dropped run has committed into its generation
    auto writer = IndexWriter::Open(dir, small);
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->AddBatch(Part(records, 10, 40), 1).ok());
    CHECK(Documents(dir) == 10);  // readers see none of it meanwhile
  }
  CHECK(returns::ReadStub(dir) == "auto gen-000001\n");
  CHECK(Generations(dir) == std::set<std::string>{"gen-000001"});
  CHECK(Documents(dir) == 10);
}

TEST_CASE("a generation left by a killed run is skipped, then deleted", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  Run(dir, Part(records, 0, 10));
  fs::create_directories(fs::path(dir) / "gen-000002");  // as a kill -9 would leave it
  std::ofstream(fs::path(dir) / "gen-000002" / "junk") << "half a run";
  CHECK(returns::NextGeneration(dir) == "gen-000003");
  Run(dir, Part(records, 10, 20));
  CHECK(returns::ReadStub(dir) == "auto gen-000003\n");
  CHECK(Generations(dir) == std::set<std::string>{"gen-000001", "gen-000003"});
  CHECK(Documents(dir) == 20);
}

TEST_CASE("a reader keeps its snapshot while generations are switched and deleted", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  Run(dir, Part(records, 0, 10));
  auto reader = IndexReader::Open(dir);
  REQUIRE(reader.ok());
  Run(dir, Part(records, 10, 20));
  Run(dir, Part(records, 20, 30));  // the reader's generation is deleted
  CHECK_FALSE(fs::exists(fs::path(dir) / "gen-000001"));
  auto info = reader.value().Info();
  REQUIRE(info.ok());
  CHECK(info.value().documents == 10);
  const Xapian::Database& db = reader.value().db();
  CHECK(returns::DecodeComment(db.get_document(db.postlist_begin("").operator*())).ok());
  auto moved = reader.value().Reopen();
  REQUIRE(moved.ok());
  CHECK(moved.value());
  CHECK(reader.value().Info().value().documents == 30);
}

TEST_CASE("a database written before generations is read as it is and becomes one at the next run",
          "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE);
    returns::TextTerms text_terms;
    for (const CommentRecord& r : Part(records, 0, 10)) {
      db.replace_document(returns::IdTerm(r), returns::EncodeComment(r, text_terms));
    }
    db.set_metadata(returns::schema::kSchemaKey, std::to_string(returns::schema::kSchemaVersion));
    db.commit();
  }
  CHECK(Documents(dir) == 10);
  Run(dir, Part(records, 10, 15));
  CHECK(returns::ReadStub(dir) == "auto gen-000001\n");
  CHECK_FALSE(fs::exists(fs::path(dir) / "iamglass"));
  CHECK(Documents(dir) == 15);
}

TEST_CASE("a stub naming another directory's shards is not written to", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  fs::create_directories(dir);
  std::ofstream(fs::path(dir) / "XAPIANDB") << "auto /elsewhere/shard-00\n";
  auto writer = IndexWriter::Open(dir, {});
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().message().find("'auto' and a relative path") != std::string::npos);
}

namespace {

// The bytes of the Xapian files under `dir`.
uintmax_t DatabaseBytes(const std::string& dir) {
  uintmax_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".glass") bytes += e.file_size();
  }
  return bytes;
}

// Every document's docid and data, in docid order.
std::vector<std::pair<Xapian::docid, std::string>> AllDocuments(const Xapian::Database& db) {
  std::vector<std::pair<Xapian::docid, std::string>> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    out.emplace_back(*it, db.get_document(*it).get_data());
  }
  return out;
}

}  // namespace

TEST_CASE("a run is compacted before it becomes current: smaller, the same documents and docids",
          "[index][generations]") {
  TempDir tmp;
  const auto records = returns::test::BundledRecords("2013-03");
  IndexWriterOptions plain;
  plain.compact = false;
  for (unsigned count : {1u, 2u}) {
    INFO(count << " shards");
    const std::string compacted = tmp / ("compacted-" + std::to_string(count));
    const std::string written = tmp / ("written-" + std::to_string(count));
    IndexWriterOptions compact;
    compact.compact_always = true;  // the removal below too, however small
    compact.shards = plain.shards = count;
    // Two runs, the second replacing returns of the first: docids with gaps.
    std::vector<CommentRecord> first = records, second(records.begin(), records.begin() + 40);
    for (CommentRecord& r : second) r.text += " Again.";
    // Then a collaborative's comments removed: the last docids among them.
    const auto remove_last = [&](const std::string& dir, const IndexWriterOptions& options) {
      auto writer = IndexWriter::Open(dir, options);
      REQUIRE(writer.ok());
      auto removed = writer.value()->Remove(records.back().round, records.back().collaborative_name());
      REQUIRE(removed.ok());
      CHECK(removed.value() > 0);
      REQUIRE(writer.value()->Commit().ok());
    };
    Run(compacted, first, compact);
    Run(compacted, second, compact);
    remove_last(compacted, compact);
    Run(written, first, plain);
    Run(written, second, plain);
    remove_last(written, plain);
    CHECK(returns::ReadStub(compacted) == returns::ReadStub(written));
    CHECK(DatabaseBytes(compacted) < DatabaseBytes(written) * 9 / 10);
    CHECK(Documents(compacted) == Documents(written));  // the count, as readers see it
    CHECK(Generations(compacted) == std::set<std::string>{"gen-000002", "gen-000003"});
    for (const auto& e : fs::recursive_directory_iterator(compacted)) CHECK(e.path().filename() != "compact");
    const Xapian::Database a(compacted), b(written);
    CHECK(a.get_lastdocid() == b.get_lastdocid());
    CHECK(AllDocuments(a) == AllDocuments(b));
    // Every shard's metadata (Xapian reads a stub's from its first shard only).
    const auto shards = returns::CurrentShards(written).value();
    REQUIRE(shards.size() == count);
    for (const std::string& shard : shards) {
      const Xapian::Database sa((fs::path(compacted) / shard).string()), sb((fs::path(written) / shard).string());
      const std::vector<std::string> keys(sb.metadata_keys_begin(), sb.metadata_keys_end());
      CHECK(std::find(keys.begin(), keys.end(), returns::schema::kSchemaKey) != keys.end());
      CHECK(std::vector<std::string>(sa.metadata_keys_begin(), sa.metadata_keys_end()) == keys);
      for (const std::string& key : keys) {
        if (key != returns::schema::kWrittenAtKey && key != returns::schema::kUncompactedKey) {
          CHECK(sa.get_metadata(key) == sb.get_metadata(key));
        }
      }
      CHECK(sa.get_metadata(returns::schema::kUncompactedKey) == "0");
      CHECK(sb.get_metadata(returns::schema::kUncompactedKey) != "0");
    }
    Xapian::Enquire ea(a), eb(b);
    ea.set_query(Xapian::Query("Zmoder"));
    eb.set_query(Xapian::Query("Zmoder"));
    const Xapian::MSet ma = ea.get_mset(0, 1000), mb = eb.get_mset(0, 1000);
    REQUIRE(ma.size() > 0);
    REQUIRE(ma.size() == mb.size());
    for (unsigned i = 0; i < ma.size(); ++i) CHECK(*ma[i] == *mb[i]);
  }
}

TEST_CASE("only an unfinished generation is compacted in place", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Run(dir, Part(returns::test::BundledRecords("2013-03"), 0, 10));
  for (const std::string& path : {std::string("gen-000001"), std::string("."), std::string("elsewhere")}) {
    INFO(path);
    const returns::Status s = returns::CompactDatabase(dir, path);
    CHECK_FALSE(s.ok());
    CHECK(s.ToString().find("only an unfinished generation") != std::string::npos);
  }
  CHECK(Documents(dir) == 10);
}

TEST_CASE("compacting what is not a database fails with its path, not an exception", "[index][generations]") {
  TempDir tmp;
  fs::create_directories(tmp / "db/gen-000001");
  std::ofstream(tmp / "db/gen-000001/junk") << "half a run";
  const returns::Status s = returns::CompactDatabase(tmp / "db", "gen-000001");
  REQUIRE_FALSE(s.ok());
  CHECK(s.ToString().find("gen-000001") != std::string::npos);
  CHECK(s.ToString().find("cannot compact") != std::string::npos);
}

namespace {

std::string Uncompacted(const std::string& dir) {
  return Xapian::Database(dir).get_metadata(returns::schema::kUncompactedKey);
}

}  // namespace

TEST_CASE("small runs add up to an eighth of the database, then it is compacted", "[index][generations]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const auto records = returns::test::BundledRecords("2013-03");
  const size_t n = records.size(), small = n / 20;  // three of them: over an eighth of n, two not
  REQUIRE(small >= 2);
  Run(dir, Part(records, 0, n - 3 * small));
  CHECK(Uncompacted(dir) == "0");
  Run(dir, Part(records, n - 3 * small, n - 2 * small));
  CHECK(Uncompacted(dir) == std::to_string(small));
  Run(dir, Part(records, n - 2 * small, n - small));
  CHECK(Uncompacted(dir) == std::to_string(2 * small));
  // Re-indexing a file counts its comments deleted and written again.
  std::vector<CommentRecord> again = Part(records, n - small, n);
  Run(dir, again);
  CHECK(Uncompacted(dir) == "0");
  CHECK(Documents(dir) == n);
  // A database never compacted (no count kept) counts every comment.
  IndexWriterOptions plain;
  plain.compact = false;
  const std::string never = tmp / "never";
  Run(never, Part(records, 0, n - small), plain);
  CHECK(Uncompacted(never) == std::to_string(n - small));
  {
    Xapian::WritableDatabase db((fs::path(never) / "gen-000001").string());
    db.set_metadata(returns::schema::kUncompactedKey, "");  // as written before the count was kept
    db.commit();
  }
  Run(never, Part(records, n - small, n));
  CHECK(Uncompacted(never) == "0");
}

TEST_CASE("a run changing under an eighth of the database leaves its copy uncompacted", "[index][generations]") {
  TempDir tmp;
  const auto records = returns::test::BundledRecords("2013-03");
  REQUIRE(records.size() > 80);
  IndexWriterOptions plain;
  plain.compact = false;
  const std::string a = tmp / "a", b = tmp / "b";
  Run(a, Part(records, 0, records.size() - 10));
  Run(b, Part(records, 0, records.size() - 10));
  // 10 comments into a database of many more: the same bytes as not compacting.
  Run(a, Part(records, records.size() - 10, records.size()));
  Run(b, Part(records, records.size() - 10, records.size()), plain);
  CHECK(DatabaseBytes(a) == DatabaseBytes(b));
  // A run of an eighth of what the database then holds is compacted.
  const size_t eighth = records.size() / 7 + 1;  // 8 × eighth ≥ records + eighth
  std::vector<CommentRecord> again(records.begin(), records.begin() + static_cast<long>(eighth));
  for (CommentRecord& r : again) r.round = "again";
  Run(a, again);
  Run(b, again, plain);
  CHECK(DatabaseBytes(a) < DatabaseBytes(b));
  CHECK(Documents(a) == Documents(b));
}
