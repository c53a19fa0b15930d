#include "pipeline/stages/run.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "lexicon/codebook/lexicon_yaml.h"
#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::CommentRecord;
using returns::RecordSource;
using returns::RunStages;
using returns::StageOptions;
using returns::Status;
using returns::test::TempDir;

// Keeps every record it is given, and how: the batches, the jobs, Finish.
// Fails its `fail_on`th Write (1-based) when asked.
struct CollectingSink : returns::RecordSink {
  std::vector<CommentRecord> records;
  std::vector<size_t> batches;
  int finished = 0;
  size_t fail_on = 0;
  Status Write(const std::vector<CommentRecord>& batch, int) override {
    batches.push_back(batch.size());
    if (batches.size() == fail_on) return Status::IOError("out.jsonl", "no space left (the test's sink)");
    records.insert(records.end(), batch.begin(), batch.end());
    return Status::OK();
  }
  Status Finish() override {
    ++finished;
    return Status::OK();
  }
};

std::unique_ptr<RecordSource> Open(const std::vector<std::string>& paths, returns::SourceOptions options = {}) {
  auto source = RecordSource::Open(paths, returns::test::BundledRegister(), options);
  REQUIRE(source.ok());
  return std::move(source).value();
}

std::unique_ptr<RecordSource> OpenCorpus() {
  returns::SourceOptions options;
  options.intake.round = "2013-03";
  return Open({std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013"}, options);
}

std::string Line(const CommentRecord& r) {
  std::string out;
  returns::AppendCommentJsonLine(r, out);
  return out;
}

std::vector<std::string> Lines(const std::vector<CommentRecord>& records) {
  std::vector<std::string> out;
  for (const CommentRecord& r : records) out.push_back(Line(r));
  return out;
}

// Runs the corpus through the stages into a fresh sink.
CollectingSink RunCorpus(const StageOptions& options, size_t* written = nullptr) {
  auto source = OpenCorpus();
  CollectingSink sink;
  const auto result = RunStages(*source, sink, options);
  REQUIRE(result.ok());
  if (written) *written = result.value();
  return sink;
}

}  // namespace

TEST_CASE("every record of the source reaches the sink once, in input order, untagged without a matcher",
          "[stages]") {
  const std::vector<CommentRecord> expected = returns::test::BundledRecords();
  size_t written = 0;
  const CollectingSink sink = RunCorpus({}, &written);
  CHECK(written == expected.size());
  REQUIRE(sink.records.size() == expected.size());
  CHECK(Lines(sink.records) == Lines(expected));  // passed through untouched
  std::set<std::string> ids;
  for (const CommentRecord& r : sink.records) {
    CHECK(ids.insert(r.id).second);
    CHECK_FALSE(r.tags);
  }
  CHECK(sink.finished == 0);  // finishing is the command's to do
}

TEST_CASE("with a matcher every record is tagged for its text and question", "[stages]") {
  const returns::Matcher& matcher = returns::test::DefaultMatcher();
  StageOptions options;
  options.matcher = &matcher;
  options.jobs = 3;
  options.batch = 50;
  size_t written = 0;
  const CollectingSink sink = RunCorpus(options, &written);
  std::vector<CommentRecord> expected = returns::test::BundledRecords();
  for (CommentRecord& r : expected) r.tags = matcher.Tag(r.text, r.question);
  CHECK(written == expected.size());
  CHECK(Lines(sink.records) == Lines(expected));
  size_t with_themes = 0;
  for (const CommentRecord& r : sink.records) {
    CHECK(r.tags);
    if (!r.tagging().themes.empty()) ++with_themes;
  }
  CHECK(with_themes > 100);
}

namespace {

// A lexicon of one theme, "strengths": "trust" for question 3, and the rules after it.
returns::Result<returns::Matcher> StrengthsMatcher(const std::string& more_rules = "") {
  const auto lexicon = returns::ParseLexiconYaml(R"(name: q
version: "1"
themes:
  - id: strengths
    rules:
      - word: trust
        questions: [3]
)" + more_rules, "q.yaml");
  REQUIRE(lexicon.ok());
  return returns::Matcher::Compile(lexicon.value());
}

}  // namespace

TEST_CASE("TagRecord tags for the record's question", "[stages]") {
  const auto matcher = StrengthsMatcher();
  REQUIRE(matcher.ok());
  CommentRecord r;
  r.text = "Shared purpose and trust.";
  r.question = 2;
  returns::TagRecord(matcher.value(), r);
  REQUIRE(r.tags);
  CHECK(r.tags->themes.empty());
  r.question = 3;
  returns::TagRecord(matcher.value(), r);
  CHECK(r.tagging().themes == std::vector<std::string>{"strengths"});
  REQUIRE(r.tagging().matches.size() == 1);
  CHECK(r.tagging().matches[0].start == 19);
}

TEST_CASE("TagRecords tags each record as TagRecord does", "[stages]") {
  const auto matcher = StrengthsMatcher("      - phrase: shared purpose\n");
  REQUIRE(matcher.ok());
  std::vector<CommentRecord> records(3);
  records[0].text = "Shared purpose and trust.";
  records[0].question = 3;
  records[1].text = "Trust, not yet a shared purpose.";
  records[1].question = 2;
  records[2].text = "Nothing here.";
  returns::TagRecords(matcher.value(), records.data(), records.size());
  for (CommentRecord& r : records) {
    REQUIRE(r.tags);
    const returns::Tagging grouped = r.tagging();
    returns::TagRecord(matcher.value(), r);
    CHECK(grouped.themes == r.tagging().themes);
    CHECK(grouped.pending == r.tagging().pending);
    CHECK(grouped.matches.size() == r.tagging().matches.size());
  }
  CHECK(records[0].tagging().matches.size() == 2);  // both rules, question 3
  CHECK(records[1].tagging().matches.size() == 1);  // trust is for question 3 only
  CHECK(records[1].tagging().pending == std::vector<std::string>{"strengths"});
  CHECK(records[2].tagging().themes.empty());
}

TEST_CASE("batch sizes 1, 3 and 4096 and any jobs give the same records", "[stages]") {
  StageOptions options;
  options.matcher = &returns::test::DefaultMatcher();
  options.batch = 4096;
  const CollectingSink whole = RunCorpus(options);
  CHECK(whole.batches == std::vector<size_t>{445});
  const std::vector<std::string> expected = Lines(whole.records);
  REQUIRE(expected.size() == 445);
  for (const auto& [batch, jobs] : std::vector<std::pair<size_t, int>>{{1, 1}, {3, 2}, {3, 7}, {4096, 4}}) {
    INFO("batch " << batch << ", jobs " << jobs);
    options.batch = batch;
    options.jobs = jobs;
    const CollectingSink sink = RunCorpus(options);
    CHECK(Lines(sink.records) == expected);
    size_t total = 0;
    for (size_t n : sink.batches) {
      CHECK(n >= 1);
      CHECK(n <= batch);
      total += n;
    }
    CHECK(total == 445);
    CHECK(sink.batches.size() == (445 + batch - 1) / batch);
  }
}

TEST_CASE("progress is told the records written after each batch", "[stages]") {
  std::vector<size_t> told;
  StageOptions options;
  options.batch = 100;
  options.progress = [&](size_t written) { told.push_back(written); };
  RunCorpus(options);
  CHECK(told == std::vector<size_t>{100, 200, 300, 400, 445});
}

TEST_CASE("a sink that fails on its second batch stops the run with its status", "[stages]") {
  for (const int jobs : {1, 2}) {  // 2 with a matcher: the next batch is read ahead
    INFO("jobs " << jobs);
    auto source = OpenCorpus();
    CollectingSink sink;
    sink.fail_on = 2;
    std::vector<size_t> told;
    StageOptions options;
    options.batch = 100;
    options.jobs = jobs;
    if (jobs > 1) options.matcher = &returns::test::DefaultMatcher();
    options.progress = [&](size_t written) { told.push_back(written); };
    const auto result = RunStages(*source, sink, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == Status::Code::kIOError);
    CHECK(result.status().location() == "out.jsonl");
    CHECK(result.status().message() == "no space left (the test's sink)");
    CHECK(sink.batches == std::vector<size_t>{100, 100});  // no third Write
    CHECK(sink.records.size() == 100);
    CHECK(told == std::vector<size_t>{100});
    CHECK(sink.finished == 0);
  }
}

TEST_CASE("a source that fails returns the source's status", "[stages]") {
  TempDir tmp;
  returns::test::WriteBytes(tmp / "a.jsonl", "{\"id\":\"a1\",\"text\":\"one\"}\n{\"id\":\"a2\",\"text\":\"two\"}\n");
  returns::test::WriteBytes(tmp / "b.jsonl", "{\"id\":\"b1\",\"text\":\"three\"}\n");
  const std::string gone = tmp / "c.jsonl";
  returns::test::WriteBytes(gone, "{\"id\":\"c1\",\"text\":\"four\"}\n");

  SECTION("a file that went missing after the inputs were listed") {
    auto source = Open({tmp / "a.jsonl", tmp / "b.jsonl", gone});
    fs::remove(gone);
    CollectingSink sink;
    const auto result = RunStages(*source, sink, {});
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(source->status().ok());
    CHECK(result.status().code() == source->status().code());
    CHECK(result.status().location() == gone);
    CHECK(result.status().message() == source->status().message());
    CHECK(sink.finished == 0);
  }
  SECTION("an appendix that is not UTF-8 after good input, read ahead (tagging on 2 threads) or not") {
    const std::string bad = std::string(RETURNS_SOURCE_DIR) + "/tests/data/appendix/not-utf8.txt";
    for (const int jobs : {1, 2}) {
      INFO("jobs " << jobs);
      auto source = Open({tmp / "a.jsonl", bad});
      CollectingSink sink;
      StageOptions options;
      options.batch = 1;
      options.jobs = jobs;
      options.matcher = &returns::test::DefaultMatcher();
      const auto result = RunStages(*source, sink, options);
      REQUIRE_FALSE(result.ok());
      CHECK(result.status().code() == source->status().code());
      CHECK(result.status().location() == bad + ":3");
      CHECK(result.status().message() == source->status().message());
      // What was read before the failure was written, in order.
      REQUIRE(sink.records.size() == 2);
      CHECK(sink.records[0].id == "a1");
      CHECK(sink.records[1].id == "a2");
      CHECK(sink.batches == std::vector<size_t>{1, 1});
    }
  }
}

TEST_CASE("an empty input writes nothing and returns 0", "[stages]") {
  TempDir tmp;
  returns::test::WriteBytes(tmp / "empty.jsonl", "");
  auto source = Open({tmp / "empty.jsonl"});
  CollectingSink sink;
  const auto result = RunStages(*source, sink, {});
  REQUIRE(result.ok());
  CHECK(result.value() == 0);
  CHECK(sink.batches.empty());
}
