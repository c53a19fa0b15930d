#include "index/store/index_writer.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "corpus/codec/comment_json.h"
#include "index/store/document_codec.h"
#include "index/store/index_reader.h"
#include "index/store/schema.h"
#include "lexicon/codebook/lexicon_yaml.h"
#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/index/store/writer_runs.h"
#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::CommentRecord;
using returns::IndexWriter;
using returns::IndexWriterOptions;
using returns::Status;
using returns::test::Comment;
using returns::test::From;
using returns::test::Index;
using returns::test::OpenWriter;
using returns::test::Stored;
using returns::test::TempDir;

// The stored records, by round/comment key.
std::map<std::string, CommentRecord> StoredRecords(const std::string& dir) {
  const auto reader = returns::IndexReader::Open(dir);
  REQUIRE(reader.ok());
  const Xapian::Database& db = reader.value().db();
  std::map<std::string, CommentRecord> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    auto c = returns::DecodeComment(db.get_document(*it));
    REQUIRE(c.ok());
    out[c.value().round + "/" + c.value().comment_key()] = std::move(c).value();
  }
  return out;
}

unsigned TermCount(const std::string& dir, const std::string& term) {
  return returns::IndexReader::Open(dir).value().db().get_termfreq(term);
}

returns::Matcher CompileYaml(const std::string& yaml) {
  const auto lexicon = returns::ParseLexiconYaml(yaml, "test.yaml");
  INFO(lexicon.status().ToString());
  REQUIRE(lexicon.ok());
  auto matcher = returns::Matcher::Compile(lexicon.value());
  REQUIRE(matcher.ok());
  return std::move(matcher).value();
}

bool SameTags(const returns::Tagging& a, const returns::Tagging& b) {
  if (a.themes != b.themes || a.pending != b.pending || a.matches.size() != b.matches.size()) return false;
  for (size_t i = 0; i < a.matches.size(); ++i) {
    const auto &x = a.matches[i], &y = b.matches[i];
    if (x.theme != y.theme || x.rule != y.rule || x.start != y.start || x.end != y.end || x.text != y.text ||
        x.pending != y.pending) {
      return false;
    }
  }
  return true;
}

// Two returns of 2013-03: A with three comments, B with two.
std::vector<CommentRecord> FirstRun() {
  return {Comment("2013-03", "q2/samphire-hub/a", 1, "a one"), Comment("2013-03", "q2/samphire-hub/a", 2, "a two"),
          Comment("2013-03", "q2/samphire-hub/a", 3, "a three"),
          Comment("2013-03", "q2/m7/b", 1, "b one", "M7 Partnership"),
          Comment("2013-03", "q2/m7/b", 2, "b two", "M7 Partnership")};
}

}  // namespace

TEST_CASE("comments added and committed are what a reader sees", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  IndexWriterOptions options;
  options.lexicon_name = "kent-codebook";
  options.lexicon_version = "3";
  options.lexicon_source = "themes.yaml";
  options.lexicon_text = "name: kent-codebook\nversion: '3'\nthemes: []\n";
  options.lexicon_format = "yaml";
  options.lexicon_themes = "moderation\tModeration\n";
  Index(dir, FirstRun(), options);
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2013-03/q2/samphire-hub/a#1", "a one"},
                                                          {"2013-03/q2/samphire-hub/a#2", "a two"},
                                                          {"2013-03/q2/samphire-hub/a#3", "a three"},
                                                          {"2013-03/q2/m7/b#1", "b one"},
                                                          {"2013-03/q2/m7/b#2", "b two"}});
  const auto info = returns::IndexReader::Open(dir).value().Info().value();
  CHECK(info.documents == 5);
  CHECK(info.returns == 2);
  CHECK(info.rounds == std::vector<std::string>{"2013-03"});
  CHECK(info.lexicon_name == "kent-codebook");
  CHECK(info.lexicon_version == "3");
  CHECK(info.lexicon_source == "themes.yaml");
  CHECK(info.lexicon_text == options.lexicon_text);  // the lexicon itself, kept
  CHECK(info.lexicon_format == "yaml");
  CHECK(info.lexicon_themes == options.lexicon_themes);
  CHECK(info.schema_version == std::to_string(returns::schema::kSchemaVersion));
  CHECK_FALSE(info.written_at.empty());
  // Metadata is the same without the walk: no returns counted, no rounds listed.
  const auto kept = returns::IndexReader::Open(dir).value().Metadata().value();
  CHECK(kept.documents == 5);
  CHECK(kept.returns == 0);
  CHECK(kept.rounds.empty());
  CHECK(std::tie(kept.lexicon_name, kept.lexicon_version, kept.lexicon_source, kept.lexicon_text, kept.lexicon_format,
                 kept.lexicon_themes, kept.schema_version, kept.written_at) ==
        std::tie(info.lexicon_name, info.lexicon_version, info.lexicon_source, info.lexicon_text, info.lexicon_format,
                 info.lexicon_themes, info.schema_version, info.written_at));
  // Each comment is found by its id term, as the record that was added.
  const auto reader = returns::IndexReader::Open(dir);
  for (const CommentRecord& c : FirstRun()) {
    const Xapian::Database& db = reader.value().db();
    REQUIRE(db.get_termfreq(returns::IdTerm(c)) == 1);
    const auto back = returns::DecodeComment(db.get_document(*db.postlist_begin(returns::IdTerm(c))));
    REQUIRE(back.ok());
    CHECK(back.value().text == c.text);
    CHECK(back.value().return_id == c.return_id);
  }
}

