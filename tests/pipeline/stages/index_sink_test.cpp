#include "pipeline/stages/index_sink.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <memory>
#include <string>
#include <vector>

#include "index/store/index_reader.h"
#include "tests/corpus/bundled_records.h"
#include "tests/temp_dir.h"

using returns::CommentRecord;
using returns::IndexReader;
using returns::IndexSink;
using returns::IndexWriter;
using returns::test::BundledRecords;
using returns::test::TempDir;

namespace {

std::unique_ptr<IndexWriter> OpenWriter(const std::string& dir) {
  // Copied from strings, not assigned from literals: GCC 12 warns falsely (-Wrestrict) here.
  static const std::string kName = "test-lexicon", kVersion = "1";
  returns::IndexWriterOptions options;
  options.lexicon_name = kName;
  options.lexicon_version = kVersion;
  auto writer = IndexWriter::Open(dir, options);
  REQUIRE(writer.ok());
  return std::move(writer).value();
}

// What a reader opened now sees of the database.
returns::IndexInfo InfoOf(const std::string& dir) {
  const auto index = IndexReader::Open(dir);
  REQUIRE(index.ok());
  auto info = index.value().Info();
  REQUIRE(info.ok());
  return std::move(info).value();
}

// Writes `records` through a sink in batches of `batch_size`.
void WriteAll(IndexSink& sink, const std::vector<CommentRecord>& records, size_t batch_size, int jobs) {
  for (size_t i = 0; i < records.size(); i += batch_size) {
    const auto end = records.begin() + static_cast<long>(std::min(records.size(), i + batch_size));
    REQUIRE(sink.Write({records.begin() + static_cast<long>(i), end}, jobs).ok());
  }
}

// A database holding the bundled corpus as round 2013-03.
void SeedDatabase(const std::string& dir) {
  IndexSink sink(OpenWriter(dir));
  WriteAll(sink, BundledRecords("2013-03"), 100, 1);
  REQUIRE(sink.Finish().ok());
}

// Runs `fn` in a child process; its wait status.
template <typename Fn>
int InChild(Fn fn) {
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::signal(SIGABRT, SIG_DFL);  // not Catch's handler: die as a kill would
    fn();
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return status;
}

}  // namespace

TEST_CASE("Write adds the records, Finish commits them", "[index_sink]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  const std::vector<CommentRecord> records = BundledRecords("2013-03");
  {
    IndexSink sink(OpenWriter(db));
    WriteAll(sink, records, 100, 2);
    REQUIRE(sink.Finish().ok());
  }
  const returns::IndexInfo info = InfoOf(db);
  CHECK(info.documents == records.size());
  CHECK(info.returns == 90);
  CHECK(info.rounds == std::vector<std::string>{"2013-03"});
  CHECK(info.lexicon_name == "test-lexicon");
}

TEST_CASE("nothing written is visible before Finish", "[index_sink]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  SeedDatabase(db);
  IndexSink sink(OpenWriter(db));
  WriteAll(sink, BundledRecords("2014-03"), 50, 1);
  CHECK(InfoOf(db).documents == 445);
  CHECK(InfoOf(db).rounds == std::vector<std::string>{"2013-03"});
  REQUIRE(sink.Finish().ok());
  CHECK(InfoOf(db).documents == 2 * 445);
  CHECK(InfoOf(db).rounds == std::vector<std::string>{"2013-03", "2014-03"});
}

TEST_CASE("a sink dropped without Finish leaves the database as it was", "[index_sink]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  SeedDatabase(db);
  const returns::IndexInfo before = InfoOf(db);
  {
    IndexSink sink(OpenWriter(db));
    WriteAll(sink, BundledRecords("2014-03"), 100, 2);
    // The same round again would replace returns: dropped, it must not either.
    WriteAll(sink, BundledRecords("2013-03"), 100, 1);
  }
  const returns::IndexInfo after = InfoOf(db);
  CHECK(after.documents == before.documents);
  CHECK(after.returns == before.returns);
  CHECK(after.rounds == before.rounds);
  CHECK(after.written_at == before.written_at);

  // The lock went with the sink: another run can write and commit.
  IndexSink again(OpenWriter(db));
  WriteAll(again, BundledRecords("2014-03"), 445, 1);
  REQUIRE(again.Finish().ok());
  CHECK(InfoOf(db).documents == 2 * 445);
}

TEST_CASE("a run writing the same records again changes nothing", "[index_sink]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  SeedDatabase(db);
  SeedDatabase(db);
  CHECK(InfoOf(db).documents == 445);
  CHECK(InfoOf(db).returns == 90);
}

TEST_CASE("abort_after: the process dies once that many records are added", "[index_sink]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  SeedDatabase(db);
  const int status = InChild([&] {
    IndexSink sink(OpenWriter(db), 150);
    const std::vector<CommentRecord> records = BundledRecords("2014-03");
    for (size_t i = 0; i < records.size(); i += 100) {
      const auto end = records.begin() + static_cast<long>(std::min(records.size(), i + 100));
      (void)sink.Write({records.begin() + static_cast<long>(i), end}, 1);
    }
    (void)sink.Finish();
  });
  CHECK(WIFSIGNALED(status));
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT));
  // Killed mid-run: the database as it was.
  CHECK(InfoOf(db).documents == 445);
  CHECK(InfoOf(db).rounds == std::vector<std::string>{"2013-03"});
}

TEST_CASE("abort_after: the default and 0 never abort", "[index_sink]") {
  // The header: "`abort_after` > 0: abort() once that many records are added".
  // Index's RETURNS_TEST_ABORT_AFTER=0 (or any non-number, atol gives 0) passes 0.
  for (long abort_after : {-1L, 0L}) {
    INFO("abort_after " << abort_after);
    TempDir tmp;
    const std::string db = tmp / "db";
    const int status = InChild([&] {
      IndexSink sink(OpenWriter(db), abort_after);
      if (!sink.Write(BundledRecords("2013-03"), 1).ok()) _exit(3);
      if (!sink.Finish().ok()) _exit(4);
    });
    CHECK(WIFEXITED(status));
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
}
