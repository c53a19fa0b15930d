#include "index/store/vocabulary.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

namespace {

using returns::CommentRecord;
using returns::IndexReader;
using returns::IndexWriter;
using returns::IndexWriterOptions;
using returns::test::TempDir;
using Words = std::vector<std::string>;

CommentRecord Comment(const std::string& round, const std::string& id, const std::string& text) {
  CommentRecord r;
  r.return_id = id;
  r.comment_id = id + "#1";
  r.id = r.comment_id;
  r.district = "Dover";
  r.collaborative = "Samphire Hub";
  r.question = 2;
  r.round = round;
  r.position = 1;
  r.text = text;
  r.source = "test";
  r.present = returns::kReturnFields;
  r.set(returns::Field::kId);
  return r;
}

void Index(const std::string& dir, const std::vector<CommentRecord>& comments, unsigned shards = 0) {
  IndexWriterOptions o;
  o.shards = shards;
  auto writer = IndexWriter::Open(dir, o);
  REQUIRE(writer.ok());
  for (const CommentRecord& c : comments) REQUIRE(writer.value()->Add(c).ok());
  REQUIRE(writer.value()->Commit().ok());
}

Words Vocabulary(const std::vector<std::string>& dirs) {
  auto reader = IndexReader::Open(dirs);
  REQUIRE(reader.ok());
  auto words = reader.value().Vocabulary();
  REQUIRE(words.ok());
  return *words.value();
}

}  // namespace

TEST_CASE("a kept vocabulary: sorted, each word once, one a line", "[index][vocabulary]") {
  CHECK(returns::KeptVocabulary({"walks", "café", "trust", "walks", "Zoë"}) == "Zoë\ncafé\ntrust\nwalks");
  CHECK(returns::KeptVocabulary({}).empty());
  Words out{"walks", "apple"};
  returns::AddVocabulary("trust\nwalks\n\ncafé", out);
  CHECK(out == Words{"apple", "café", "trust", "walks"});
  returns::AddVocabulary("", out);
  CHECK(out == Words{"apple", "café", "trust", "walks"});
}

TEST_CASE("a builder adds the run's words to what the database kept, or replaces it", "[index][vocabulary]") {
  returns::VocabularyBuilder v;
  Words a{"walks", "trust", "walks"}, b{"café"};
  v.Note(a);
  v.Note(b);
  CHECK(a.empty());
  CHECK(b.empty());
  CHECK(v.Kept("apple\nwalks") == "apple\ncafé\ntrust\nwalks");
  CHECK(v.Kept("") == "café\ntrust\nwalks");
  v.Replace();
  CHECK(v.Kept("apple\nwalks") == "café\ntrust\nwalks");
  CHECK(returns::VocabularyBuilder().Kept("apple\nwalks") == "apple\nwalks");
}

TEST_CASE("the database keeps every word of its comments once, and each run adds to it", "[index][vocabulary]") {
  TempDir dir;
  const std::string db = dir.path.string();
  Index(db, {Comment("2014-03", "a", "Moderation of writing: Zoë's café."), Comment("2014-03", "b", "Writing trust")});
  CHECK(Vocabulary({db}) == Words{"café", "moderation", "of", "trust", "writing", "zoë's"});
  Index(db, {Comment("2014-07", "c", "Learning walks")});
  CHECK(Vocabulary({db}) == Words{"café", "learning", "moderation", "of", "trust", "walks", "writing", "zoë's"});
  // Removing comments keeps their words (a wildcard expanding to them finds nothing more)…
  {
    auto writer = IndexWriter::Open(db, IndexWriterOptions{});
    REQUIRE(writer.ok());
    auto removed = writer.value()->Remove("2014-03", "");
    REQUIRE(removed.ok());
    CHECK(removed.value() == 2);
    REQUIRE(writer.value()->Commit().ok());
  }
  CHECK(Vocabulary({db}).size() == 8);
  // …until every comment is written anew (reindex: Retag), which keeps only theirs.
  {
    auto writer = IndexWriter::Open(db, IndexWriterOptions{});
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->Retag(returns::test::DefaultMatcher()).ok());
    REQUIRE(writer.value()->Commit().ok());
  }
  CHECK(Vocabulary({db}) == Words{"learning", "walks"});
}

TEST_CASE("a reader reads the vocabulary once a revision, and again after a reopen that moved", "[index][vocabulary]") {
  TempDir dir;
  const std::string db = dir.path.string();
  Index(db, {Comment("2014-03", "a", "Moderation")});
  auto reader = IndexReader::Open(db);
  REQUIRE(reader.ok());
  auto first = reader.value().Vocabulary();
  REQUIRE(first.ok());
  CHECK(*first.value() == Words{"moderation"});
  Index(db, {Comment("2014-07", "b", "Trust")});
  auto same = reader.value().Vocabulary();  // the snapshot's, until it moves
  REQUIRE(same.ok());
  CHECK(same.value() == first.value());
  auto moved = reader.value().Reopen();
  REQUIRE(moved.ok());
  CHECK(moved.value());
  auto after = reader.value().Vocabulary();
  REQUIRE(after.ok());
  CHECK(*after.value() == Words{"moderation", "trust"});
  CHECK(*first.value() == Words{"moderation"});  // a caller's copy is not changed under it
}

TEST_CASE("comments added in parallel batches give the same vocabulary as one by one", "[index][vocabulary]") {
  std::vector<CommentRecord> comments;
  for (int i = 0; i < 3000; ++i) {
    std::string text = "Moderation ";  // appended to, not "literal" + a temporary (GCC 12's -Wrestrict)
    text += std::to_string(i % 997);
    text += " walks";
    std::string id = "r";
    id += std::to_string(i);
    comments.push_back(Comment("2014-03", id, text));
  }
  TempDir one, batched;
  Index(one.path.string(), comments, 2);
  {
    IndexWriterOptions o;
    o.shards = 2;
    auto writer = IndexWriter::Open(batched.path.string(), o);
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->AddBatch(comments, 2).ok());
    REQUIRE(writer.value()->Commit().ok());
  }
  const Words words = Vocabulary({batched.path.string()});
  CHECK(words.size() == 999);  // 997 numbers, "moderation", "walks"
  CHECK(words == Vocabulary({one.path.string()}));
}

TEST_CASE("every shard keeps the whole vocabulary, and several databases are read together", "[index][vocabulary]") {
  TempDir one, two;
  std::vector<CommentRecord> comments;
  for (int i = 0; i < 12; ++i) comments.push_back(Comment("2014-03", "r" + std::to_string(i), "word" + std::to_string(i)));
  Index(one.path.string(), comments, 2);
  auto reader = IndexReader::Open(one.path.string());
  REQUIRE(reader.ok());
  REQUIRE(reader.value().shards().size() == 2);
  const std::string first = reader.value().shards()[0].get_metadata(returns::schema::kVocabularyKey);
  CHECK(first == reader.value().shards()[1].get_metadata(returns::schema::kVocabularyKey));
  CHECK(Vocabulary({one.path.string()}).size() == 12);
  Index(two.path.string(), {Comment("2014-07", "x", "Trust word0")});
  const Words both = Vocabulary({one.path.string(), two.path.string()});
  CHECK(both.size() == 13);
  CHECK(std::is_sorted(both.begin(), both.end()));
  CHECK(std::find(both.begin(), both.end(), "trust") != both.end());
}