TEST_CASE("a run dropped without Commit changes nothing a reader sees", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, FirstRun());
  const auto before = Stored(dir);
  {
    auto writer = OpenWriter(dir);
    REQUIRE(writer->Add(Comment("2013-03", "q2/samphire-hub/a", 1, "a replaced")).ok());
    REQUIRE(writer->Add(Comment("2013-03", "q2/new/c", 1, "c one")).ok());
    REQUIRE(writer->Remove("2013-03", "").ok());
    CHECK(Stored(dir) == before);  // not while the run is open
  }
  CHECK(Stored(dir) == before);
}

TEST_CASE("a return indexed again replaces all its earlier comments, even with fewer", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, FirstRun());
  // Sent again in another file (the same file again replaces all it gave: below).
  const std::vector<CommentRecord> again = From("again.csv", {Comment("2013-03", "q2/samphire-hub/a", 1, "a one, revised")});
  SECTION("added one by one") { Index(dir, again); }
  SECTION("added as a batch") {
    auto writer = OpenWriter(dir);
    REQUIRE(writer->AddBatch(again, 2).ok());
    REQUIRE(writer->Commit().ok());
  }
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2013-03/q2/samphire-hub/a#1", "a one, revised"},
                                                          {"2013-03/q2/m7/b#1", "b one"},
                                                          {"2013-03/q2/m7/b#2", "b two"}});
  CHECK(TermCount(dir, returns::ReturnTerm(again[0])) == 1);
}

TEST_CASE("a return's comments added over several batches of one run are all kept", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, FirstRun());
  auto writer = OpenWriter(dir);
  REQUIRE(writer->AddBatch(From("again.csv", {Comment("2013-03", "q2/samphire-hub/a", 1, "new one")}), 2).ok());
  REQUIRE(writer->AddBatch(From("again.csv", {Comment("2013-03", "q2/samphire-hub/a", 2, "new two")}), 2).ok());
  REQUIRE(writer->Add(From("again.csv", {Comment("2013-03", "q2/samphire-hub/a", 4, "new four")})[0]).ok());
  REQUIRE(writer->Commit().ok());
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2013-03/q2/samphire-hub/a#1", "new one"},
                                                          {"2013-03/q2/samphire-hub/a#2", "new two"},
                                                          {"2013-03/q2/samphire-hub/a#4", "new four"},
                                                          {"2013-03/q2/m7/b#1", "b one"},
                                                          {"2013-03/q2/m7/b#2", "b two"}});
}

TEST_CASE("the same return id in another round is another return", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, FirstRun());
  Index(dir, {Comment("2014-03", "q2/samphire-hub/a", 1, "a in 2014")});
  const auto stored = Stored(dir);
  CHECK(stored.size() == 6);
  CHECK(stored.at("2013-03/q2/samphire-hub/a#1") == "a one");
  CHECK(stored.at("2013-03/q2/samphire-hub/a#3") == "a three");
  CHECK(stored.at("2014-03/q2/samphire-hub/a#1") == "a in 2014");
  const auto info = returns::IndexReader::Open(dir).value().Info().value();
  CHECK(info.returns == 3);
  CHECK(info.rounds == std::vector<std::string>{"2013-03", "2014-03"});
}

