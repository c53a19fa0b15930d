#include "index/store/source_files.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "tests/index/store/writer_runs.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::CommentRecord;
using returns::test::Comment;
using returns::test::From;
using returns::test::Index;
using returns::test::OpenWriter;
using returns::test::Stored;
using returns::test::TempDir;
using returns::test::WriteBytes;

// Runs the body in `dir`, the process's directory put back afterwards: a
// source is the path as given, resolved from the run's directory.
template <typename Body>
void In(const fs::path& dir, Body body) {
  const fs::path before = fs::current_path();
  fs::current_path(dir);
  try {
    body();
  } catch (...) {
    fs::current_path(before);
    throw;
  }
  fs::current_path(before);
}

// Two folders, each with its own returns.csv.
struct TwoFolders {
  TempDir tmp;
  fs::path north = tmp.path / "north", south = tmp.path / "south";
  std::string db = tmp / "db";
  TwoFolders() {
    fs::create_directories(north);
    fs::create_directories(south);
    WriteBytes(north / "returns.csv", "north's\n");
    WriteBytes(south / "returns.csv", "south's\n");
  }
};

std::vector<CommentRecord> NorthRound() {
  return From("returns.csv", {Comment("2014-03", "q2/samphire-hub/a", 1, "a one"),
                              Comment("2014-03", "q2/m7/b", 1, "b one", "M7 Partnership")});
}

std::vector<CommentRecord> SouthRound() {
  return From("returns.csv", {Comment("2014-03", "q2/zephyr/c", 1, "c one", "Zephyr Group")});
}

}  // namespace

TEST_CASE("ResolvedFile: the regular file a source names from here, absolute, none for stdin or nothing",
          "[index][source]") {
  TempDir tmp;
  WriteBytes(tmp.path / "a.csv", "x\n");
  fs::create_directories(tmp.path / "sub");
  In(tmp.path / "sub", [&] {
    const std::string want = fs::canonical(tmp.path / "a.csv").string();
    CHECK(returns::ResolvedFile("../a.csv") == want);
    CHECK(returns::ResolvedFile("./../sub/../a.csv") == want);
    CHECK(returns::ResolvedFile(want) == want);
    CHECK(returns::ResolvedFile("-").empty());
    CHECK(returns::ResolvedFile("").empty());
    CHECK(returns::ResolvedFile("missing.csv").empty());
    CHECK(returns::ResolvedFile("..").empty());  // a directory
  });
}

TEST_CASE("SourceFileKey: one key a term, short enough for Xapian's metadata", "[index][source]") {
  const std::string a = returns::SourceFileKey("XS2014-03\x1f" "returns.csv");
  CHECK(a.rfind("returns.source-file.#", 0) == 0);
  CHECK(a.size() == std::string("returns.source-file.#").size() + 16);
  CHECK(a != returns::SourceFileKey("XS2014-03\x1f" "returns2.csv"));
  CHECK(a == returns::SourceFileKey("XS2014-03\x1f" "returns.csv"));
}

TEST_CASE("a file of the same name from another folder, still there, fails the run and changes nothing",
          "[index][writer][source]") {
  TwoFolders f;
  In(f.north, [&] { Index(f.db, NorthRound()); });
  const auto before = Stored(f.db);
  REQUIRE(before.size() == 2);
  In(f.south, [&] {
    for (int jobs : {1, 2}) {
      INFO(jobs << " jobs");
      auto writer = OpenWriter(f.db);
      const returns::Status s = writer->AddBatch(SouthRound(), jobs);
      REQUIRE_FALSE(s.ok());
      CHECK(s.code() == returns::Status::Code::kInvalidInput);
      CHECK(s.location() == "returns.csv");
      CHECK(s.message().find("round 2014-03 holds 2 comments indexed under this name from another file, " +
                             fs::canonical(f.north / "returns.csv").string() + ", which this one (" +
                             fs::canonical(f.south / "returns.csv").string() + ") would replace") == 0);
      CHECK(s.message().find("move that one away first") != std::string::npos);
    }  // the writer dropped: nothing committed
  });
  CHECK(Stored(f.db) == before);
  // Given by paths that tell them apart, both files' comments are kept.
  In(f.tmp.path, [&] { Index(f.db, From("south/returns.csv", SouthRound())); });
  CHECK(Stored(f.db).size() == 3);
}

