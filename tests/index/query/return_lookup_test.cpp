#include "index/query/return_lookup.h"

#include <catch2/catch.hpp>

#include <map>

#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "tests/corpus/bundled_records.h"
#include "tests/temp_dir.h"

using returns::CommentRecord;
using returns::IndexReader;

namespace {

void Write(const std::string& dir, const std::vector<CommentRecord>& records) {
  // Copied from strings, not assigned from literals: GCC 12 warns falsely (-Wrestrict) here.
  static const std::string kName = "test", kVersion = "1";
  returns::IndexWriterOptions options;
  options.lexicon_name = kName;
  options.lexicon_version = kVersion;
  auto writer = returns::IndexWriter::Open(dir, options);
  REQUIRE(writer.ok());
  for (const CommentRecord& r : records) REQUIRE(writer.value()->Add(r).ok());
  REQUIRE(writer.value()->Commit().ok());
}

}  // namespace

TEST_CASE("a comment is found by round and id, and its whole return in order", "[index][lookup]") {
  returns::test::TempDir tmp;
  const std::vector<CommentRecord> records = returns::test::BundledRecords("2013-03");
  Write(tmp.path.string(), records);
  std::vector<CommentRecord> later = returns::test::BundledRecords("2014-03");
  later.resize(30);
  Write(tmp.path.string(), later);
  auto index = IndexReader::Open(tmp.path.string());
  REQUIRE(index.ok());
  std::map<std::string, std::vector<const CommentRecord*>> returns_of;
  for (const CommentRecord& r : records) returns_of[r.return_id].push_back(&r);
  for (const CommentRecord& r : {records.front(), records[200], records.back()}) {
    auto found = returns::FindComment(index.value(), "2013-03", r.comment_id);
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->text == r.text);
    CHECK(found.value()->round == "2013-03");
    auto whole = returns::ReturnComments(index.value(), *found.value());
    REQUIRE(whole.ok());
    const auto& expected = returns_of.at(r.return_id);
    REQUIRE(whole.value().size() == expected.size());  // that round's return only, not 2014-03's copy
    for (size_t i = 0; i < expected.size(); ++i) {
      CHECK(whole.value()[i].position == expected[i]->position);
      CHECK(whole.value()[i].text == expected[i]->text);
    }
  }
  auto none = returns::FindComment(index.value(), "2013-03", "q9/no-such#1");
  REQUIRE(none.ok());
  CHECK_FALSE(none.value().has_value());
  auto other_round = returns::FindComment(index.value(), "2099-01", records.front().comment_id);
  REQUIRE(other_round.ok());
  CHECK_FALSE(other_round.value().has_value());
}

TEST_CASE("a reader reopened sees what a writer committed since", "[index][lookup]") {
  returns::test::TempDir tmp;
  std::vector<CommentRecord> records = returns::test::BundledRecords("2013-03");
  Write(tmp.path.string(), {records.begin(), records.begin() + 10});
  auto index = IndexReader::Open(tmp.path.string());
  REQUIRE(index.ok());
  CHECK(index.value().Info().value().documents == 10);
  auto unchanged = index.value().Reopen();
  REQUIRE(unchanged.ok());
  CHECK_FALSE(unchanged.value());
  std::vector<CommentRecord> later = returns::test::BundledRecords("2014-03");
  Write(tmp.path.string(), {later.begin(), later.begin() + 15});
  CHECK(index.value().Info().value().documents == 10);  // a snapshot until reopened
  auto reopened = index.value().Reopen();
  REQUIRE(reopened.ok());
  CHECK(reopened.value());
  CHECK(index.value().Info().value().documents == 25);
}