TEST_CASE("Remove deletes exactly a round's comments, or one collaborative's, and counts them", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  std::vector<CommentRecord> all = FirstRun();
  // Written another way, filed under the same canonical name.
  all.push_back(Comment("2013-03", "q2/samphire/c", 1, "c one", "Samphire Hub (Dover)", "Samphire Hub"));
  for (int i = 1; i <= 3; ++i) all.push_back(Comment("2014-03", "q2/samphire-hub/a", i, "a in 2014"));
  Index(dir, all);
  REQUIRE(Stored(dir).size() == 9);

  auto writer = OpenWriter(dir);
  CHECK(writer->Remove("2013", "").value() == 0);                       // a round is matched whole
  CHECK(writer->Remove("2012-03", "").value() == 0);
  CHECK(writer->Remove("2013-03", "No Such Collaborative").value() == 0);
  CHECK(writer->Remove("2013-03", "samphire hub").value() == 4);          // a's 3 and c's 1, however written
  CHECK(writer->Remove("2013-03", "Samphire Hub").value() == 0);          // already gone
  REQUIRE(writer->Commit().ok());
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2013-03/q2/m7/b#1", "b one"},
                                                          {"2013-03/q2/m7/b#2", "b two"},
                                                          {"2014-03/q2/samphire-hub/a#1", "a in 2014"},
                                                          {"2014-03/q2/samphire-hub/a#2", "a in 2014"},
                                                          {"2014-03/q2/samphire-hub/a#3", "a in 2014"}});

  auto second = OpenWriter(dir);
  CHECK(second->Remove("2013-03", "").value() == 2);
  REQUIRE(second->Commit().ok());
  const auto stored = Stored(dir);
  CHECK(stored.size() == 3);
  for (const auto& [key, text] : stored) CHECK(key.rfind("2014-03/", 0) == 0);
  CHECK(returns::IndexReader::Open(dir).value().Info().value().rounds == std::vector<std::string>{"2014-03"});
}

TEST_CASE("Retag with another lexicon changes the stored tags and counts the comments changed", "[index][writer]") {
  const returns::Matcher before = CompileYaml(R"(name: before
version: "1"
themes:
  - id: fruit
    rules:
      - word: apple*
  - id: pears
    rules:
      - word: pear*
)");
  const returns::Matcher after = CompileYaml(R"(name: after
version: "2"
themes:
  - id: fruit
    rules:
      - word: apple*
  - id: orchard
    rules:
      - word: pear*
)");
  TempDir tmp;
  const std::string dir = tmp / "db";
  const std::vector<std::string> texts = {"an apple", "a pear", "a plum", "apples and pears"};
  std::vector<CommentRecord> comments;
  for (size_t i = 0; i < texts.size(); ++i) {
    comments.push_back(Comment("2013-03", "q2/r/" + std::to_string(i), 1, texts[i]));
    comments.back().tags = before.Tag(texts[i], 2);
  }
  Index(dir, comments);
  REQUIRE(TermCount(dir, "XTpears") == 2);

  auto writer = OpenWriter(dir);
  const auto changed = writer->Retag(after);
  REQUIRE(changed.ok());
  CHECK(changed.value() == 2);  // "a pear" and "apples and pears"
  REQUIRE(writer->Commit().ok());

  const auto stored = StoredRecords(dir);
  REQUIRE(stored.size() == 4);
  for (const CommentRecord& c : comments) {
    INFO(c.text);
    const CommentRecord& s = stored.at("2013-03/" + c.comment_id);
    CHECK(s.text == c.text);
    CHECK(SameTags(s.tagging(), after.Tag(c.text, 2)));
  }
  CHECK(stored.at("2013-03/q2/r/3#1").tagging().themes == std::vector<std::string>{"fruit", "orchard"});
  // The filter terms follow the tags.
  CHECK(TermCount(dir, "XTpears") == 0);
  CHECK(TermCount(dir, "XTorchard") == 2);
  CHECK(TermCount(dir, "XTfruit") == 2);
  // Nothing else of a comment changes.
  CHECK(TermCount(dir, "XCsamphire-hub") == 4);
  CHECK(TermCount(dir, "XR2013-03") == 4);
}