TEST_CASE("the same file indexed again, from its folder or by another path, replaces its comments unsaid",
          "[index][writer][source]") {
  TwoFolders f;
  In(f.north, [&] { Index(f.db, NorthRound()); });
  In(f.north, [&] {
    auto writer = OpenWriter(f.db);
    REQUIRE(writer->AddBatch(From("returns.csv", {Comment("2014-03", "q2/samphire-hub/a", 1, "a fixed")}), 1).ok());
    REQUIRE(writer->Commit().ok());
    CHECK(writer->replaced_files().empty());
  });
  // b's comment went with the file's earlier comments: the file no longer has it.
  CHECK(Stored(f.db) == std::map<std::string, std::string>{{"2014-03/q2/samphire-hub/a#1", "a fixed"}});
  // The kept file survives a reindex (another generation of the database): south's is still refused.
  const auto matcher = returns::test::DefaultMatcher();
  {
    auto writer = OpenWriter(f.db);
    REQUIRE(writer->Retag(matcher).ok());
    REQUIRE(writer->Commit().ok());
  }
  In(f.south, [&] {
    auto writer = OpenWriter(f.db);
    CHECK_FALSE(writer->AddBatch(SouthRound(), 1).ok());
  });
}

TEST_CASE("a file of the same name whose earlier file is gone replaces its comments, and that is said",
          "[index][writer][source]") {
  TwoFolders f;
  In(f.north, [&] { Index(f.db, NorthRound()); });
  const std::string north_file = fs::canonical(f.north / "returns.csv").string();
  fs::rename(f.north / "returns.csv", f.tmp.path / "moved.csv");
  In(f.south, [&] {
    auto writer = OpenWriter(f.db);
    REQUIRE(writer->AddBatch(SouthRound(), 2).ok());
    REQUIRE(writer->Commit().ok());
    const std::vector<returns::ReplacedFile> replaced = writer->replaced_files();
    REQUIRE(replaced.size() == 1);
    CHECK(replaced[0].comments == 2);
    CHECK(replaced[0].earlier_file == north_file);
    CHECK(returns::DescribeReplacedFiles(replaced) ==
          std::vector<std::string>{"returns.csv: replaced 2 comments of round 2014-03 read from " + north_file +
                                   ", which is no longer there, with this run's " +
                                   fs::canonical(f.south / "returns.csv").string()});
  });
  CHECK(Stored(f.db) == std::map<std::string, std::string>{{"2014-03/q2/zephyr/c#1", "c one"}});
}

TEST_CASE("the same file through a folder moved and linked back is the same file", "[index][writer][source]") {
  TwoFolders f;
  In(f.north, [&] { Index(f.db, NorthRound()); });
  fs::create_directories(f.tmp.path / "disk");
  fs::rename(f.north, f.tmp.path / "disk" / "north");
  fs::create_directory_symlink(f.tmp.path / "disk" / "north", f.north);
  In(f.north, [&] {
    auto writer = OpenWriter(f.db);
    const returns::Status s = writer->AddBatch(From("returns.csv", {Comment("2014-03", "q2/samphire-hub/a", 1, "a fixed")}), 1);
    INFO(s.ToString());
    REQUIRE(s.ok());
    REQUIRE(writer->Commit().ok());
    CHECK(writer->replaced_files().empty());
  });
  CHECK(Stored(f.db) == std::map<std::string, std::string>{{"2014-03/q2/samphire-hub/a#1", "a fixed"}});
}

TEST_CASE("records whose source field names a file here, not read by this run, are not taken for it",
          "[index][writer][source]") {
  TwoFolders f;
  In(f.north, [&] { Index(f.db, NorthRound()); });
  // north's records as ingest wrote them, indexed from south's folder: south's returns.csv is not what was read.
  In(f.south, [&] {
    auto writer = OpenWriter(f.db);
    const returns::Status s = writer->AddBatch(returns::test::Carrying("returns.csv", NorthRound()), 1);
    INFO(s.ToString());
    REQUIRE(s.ok());
    REQUIRE(writer->Commit().ok());
    CHECK(writer->replaced_files().empty());
  });
  CHECK(Stored(f.db).size() == 2);
  // They left no file kept: south's own file by that name replaces them, as before the database kept files.
  In(f.south, [&] { Index(f.db, SouthRound()); });
  CHECK(Stored(f.db) == std::map<std::string, std::string>{{"2014-03/q2/zephyr/c#1", "c one"}});
}

TEST_CASE("sources that name no file here, and databases that kept no file, replace as before",
          "[index][writer][source]") {
  TwoFolders f;
  // A JSON record's source written in another folder: no file here, nothing kept, nothing checked.
  In(f.tmp.path, [&] { Index(f.db, NorthRound()); });  // no returns.csv in tmp
  In(f.south, [&] {
    auto writer = OpenWriter(f.db);
    REQUIRE(writer->AddBatch(SouthRound(), 1).ok());
    REQUIRE(writer->Commit().ok());
    CHECK(writer->replaced_files().empty());
  });
  CHECK(Stored(f.db).size() == 1);
  // Now south's file is kept: north's, by the same name, is refused; records
  // under that name that name no file here (JSON Lines from elsewhere) replace it unchecked.
  In(f.north, [&] {
    auto writer = OpenWriter(f.db);
    CHECK_FALSE(writer->AddBatch(NorthRound(), 1).ok());
  });
  In(f.tmp.path, [&] { Index(f.db, NorthRound()); });
  CHECK(Stored(f.db).size() == 2);
}