TEST_CASE("Retag counts a comment whose matches moved, though its themes did not", "[index][writer]") {
  // Regression: Retag compared themes, pending and the number of matches
  // only, so new evidence for the same themes was stored but not counted.
  const returns::Matcher before = CompileYaml("name: b\nversion: \"1\"\nthemes:\n  - id: fruit\n    rules:\n      - word: apple\n");
  const returns::Matcher after = CompileYaml("name: a\nversion: \"2\"\nthemes:\n  - id: fruit\n    rules:\n      - word: pear\n");
  TempDir tmp;
  const std::string dir = tmp / "db";
  CommentRecord c = Comment("2013-03", "q2/r/1", 1, "apple pie, then pear");
  c.tags = before.Tag(c.text, 2);
  REQUIRE(c.tags->matches.size() == 1);
  Index(dir, {c});
  auto writer = OpenWriter(dir);
  const auto changed = writer->Retag(after);
  REQUIRE(changed.ok());
  REQUIRE(writer->Commit().ok());
  const CommentRecord stored = StoredRecords(dir).at("2013-03/q2/r/1#1");
  REQUIRE(stored.tagging().matches.size() == 1);
  CHECK(stored.tagging().matches[0].start == 16);  // the stored tags did change: "pear"
  CHECK(changed.value() == 1);
}

TEST_CASE("Retag over the corpus stores exactly what the new matcher says", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  std::vector<CommentRecord> records = returns::test::BundledRecords();
  for (CommentRecord& r : records) r.tags = returns::test::DefaultMatcher().Tag(r.text, r.question);
  {
    auto writer = OpenWriter(dir);
    REQUIRE(writer->AddBatch(records, 2).ok());
    REQUIRE(writer->Commit().ok());
  }
  const returns::Matcher only_moderation = CompileYaml(R"(name: small
version: "1"
themes:
  - id: moderation
    rules:
      - word: moderat*
)");
  unsigned themes_differ = 0;
  for (const CommentRecord& r : records) {
    if (only_moderation.Tag(r.text, r.question).themes != r.tagging().themes) ++themes_differ;
  }
  REQUIRE(themes_differ > 100);
  auto writer = OpenWriter(dir);
  const auto changed = writer->Retag(only_moderation);
  REQUIRE(changed.ok());
  CHECK(changed.value() >= themes_differ);
  CHECK(changed.value() <= records.size());
  REQUIRE(writer->Commit().ok());
  const auto stored = StoredRecords(dir);
  REQUIRE(stored.size() == records.size());
  for (const CommentRecord& r : records) {
    INFO(r.comment_id);
    const CommentRecord& s = stored.at(r.round + "/" + r.comment_id);
    CHECK(SameTags(s.tagging(), only_moderation.Tag(r.text, r.question)));
  }
  CHECK(TermCount(dir, "XTgovernance") == 0);
}

TEST_CASE("a second writer on a locked database fails with the directory named", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  auto first = OpenWriter(dir);
  const auto second = IndexWriter::Open(dir, {});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kIOError);
  CHECK(second.status().location() == dir);
  CHECK(second.status().message().find("lock") != std::string::npos);
  // Once the first is done, the lock is free.
  REQUIRE(first->Commit().ok());
  first.reset();
  CHECK(IndexWriter::Open(dir, {}).ok());
}

TEST_CASE("a database of another schema is refused, with the directory named", "[index][writer]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE);
    db.set_metadata(returns::schema::kSchemaKey, "1");
    db.add_document(Xapian::Document());
    db.commit();
  }
  const auto writer = IndexWriter::Open(dir, {});
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().code() == Status::Code::kInvalidInput);
  CHECK(writer.status().location() == dir);
  CHECK(writer.status().message().find("schema version 1") != std::string::npos);
  CHECK(returns::CheckSchema("", dir).message() == "not a returns database (no schema version)");
  CHECK(returns::CheckSchema(std::to_string(returns::schema::kSchemaVersion), dir).ok());
}

TEST_CASE("a database of schema 4 is refused with how to re-index it, and reindex's upgrade rewrites it",
          "[index][writer][upgrade]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  std::vector<CommentRecord> records = returns::test::BundledRecords();
  records.resize(60);
  for (CommentRecord& r : records) r.tags = returns::test::DefaultMatcher().Tag(r.text, r.question);
  {
    // As version 4 wrote it: the record as JSON, one value slot a facet.
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE);
    for (const CommentRecord& r : records) {
      Xapian::Document doc;
      std::string line;
      returns::AppendCommentJsonLine(r, line);
      line.pop_back();
      doc.set_data(line);
      doc.add_boolean_term(returns::IdTerm(r));
      doc.add_value(4, "old themes slot");
      db.replace_document(returns::IdTerm(r), doc);
    }
    db.set_metadata(returns::schema::kSchemaKey, "4");
    db.commit();
  }
  const auto reader = returns::IndexReader::Open(dir);
  REQUIRE_FALSE(reader.ok());
  CHECK(reader.status().location() == dir);
  CHECK(reader.status().message() == "database schema version 4, this program reads version " +
                                         std::to_string(returns::schema::kSchemaVersion) +
                                         "; re-index with: returns reindex --db " + dir + " --lexicon FILE");
  REQUIRE_FALSE(IndexWriter::Open(dir, {}).ok());
  IndexWriterOptions upgrade;
  upgrade.upgrade = true;
  auto writer = OpenWriter(dir, upgrade);
  REQUIRE(writer->Retag(returns::test::DefaultMatcher()).ok());
  REQUIRE(writer->Commit().ok());
  const auto stored = StoredRecords(dir);
  REQUIRE(stored.size() == records.size());
  for (const CommentRecord& r : records) {
    INFO(r.comment_id);
    std::string a, b;
    returns::AppendCommentJsonLine(r, a);
    returns::AppendCommentJsonLine(stored.at(r.round + "/" + r.comment_id), b);
    CHECK(a == b);
  }
  // Every document in this schema's form: its terms and two value slots.
  const std::string round = records.front().round;
  const auto in_round = std::count_if(records.begin(), records.end(), [&](const CommentRecord& r) { return r.round == round; });
  CHECK(TermCount(dir, "XR" + returns::schema::FilterValue(round)) == static_cast<unsigned>(in_round));
  // The source terms too (schema 6), so the files can be indexed again.
  const std::string source = records.front().source;
  const auto from_source = std::count_if(records.begin(), records.end(), [&](const CommentRecord& r) {
    return r.round == round && r.source == source;
  });
  CHECK(from_source > 0);
  CHECK(TermCount(dir, returns::SourceTerm(records.front())) == static_cast<unsigned>(from_source));
  const auto after = returns::IndexReader::Open(dir);
  REQUIRE(after.ok());
  const Xapian::Database& db = after.value().db();
  const Xapian::Document doc = db.get_document(*db.postlist_begin(""));
  CHECK(doc.get_value(4).empty());
  CHECK(!doc.get_value(returns::schema::kFacetsSlot).empty());
  // A version this program cannot rewrite is refused even so.
  CHECK_FALSE(returns::CheckSchema("1", dir, true).ok());
  CHECK(returns::CheckSchema("1", dir, true).message().find("rebuild it with 'returns index'") != std::string::npos);
}

TEST_CASE("shards: all comments of one return go to one shard", "[index][writer][shards]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const std::vector<CommentRecord> records = returns::test::BundledRecords();
  std::map<std::string, unsigned> per_return;
  for (const CommentRecord& r : records) ++per_return[returns::ReturnTerm(r)];
  REQUIRE(per_return.size() == 90);
  IndexWriterOptions options;
  options.shards = 2;
  {
    auto writer = OpenWriter(dir, options);
    CHECK(writer->shard_count() == 2);
    REQUIRE(writer->AddBatch(records, 2).ok());
    REQUIRE(writer->Commit().ok());
  }
  CHECK(returns::test::ReadBytes(fs::path(dir) / "XAPIANDB") ==
        "auto gen-000001/shard-00\nauto gen-000001/shard-01\n");
  std::map<std::string, int> shard_of;
  unsigned documents = 0;
  for (int s = 0; s < 2; ++s) {
    const Xapian::Database shard((fs::path(dir) / "gen-000001" / ("shard-0" + std::to_string(s))).string());
    CHECK(shard.get_doccount() > 0);  // both shards are used
    documents += shard.get_doccount();
    const std::string prefix = returns::schema::kReturnPrefix;
    for (auto it = shard.allterms_begin(prefix); it != shard.allterms_end(prefix); ++it) {
      INFO(*it);
      CHECK(shard_of.emplace(*it, s).second);         // in no other shard
      CHECK(it.get_termfreq() == per_return.at(*it));  // with every one of its comments
    }
  }
  CHECK(shard_of.size() == 90);
  CHECK(documents == records.size());
  const auto info = returns::IndexReader::Open(dir).value().Info().value();
  CHECK(info.documents == records.size());
  CHECK(info.returns == 90);

  // Reopened, the database keeps its shards; a return indexed again is
  // replaced within its shard.
  CommentRecord again = records.front();
  again.text = "revised";
  again.source = "again.md";  // in another file: the return alone is replaced
  {
    auto writer = OpenWriter(dir);
    CHECK(writer->shard_count() == 2);
    REQUIRE(writer->Add(again).ok());
    REQUIRE(writer->Commit().ok());
  }
  const auto stored = Stored(dir);
  CHECK(stored.size() == records.size() - per_return.at(returns::ReturnTerm(again)) + 1);
  CHECK(stored.at(again.round + "/" + again.comment_id) == "revised");

  IndexWriterOptions three;
  three.shards = 3;
  const auto wrong = IndexWriter::Open(dir, three);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.status().location() == dir);
  CHECK(wrong.status().message() == "the database has 2 shards, not 3");
}

TEST_CASE("shards: the same comments added one by one or in parallel batches give the same shards",
          "[index][writer][shards]") {
  TempDir tmp;
  const std::vector<CommentRecord> records = returns::test::BundledRecords();
  IndexWriterOptions options;
  options.shards = 2;
  {
    auto writer = OpenWriter(tmp / "one", options);
    for (const CommentRecord& r : records) REQUIRE(writer->Add(r).ok());
    REQUIRE(writer->Commit().ok());
  }
  {
    auto writer = OpenWriter(tmp / "batch", options);
    for (size_t at = 0; at < records.size(); at += 50) {
      const std::vector<CommentRecord> part(records.begin() + static_cast<long>(at),
                                            records.begin() + static_cast<long>(std::min(records.size(), at + 50)));
      REQUIRE(writer->AddBatch(part, 2).ok());
    }
    REQUIRE(writer->Commit().ok());
  }
  for (const char* shard : {"shard-00", "shard-01"}) {
    const Xapian::Database a((tmp.path / "one" / "gen-000001" / shard).string()),
        b((tmp.path / "batch" / "gen-000001" / shard).string());
    CHECK(a.get_doccount() == b.get_doccount());
    std::vector<std::string> ta, tb;
    for (auto it = a.allterms_begin("Q"); it != a.allterms_end("Q"); ++it) ta.push_back(*it);
    for (auto it = b.allterms_begin("Q"); it != b.allterms_end("Q"); ++it) tb.push_back(*it);
    CHECK(ta == tb);
  }
}

TEST_CASE("a database already here that is not sharded is not made sharded", "[index][writer][shards]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, FirstRun());
  IndexWriterOptions options;
  options.shards = 2;
  const auto writer = IndexWriter::Open(dir, options);
  REQUIRE_FALSE(writer.ok());
  CHECK(writer.status().location() == dir);
  CHECK(Stored(dir).size() == 5);
}

// Regression: re-indexing a file after a register change (an alias added, a
// lead school's spelling) doubled its comments, since the return ids derive
// from the canonical names and the old documents stayed.
TEST_CASE("a file indexed again replaces every comment it gave, though the register renamed its returns",
          "[index][writer][source]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  IndexWriterOptions options;
  options.shards = GENERATE(0u, 3u);  // sharded too: a file's returns sit in several shards
  const bool batches = GENERATE(false, true);
  INFO("shards " << options.shards << (batches ? ", batches" : ", one by one"));
  std::vector<CommentRecord> first;
  for (int r = 0; r < 6; ++r) {
    for (int p = 1; p <= 2; ++p) {
      first.push_back(Comment("2014-03", "q2/samphire/" + std::to_string(r), p, "comment " + std::to_string(p),
                              "Samphire"));
    }
  }
  first = From("round/new.csv", first);
  Index(dir, first, options);
  REQUIRE(Stored(dir).size() == 12);
  REQUIRE(TermCount(dir, "XCsamphire") == 12);

  // The register now knows "Samphire" as an alias of "Samphire Hub": every return id changes.
  std::vector<CommentRecord> renamed;
  for (CommentRecord c : first) {
    c.collaborative_canonical = "Samphire Hub";
    c.return_id = "q2/samphire-hub/" + c.return_id.substr(c.return_id.rfind('/') + 1);
    c.comment_id = c.return_id + "#" + std::to_string(c.position);
    c.id = c.comment_id;
    c.source = "./round/new.csv";  // the same file, however the path is written
    renamed.push_back(c);
  }
  if (batches) {
    auto writer = OpenWriter(dir);
    REQUIRE(writer->AddBatch(std::vector<CommentRecord>(renamed.begin(), renamed.begin() + 5), 2).ok());
    REQUIRE(writer->AddBatch(std::vector<CommentRecord>(renamed.begin() + 5, renamed.end()), 2).ok());
    REQUIRE(writer->Commit().ok());
  } else {
    Index(dir, renamed);
  }
  const auto stored = Stored(dir);
  CHECK(stored.size() == 12);  // the first run's count: nothing doubled
  for (const auto& [key, text] : stored) CHECK(key.rfind("2014-03/q2/samphire-hub/", 0) == 0);
  CHECK(TermCount(dir, "XCsamphire-hub") == 12);
  CHECK(TermCount(dir, "XCsamphire") == 0);
  CHECK(returns::IndexReader::Open(dir).value().Info().value().returns == 6);
}

TEST_CASE("another file of the round keeps its comments, and the same file in another round is another",
          "[index][writer][source]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, From("a.csv", {Comment("2014-03", "q2/samphire-hub/a", 1, "a one"),
                            Comment("2014-03", "q2/samphire-hub/a", 2, "a two")}));
  Index(dir, From("b.csv", {Comment("2014-03", "q2/m7/b", 1, "b one", "M7 Partnership")}));
  Index(dir, From("a.csv", {Comment("2015-03", "q2/samphire-hub/a", 1, "a in 2015")}));
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2014-03/q2/samphire-hub/a#1", "a one"},
                                                          {"2014-03/q2/samphire-hub/a#2", "a two"},
                                                          {"2014-03/q2/m7/b#1", "b one"},
                                                          {"2015-03/q2/samphire-hub/a#1", "a in 2015"}});
  // a.csv of 2014-03 again, now with another return only: its earlier return goes.
  Index(dir, From("a.csv", {Comment("2014-03", "q2/new/c", 1, "c one")}));
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2014-03/q2/new/c#1", "c one"},
                                                          {"2014-03/q2/m7/b#1", "b one"},
                                                          {"2015-03/q2/samphire-hub/a#1", "a in 2015"}});
  // A file's comments over several batches of one run are all kept.
  auto writer = OpenWriter(dir);
  REQUIRE(writer->AddBatch(From("b.csv", {Comment("2014-03", "q2/m7/b", 1, "b one again", "M7 Partnership")}), 2).ok());
  REQUIRE(writer->AddBatch(From("b.csv", {Comment("2014-03", "q2/m7/d", 1, "d one", "M7 Partnership")}), 2).ok());
  REQUIRE(writer->Commit().ok());
  const auto stored = Stored(dir);
  CHECK(stored.size() == 4);
  CHECK(stored.at("2014-03/q2/m7/b#1") == "b one again");
  CHECK(stored.at("2014-03/q2/m7/d#1") == "d one");
}

TEST_CASE("a return replaced from another file is named with the file it was indexed from, the same file again is not",
          "[index][writer][source]") {
  TempDir tmp;
  auto with_line = [](CommentRecord c, int line) {
    c.line = c.return_line = line;
    return c;
  };
  // The same file again, and in shards of two with parallel batches: no replacement is news.
  for (unsigned shards : {1u, 2u}) {
    INFO(shards << " shards");
    const std::string d = tmp / ("db" + std::to_string(shards));
    IndexWriterOptions options;
    options.shards = shards;
    Index(d, From("round.csv", {with_line(Comment("2014-03", "q2/samphire-hub/a", 1, "a one"), 4),
                                with_line(Comment("2014-03", "q2/m7/b", 1, "b one", "M7 Partnership"), 7)}), options);
    auto again = OpenWriter(d, options);
    REQUIRE(again->AddBatch(From("round.csv", {with_line(Comment("2014-03", "q2/samphire-hub/a", 1, "a fixed"), 4),
                                               with_line(Comment("2014-03", "q2/m7/b", 1, "b one", "M7 Partnership"), 7)}),
                            2)
                .ok());
    REQUIRE(again->Commit().ok());
    CHECK(again->replaced_from_other_files().empty());
    // A correction file: two returns of the round replaced, each named, in file and line order.
    auto writer = OpenWriter(d, options);
    REQUIRE(writer->AddBatch(From("fix.csv", {with_line(Comment("2014-03", "q2/m7/b", 1, "b fixed", "M7 Partnership"), 2),
                                              with_line(Comment("2014-03", "q2/samphire-hub/a", 1, "a again"), 3),
                                              with_line(Comment("2014-03", "q2/new/c", 1, "c one"), 5)}),
                             2)
                .ok());
    REQUIRE(writer->Commit().ok());
    const std::vector<returns::ReplacedReturn> replaced = writer->replaced_from_other_files();
    REQUIRE(replaced.size() == 2);
    CHECK(replaced[0].return_id == "q2/m7/b");
    CHECK(replaced[0].line == 2);
    CHECK(replaced[0].earlier_source == "round.csv");
    CHECK(replaced[0].earlier_line == 7);
    CHECK(replaced[1].return_id == "q2/samphire-hub/a");
    CHECK(returns::DescribeReplaced(replaced) ==
          std::vector<std::string>{"fix.csv:2: replaced return q2/m7/b of round 2014-03, indexed from round.csv:7",
                                   "fix.csv:3: replaced return q2/samphire-hub/a of round 2014-03, indexed from round.csv:4"});
    CHECK(returns::DescribeReplaced(replaced, 1).back() == "… and 1 more return replaced that was indexed from another file");
    CHECK(returns::DescribeReplaced(replaced, 0).back() == "… and 2 more returns replaced that were indexed from other files");
  }
}

TEST_CASE("no replacement is said for one file given by two paths, or for records with no source", "[index][writer][source]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  const std::string absolute = (fs::current_path() / "round.csv").string();
  Index(dir, From("round.csv", {Comment("2014-03", "q2/samphire-hub/a", 1, "a one")}));
  auto writer = OpenWriter(dir);
  REQUIRE(writer->AddBatch(From(absolute, {Comment("2014-03", "q2/samphire-hub/a", 1, "a again")}), 1).ok());
  REQUIRE(writer->Commit().ok());
  CHECK(writer->replaced_from_other_files().empty());
  // JSON Lines records without a source: which file they came from is not known, so nothing is said.
  const std::string none = tmp / "none";
  Index(none, From("", {Comment("2014-03", "q2/samphire-hub/a", 1, "a one")}));
  auto again = OpenWriter(none);
  REQUIRE(again->AddBatch(From("", {Comment("2014-03", "q2/samphire-hub/a", 1, "a again")}), 1).ok());
  REQUIRE(again->Commit().ok());
  CHECK(again->replaced_from_other_files().empty());
  CHECK(Stored(none).size() == 1);
}

TEST_CASE("the source term: round and path, the path normalised, a long one hashed to fit", "[index][writer][source]") {
  CommentRecord c = Comment("2014-03", "q2/a/b", 1, "text");
  c.source = "round/./new.csv";
  CHECK(returns::SourceTerm(c) == std::string("XS2014-03\x1f") + "round/new.csv");
  CommentRecord no_source = c;
  no_source.source.clear();
  CHECK(returns::SourceTerm(no_source).empty());
  CommentRecord long_a = c, long_b = c;
  long_a.source = std::string(300, 'a') + "/new.csv";
  long_b.source = std::string(300, 'b') + "/new.csv";
  const std::string a = returns::SourceTerm(long_a), b = returns::SourceTerm(long_b);
  CHECK(a.size() <= returns::kMaxTermBytes);
  CHECK(a.rfind("XS#", 0) == 0);
  CHECK(a != b);
  CHECK(returns::TermProblem(long_a).empty());  // a long path never rejects a record
  // And it replaces as a short one does.
  TempDir tmp;
  const std::string dir = tmp / "db";
  Index(dir, From(long_a.source, {Comment("2014-03", "q2/x/1", 1, "one"), Comment("2014-03", "q2/x/2", 1, "two")}));
  Index(dir, From(long_b.source, {Comment("2014-03", "q2/y/1", 1, "kept")}));
  Index(dir, From(long_a.source, {Comment("2014-03", "q2/z/1", 1, "again")}));
  CHECK(Stored(dir) == std::map<std::string, std::string>{{"2014-03/q2/y/1#1", "kept"}, {"2014-03/q2/z/1#1", "again"}});
}

TEST_CASE("a comment with no round is refused: it could be neither replaced nor removed", "[index][writer][source]") {
  TempDir tmp;
  const std::string dir = tmp / "db";
  CommentRecord c = Comment("", "q2/a/b", 1, "text");
  c.source = "new.csv";
  c.line = 4;
  auto writer = OpenWriter(dir);
  const Status one = writer->Add(c);
  CHECK(one.code() == Status::Code::kInvalidInput);
  CHECK(one.ToString() == "new.csv:4: error: no round: give --round or a round column");
  CHECK(writer->AddBatch({Comment("2014-03", "q2/a/c", 1, "fine"), c}, 2).code() == Status::Code::kInvalidInput);
}
