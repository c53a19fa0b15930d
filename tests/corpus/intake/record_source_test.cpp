#include "corpus/intake/record_source.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "corpus/readers/appendix_reader.h"
#include "tests/corpus/intake/returns_batch.h"
#include "tests/corpus/intake_samples.h"
#include "tests/corpus/seed_corpus.h"

namespace fs = std::filesystem;

using returns::IngestOptions;
using returns::InputFormat;
using returns::Reject;
using returns::Result;
using returns::Return;
using returns::test::BundledRegister;
using returns::test::CommentTexts;
using returns::test::SameReturns;
using returns::test::Slurp;
using returns::test::SourcePath;

using namespace returns::test;


TEST_CASE("directories are read recursively, sorted, without README files", "[ingest]") {
  SampleDir dir;
  const std::string given = dir.Write("given/first.jsonl", kJsonl);
  dir.Write("tree/b.jsonl", R"({"collaborative": "Samphire Hub", "question": 3, "text": "b"})" "\n");
  dir.Write("tree/a/z.csv", "Collaborative,Question,Answer\nSamphire Hub,4,z\n");
  dir.Write("tree/a/README.md", "# About this folder\nCollaborative: Samphire Hub\n## 1\nNot a return.\n");
  dir.Write("tree/README", "Notes.\n");
  dir.Write("tree/README.txt", "Notes.\n");
  dir.Write("tree/c.md", "Collaborative: Samphire Hub\n## 5\nc\n");
  dir.Write("tree/d.TXT.bak", "x\n");

  const Result<std::vector<std::string>> paths = returns::ExpandPaths({given, dir.path() + "/tree"});
  REQUIRE(paths.ok());
  const std::string tree = dir.path() + "/tree/";
  CHECK(paths.value() == std::vector<std::string>{given, tree + "a/z.csv", tree + "b.jsonl", tree + "c.md"});

  const Batch got = Ingest({given, dir.path() + "/tree"});
  CHECK(got.files == 4);
  CHECK(got.records == 4);
  CHECK(Sources(got) == paths.value());
  std::vector<std::string> texts;
  for (const Return& r : got.returns) texts.push_back(r.text);
  CHECK(texts == std::vector<std::string>{"Learning walks.", "z", "b", "c"});

  const Result<std::vector<std::string>> missing = returns::ExpandPaths({given, dir.path() + "/none.csv"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == returns::Status::Code::kNotFound);
  CHECK(missing.status().ToString() == dir.path() + "/none.csv: error: no such file");
}

TEST_CASE("a folder's files: returns' formats in any case, documents it cannot read refused, others said", "[ingest]") {
  SampleDir dir;
  for (const char* name : {"a.csv", "B.CSV", "c.Docx", "d.PDF", "e.odt", "f.DOC", "g.xls", "h.rtf", "i.ods", "j.pages",
                           "k.png", "l.zip", "m.msg", "no-extension", "README.txt", "~$c.Docx", ".DS_Store", "Thumbs.db",
                           "desktop.ini"}) {
    dir.Write(std::string("tree/") + name, "x\n");
  }
  std::vector<std::string> skipped;
  const Result<std::vector<std::string>> paths = returns::ExpandPaths({dir.path() + "/tree"}, &skipped);
  REQUIRE(paths.ok());
  const std::string tree = dir.path() + "/tree/";
  CHECK(paths.value() == std::vector<std::string>{tree + "B.CSV", tree + "a.csv", tree + "c.Docx", tree + "d.PDF",
                                                  tree + "e.odt", tree + "f.DOC", tree + "g.xls", tree + "h.rtf",
                                                  tree + "i.ods", tree + "j.pages"});
  CHECK(skipped == std::vector<std::string>{tree + "k.png", tree + "l.zip", tree + "m.msg", tree + "no-extension"});

  // Read, a document it cannot read stops the run naming it, as when it is named (a return is not lost unsaid).
  SampleDir odt;
  odt.Write("round/a.csv", "Collaborative,Question,Answer\nSamphire Hub,4,z\n");
  std::filesystem::copy_file(std::string(RETURNS_SOURCE_DIR) + "/tests/data/odt/other-headings.odt",
                             odt.path() + "/round/Pantiles return.odt");
  const Result<Batch> refused = IngestFiles({odt.path() + "/round"}, BundledRegister());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().ToString().rfind(odt.path() + "/round/Pantiles return.odt: error: this is an OpenDocument text "
                                          "(.odt), which returns cannot read: save it as a Word document (.docx)", 0) == 0);
}

TEST_CASE("a file that cannot be read at all stops the batch, named", "[ingest]") {
  const Result<Batch> got = IngestFiles({kSame + "returns-long.csv", kBad + "empty.csv"}, BundledRegister());
  REQUIRE_FALSE(got.ok());
  CHECK(got.status().ToString() == kBad + "empty.csv: error: empty file (no header row)");
  const Result<Batch> column = IngestFiles({kBad + "unknown-column.csv"}, BundledRegister());
  REQUIRE_FALSE(column.ok());
  CHECK(column.status().ToString().rfind(kBad + "unknown-column.csv:1: error: unknown column 'Notes'", 0) == 0);
}

TEST_CASE("a return twice in a batch: the second is rejected, naming the first", "[ingest]") {
  const Batch within = Ingest({kBad + "duplicate.csv"});
  CHECK(within.records == 2);
  REQUIRE(within.returns.size() == 1);
  REQUIRE(within.rejects.size() == 1);
  const Reject& r = within.rejects[0];
  CHECK(r.reason == "duplicate within the batch");
  CHECK(r.source == kBad + "duplicate.csv");
  CHECK(r.line == 3);
  CHECK(r.detail == "the same return as " + kBad + "duplicate.csv:2 (question 3)");
  CHECK(r.raw == "Shared purpose and trust.");

  // Across files and formats: the JSON Lines copy of each CSV row.
  const Batch across = Ingest({kSame + "returns-long.csv", kSame + "returns.jsonl"});
  CHECK(across.returns.size() == 3);
  REQUIRE(across.rejects.size() == 3);
  const std::vector<int> first_lines = {2, 4, 6}, questions = {3, 2, 3};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(across.rejects[i].source == kSame + "returns.jsonl");
    CHECK(across.rejects[i].line == static_cast<int>(i) + 1);
    CHECK(across.rejects[i].detail == "the same return as " + kSame + "returns-long.csv:" + std::to_string(first_lines[i]) +
                                          " (question " + std::to_string(questions[i]) + ")");
  }
}

TEST_CASE("the same return in two rounds is no duplicate, the batch's round fills the gaps", "[ingest]") {
  SampleDir dir;
  const std::string rounds = dir.Write(
      "rounds.jsonl",
      R"({"collaborative": "Samphire Hub", "question": 3, "text": "Trust.", "round": "2013-03"})" "\n"
      R"({"collaborative": "Samphire Hub", "question": 3, "text": "Trust.", "round": "2014-03"})" "\n"
      R"({"collaborative": "Samphire Hub", "question": 3, "text": "Trust."})" "\n");
  IngestOptions options;
  options.round = "2014-03";
  const Batch got = Ingest({rounds}, options);
  REQUIRE(got.returns.size() == 2);
  CHECK(got.returns[0].round == "2013-03");
  CHECK(got.returns[1].round == "2014-03");
  // The third line takes the batch's round, and so is the second over again.
  REQUIRE(got.rejects.size() == 1);
  CHECK(got.rejects[0].line == 3);
  CHECK(got.rejects[0].detail == "the same return as " + rounds + ":2 (question 3)");

  IngestOptions round;
  round.round = "2015-03";
  for (const Return& r : Ingest({kSame + "returns-long.csv"}, round).returns) CHECK(r.round == "2015-03");
  for (const Return& r : Ingest({kSame + "returns-long.csv"}).returns) CHECK(r.round.empty());
}

TEST_CASE("strict (--strict) stops at the first rejected record", "[ingest]") {
  IngestOptions strict;
  strict.strict = true;
  const Batch stopped = Ingest({kBad + "duplicate.csv", kSame + "returns.jsonl"}, strict);
  CHECK(stopped.files == 1);  // the second file is never read
  CHECK(stopped.records == 2);
  REQUIRE_FALSE(stopped.rejects.empty());
  CHECK(stopped.rejects.front().line == 3);
  for (const Return& r : stopped.returns) CHECK(r.source == kBad + "duplicate.csv");

  const Batch lenient = Ingest({kBad + "duplicate.csv", kSame + "returns.jsonl"});
  CHECK(lenient.files == 2);
  CHECK(lenient.records == 5);

  // Nothing rejected: --strict reads everything.
  const Batch clean = Ingest({kSame + "return-2.md", kBad + "quoted-newlines.csv"}, strict);
  CHECK(clean.files == 2);
  CHECK(clean.rejects.empty());
}

TEST_CASE("totals: records read and rejects by reason, as the inputs hold them", "[ingest]") {
  // Per file: every bad sample holds one good record and one bad one (counted by hand).
  struct Row {
    std::vector<std::string> files;
    const char* totals;
  };
  const std::vector<Row> rows = {
      {{"invalid-utf8.csv"}, "read 2, taken 1, rejected 1 (invalid UTF-8: 1)"},
      {{"wrong-field-count.csv"}, "read 2, taken 1, rejected 1 (wrong number of fields: 1)"},
      {{"missing-field.csv"}, "read 2, taken 1, rejected 1 (missing required field: 1)"},
      {{"empty-answer.csv"}, "read 2, taken 1, rejected 1 (empty answer: 1)"},
      {{"unknown-question.csv"}, "read 2, taken 1, rejected 1 (unknown question: 1)"},
      {{"duplicate.csv"}, "read 2, taken 1, rejected 1 (duplicate within the batch: 1)"},
      {{"too-large.csv"}, "read 2, taken 1, rejected 1 (record over the size limit: 1)"},
      {{"not-json.jsonl"}, "read 2, taken 1, rejected 1 (not a JSON object: 1)"},
      {{"windows-1252.csv"}, "read 1, taken 0, rejected 1 (invalid UTF-8: 1)"},
      {{"header-only.csv"}, "read 0, taken 0, rejected 0"},
      {{"quoted-newlines.csv"}, "read 1, taken 1, rejected 0"},
      {{"bom-crlf.csv"}, "read 1, taken 1, rejected 0"},
      // Together: each file's good row is Samphire Hub's question 3, so the later ones are duplicates.
      {{"invalid-utf8.csv", "not-json.jsonl", "bom-crlf.csv"},
       "read 5, taken 1, rejected 4 (duplicate within the batch: 2, invalid UTF-8: 1, not a JSON object: 1)"},
  };
  for (const Row& row : rows) {
    std::vector<std::string> paths;
    for (const std::string& f : row.files) paths.push_back(kBad + f);
    INFO(row.totals);
    const Batch got = Ingest(paths);
    CHECK(Totals(got) == row.totals);
    CHECK(got.files == static_cast<int>(paths.size()));
  }

  // The four samples of the same three returns: 12 records — answers: 3 in
  // the documents, 3 long rows, 3 answers in the 2 wide rows, 3 JSON lines —
  // of which 3 are taken and 9 are duplicates.
  const Batch same = Ingest({kSame});
  CHECK(same.files == 5);
  CHECK(same.records == 12);
  CHECK(same.returns.size() == 3);
  CHECK(same.rejects.size() == 9);
  CHECK(Totals(same) == "read 12, taken 3, rejected 9 (duplicate within the batch: 9)");
}

// Regression: "taken" was read minus rejected, so a wide CSV row (one row,
// several answers, each rejectable on its own) gave "read 4, taken 1,
// rejected 3" for the wide sample twice. Now each figure is counted.
TEST_CASE("regression: totals are counted, and read = taken + rejected, even for wide rows", "[ingest]") {
  const Batch twice = Ingest({kSame + "returns-wide.csv", kSame + "returns-wide.csv"});
  REQUIRE(twice.returns.size() == 3);
  REQUIRE(twice.rejects.size() == 3);
  CHECK(Totals(twice) == "read 6, taken 3, rejected 3 (duplicate within the batch: 3)");
  // Every sample, good and bad, alone and all together: read = taken + rejected.
  std::vector<std::string> all;
  for (const auto& dir : {kSame, kBad}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      const std::string path = entry.path().string();
      if (path.find("empty.csv") != std::string::npos || path.find("unknown-column") != std::string::npos) continue;
      all.push_back(path);
      auto one = IngestFiles({path}, BundledRegister());
      if (!one.ok()) continue;  // unusable as a whole (named elsewhere)
      INFO(path);
      CHECK(one.value().records == one.value().taken + one.value().no_answer + static_cast<int>(one.value().rejects.size()));
      CHECK(one.value().taken == static_cast<int>(one.value().returns.size()));
    }
  }
  std::sort(all.begin(), all.end());
  const Batch together = Ingest(all);
  CHECK(together.records == together.taken + together.no_answer + static_cast<int>(together.rejects.size()));
}

// Regression: an answer of only a bullet glyph was "taken" and gave no comment.
TEST_CASE("regression: an answer that holds no comment is rejected as empty, not taken", "[ingest]") {
  SampleDir dir;
  const Batch got = Ingest({dir.Write("bullet.csv",
                                      "District,Collaborative,Question,Answer\n"
                                      "Dover,Samphire Hub,3,\"\u2022\"\n"
                                      "Thanet,M7 Partnership,2,Learning walks.\n")});
  CHECK(got.returns.size() == 1);
  REQUIRE(got.rejects.size() == 1);
  CHECK(got.rejects[0].reason == returns::reject::kEmptyAnswer);
  CHECK(got.rejects[0].line == 2);
  CHECK(Totals(got) == "read 2, taken 1, rejected 1 (empty answer: 1)");
}

TEST_CASE("the four formats give the same comments", "[ingest]") {
  const std::vector<std::vector<std::string>> batches = {
      {kSame + "returns-long.csv"},
      {kSame + "returns-wide.csv"},
      {kSame + "return-1.md", kSame + "return-2.md"},
      {kSame + "returns.jsonl"},
  };
  for (const auto& batch : batches) {
    INFO(batch.front());
    const Batch got = Ingest(batch);
    CHECK(got.rejects.empty());
    REQUIRE(got.returns.size() == SameReturns().size());
    for (size_t i = 0; i < got.returns.size(); ++i) {
      const Return& r = got.returns[i];
      const auto& want = SameReturns()[i];
      CHECK(r.id == want.id);
      CHECK(r.question == want.question);
      CHECK(r.district == want.district);
      CHECK(r.collaborative == want.collaborative);
      CHECK(r.collaborative_canonical == std::optional<std::string>(want.collaborative));
      CHECK(r.lead_schools == want.lead_schools);
      CHECK(r.text == want.comments[0] + "\n" + want.comments[1]);
      CHECK(CommentTexts(r) == want.comments);
      for (const auto& c : r.comments) CHECK_FALSE(c.heading.has_value());
    }
  }
}

namespace {

// Whether the source line a comment names holds the comment's first words.
void CheckCommentLines(const std::vector<std::string>& files) {
  for (const Return& r : Ingest(files).returns) {
    std::vector<std::string> lines;
    std::istringstream in(Slurp("tests/data/intake/same/" + fs::path(r.source).filename().string()));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (const auto& c : r.comments) {
      INFO(r.source << ":" << c.line << " should hold '" << c.text << "'");
      REQUIRE(c.line >= 1);
      REQUIRE(c.line <= static_cast<int>(lines.size()));
      CHECK(lines[static_cast<size_t>(c.line - 1)].find(c.text.substr(0, 20)) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("each comment names the source line it starts on", "[ingest]") {
  CheckCommentLines({kSame + "returns-long.csv"});
  CheckCommentLines({kSame + "return-1.md", kSame + "return-2.md"});
}

// Bug: a JSON Lines record's answer lines are numbered as if they were lines of
// the file, so the second comment of line 1 claims line 2 (another record), and
// the last record's second comment claims line 4 of a 3-line file.
TEST_CASE("regression: JSON Lines: each comment names its record's line", "[ingest]") {
  CheckCommentLines({kSame + "returns.jsonl"});
}

TEST_CASE("an encoding given (--encoding) converts before reading", "[ingest]") {
  IngestOptions options;
  options.encoding = "windows-1252";
  const Batch got = Ingest({kBad + "windows-1252.csv"}, options);
  CHECK(got.rejects.empty());
  REQUIRE(got.returns.size() == 1);
  CHECK(got.returns[0].text ==
        "Heads\xE2\x80\x99 moderation saved \xC2\xA3" "125 \xE2\x80\x93 \xE2\x80\x9Cgood\xE2\x80\x9D");
  options.encoding = "no-such-encoding";
  CHECK_FALSE(IngestFiles({kBad + "windows-1252.csv"}, BundledRegister(), options).ok());
}

TEST_CASE("progress: after each file, bytes done of the batch's total", "[ingest]") {
  const std::vector<std::string> files = {kSame + "returns-long.csv", kSame + "returns.jsonl", kSame + "return-1.md"};
  uintmax_t size = 0;
  std::vector<uintmax_t> after;
  for (const std::string& f : files) after.push_back(size += fs::file_size(f));
  std::vector<uintmax_t> done, totals;
  IngestOptions options;
  options.progress = [&](uintmax_t d, uintmax_t t) {
    done.push_back(d);
    totals.push_back(t);
  };
  Ingest(files, options);
  CHECK(done == after);
  CHECK(totals == std::vector<uintmax_t>(files.size(), size));
}

// The appendix reader's warnings (a collaborative not in the register) reach the totals.
TEST_CASE("the appendix reader's warnings reach the batch", "[ingest]") {
  // The bundled register without ACE: its row in the question 2 appendix is read by layout alone.
  std::string csv;
  std::istringstream in(Slurp("corpus/collaboratives.csv"));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("ACE,", 0) != 0) csv += line + "\n";
  }
  const Result<returns::Register> reg = returns::Register::Parse(csv, "without-ace.csv");
  REQUIRE(reg.ok());
  const std::string q2 = SourcePath("corpus/kent-2013/q2-progress.txt");
  const Result<returns::AppendixRead> read = returns::AppendixReader(reg.value()).ReadFile(q2);
  REQUIRE(read.ok());
  REQUIRE_FALSE(read.value().warnings.empty());  // "…:41: warning: collaborative 'ACE Hamstreet Primary' is not in the register …"

  const Result<Batch> got = IngestFiles({q2}, reg.value());
  REQUIRE(got.ok());
  CHECK(got.value().returns.size() == read.value().returns.size());
  // The reader's warnings come first, then the record source's one for the name the register does not know.
  const std::vector<std::string>& warnings = got.value().warnings;
  REQUIRE(warnings.size() == read.value().warnings.size() + 1);
  CHECK(std::equal(read.value().warnings.begin(), read.value().warnings.end(), warnings.begin()));
  CHECK(warnings.back() == q2 + ":41: warning: unknown collaborative 'ACE Hamstreet Primary'; no register entry is "
                                "near it: a new collaborative? (returns register add)");
}

// Regression: the 100,000-byte limit was not applied to JSON Lines (a 50 MB
// record was tagged and indexed); a line far over it is not even parsed.
TEST_CASE("regression: the size limit holds for JSON Lines records", "[ingest][source]") {
  SampleDir dir;
  const std::string path = dir.Write("big.jsonl", "{\"id\":\"a\",\"text\":\"" + std::string(returns::kMaxAnswerBytes + 1, 'x') +
                                                      "\"}\n{\"id\":\"b\",\"text\":\"fine\"}\n{\"text\":\"" +
                                                      std::string(9 * returns::kMaxAnswerBytes, 'y') + "\"}\n");
  auto source = returns::RecordSource::Open({path}, BundledRegister(), {});
  REQUIRE(source.ok());
  std::vector<returns::CommentRecord> batch, all;
  while (source.value()->Next(batch, 10)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(all.size() == 1);
  CHECK(all[0].id == "b");
  const returns::Ingested& totals = source.value()->totals();
  REQUIRE(totals.rejects.size() == 2);
  CHECK(totals.rejects[0].line == 1);
  CHECK(totals.rejects[0].reason == returns::reject::kTooLarge);
  CHECK(totals.rejects[1].line == 3);
  // Its whole length, though only the start of it was held (lines.h).
  CHECK(totals.rejects[1].detail == "a line of " + std::to_string(9 * returns::kMaxAnswerBytes + 11) + " bytes");
  CHECK(totals.rejects[1].raw.size() <= 200);
  CHECK(returns::TotalsLine(totals) == "read 3, taken 1, rejected 2 (record over the size limit: 2)");
}

TEST_CASE("regression: a JSON line rejected keeps at most 200 bytes of its raw text, whatever the reason", "[ingest][source]") {
  // Lines under the size limit but long: not JSON, no text, and a text over
  // the limit in a line under the line limit. Each used to keep the whole line.
  SampleDir dir;
  const std::string long_text(returns::kMaxAnswerBytes / 2, 'z');
  const std::string path = dir.Write("long.jsonl", "{\"id\": \"a\", \"text\": \"" + long_text + "\"\n" +  // not JSON
                                                       "{\"id\": \"b\", \"note\": \"" + long_text + "\"}\n" +  // no text
                                                       "{\"id\": \"c\", \"text\": \"\u00e9" + long_text + long_text + "zz\"}\n");
  auto source = returns::RecordSource::Open({path}, BundledRegister(), {});
  REQUIRE(source.ok());
  std::vector<returns::CommentRecord> batch;
  while (source.value()->Next(batch, 10)) CHECK(batch.empty());
  const returns::Ingested& totals = source.value()->totals();
  REQUIRE(totals.rejects.size() == 3);
  CHECK(totals.rejects[0].reason == returns::reject::kNotJson);
  CHECK(totals.rejects[1].reason == returns::reject::kMissingField);
  CHECK(totals.rejects[2].reason == returns::reject::kTooLarge);
  for (const Reject& r : totals.rejects) {
    CHECK(r.raw.size() <= 200);
    CHECK(r.raw.size() >= 190);  // the start of the line, cut on a character boundary
    CHECK(r.raw.rfind("{\"id\": ", 0) == 0);
  }
}

TEST_CASE("a long CSV with one unknown name in many returns keeps one finding, unless asked for every one", "[ingest][names]") {
  // The name warnings are one per name and file; only register check needs every place (keep_names).
  SampleDir dir;
  std::string csv = "Collaborative,Lead School(s),Question,Round,Answer\n";
  for (int i = 0; i < 3000; ++i) {
    csv += "Brookland and Snargate Federation,Brookland School," + std::to_string(1 + i % 5) + ",2014-03 #" +
           std::to_string(i) + ",Shared planning across schools.\n";
  }
  const std::string path = dir.Write("many.csv", csv);
  for (const bool keep : {false, true}) {
    returns::SourceOptions options;
    options.records_from_jsonl = false;
    options.keep_names = keep;
    auto source = returns::RecordSource::Open({path}, BundledRegister(), options);
    REQUIRE(source.ok());
    std::vector<returns::CommentRecord> batch;
    size_t records = 0;
    while (source.value()->Next(batch, 100)) records += batch.size();
    REQUIRE(source.value()->status().ok());
    CHECK(records == 3000);
    const returns::Ingested& totals = source.value()->totals();
    REQUIRE(totals.warnings.size() == 1);
    CHECK(totals.warnings[0].find("(3000 returns)") != std::string::npos);
    CHECK(totals.names.size() == (keep ? 3000u : 0u));
  }
}

TEST_CASE("a record the check refuses is rejected, for a return with all its comments", "[ingest][source]") {
  returns::SourceOptions options;
  options.check = [](const returns::CommentRecord& r) {
    return r.collaborative_name().find("Hub") != std::string::npos ? std::string("a hub") : std::string();
  };
  options.records_from_jsonl = false;
  auto source = returns::RecordSource::Open({kSame + "returns-long.csv"}, BundledRegister(), options);
  REQUIRE(source.ok());
  std::vector<returns::CommentRecord> batch, all;
  while (source.value()->Next(batch, 10)) all.insert(all.end(), batch.begin(), batch.end());
  for (const auto& r : all) CHECK(r.collaborative_name().find("Hub") == std::string::npos);
  const returns::Ingested& totals = source.value()->totals();
  REQUIRE(totals.rejects.size() == 1);
  CHECK(totals.rejects[0].reason == returns::reject::kFieldTooLong);
  CHECK(totals.rejects[0].detail == "a hub");
  CHECK(totals.records == totals.taken + 1);
}

// Regression: `index` without --round stored comments that `remove` could not take out.
TEST_CASE("require_round: a return or JSON record with no round of its own or the batch's is rejected",
          "[ingest][source]") {
  SampleDir dir;
  const std::string mixed = dir.Write(
      "mixed.jsonl",
      R"({"id": "a", "text": "Trust.", "round": "2013-03"})" "\n"
      R"({"id": "b", "text": "Trust."})" "\n");
  auto read = [&](const std::vector<std::string>& paths, const std::string& round, bool from_jsonl) {
    returns::SourceOptions options;
    options.require_round = true;
    options.intake.round = round;
    options.records_from_jsonl = from_jsonl;
    auto source = returns::RecordSource::Open(paths, BundledRegister(), options);
    REQUIRE(source.ok());
    std::vector<returns::CommentRecord> batch, all;
    while (source.value()->Next(batch, 10)) all.insert(all.end(), batch.begin(), batch.end());
    REQUIRE(source.value()->status().ok());
    return std::make_pair(all, source.value()->totals());
  };
  SECTION("JSON Lines records") {
    const auto [taken, totals] = read({mixed}, "", true);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].id == "a");
    REQUIRE(totals.rejects.size() == 1);
    CHECK(totals.rejects[0].source == mixed);
    CHECK(totals.rejects[0].line == 2);
    CHECK(totals.rejects[0].reason == std::string("no round"));
    CHECK(totals.rejects[0].detail == "give --round or a round column");
    CHECK(read({mixed}, "2014-03", true).second.rejects.empty());  // the batch's round fills the gap
  }
  SECTION("returns: each rejected whole, none taken") {
    const auto [taken, totals] = read({kSame + "returns-long.csv"}, "", false);
    CHECK(taken.empty());
    CHECK(totals.taken == 0);
    REQUIRE(totals.rejects.size() == static_cast<size_t>(totals.records - totals.no_answer));
    for (const Reject& r : totals.rejects) CHECK(r.reason == std::string(returns::reject::kNoRound));
    const auto [with_round, fine] = read({kSame + "returns-long.csv"}, "2014-03", false);
    CHECK(fine.rejects.empty());
    CHECK(!with_round.empty());
  }
}

// A new round as it arrives (tests/data/intake/names/new-round.csv): names the
// register knows only loosely or not at all, and answers that say nothing.
TEST_CASE("a new round: names checked against the register, no-content answers counted as no answer", "[ingest][names]") {
  const std::string path = SourcePath("tests/data/intake/names/new-round.csv");
  const Batch got = Ingest({path});
  // 8 answers: 5 comments taken; "N/A", "None at this time." and "-" are no answer, not rejects.
  CHECK(Totals(got) == "read 8, taken 5, no answer 3, rejected 0");
  CHECK(got.records == got.taken + got.no_answer + static_cast<int>(got.rejects.size()));
  REQUIRE(got.returns.size() == 5);
  // "Central Ashford Town Schools" without "(CATS)": canonicalised, both returns, one note.
  CHECK(got.returns[0].collaborative == "Central Ashford Town Schools");
  CHECK(got.returns[0].collaborative_canonical == "Central Ashford Town Schools (CATS)");
  CHECK(got.returns[0].id == "q2/central-ashford-town-schools-cats/willesborough-junior");
  CHECK(got.returns[1].collaborative_canonical == "Central Ashford Town Schools (CATS)");
  CHECK(got.notes == std::vector<std::string>{
                         path + ":2: note: collaborative 'Central Ashford Town Schools' read as the register's "
                                "'Central Ashford Town Schools (CATS)' (2 returns)"});
  // "Lyminge CEP" and a wholly new collaborative: one warning each (the new one
  // has 2 answers, 1 of them N/A: 1 return with an answer, so no count).
  CHECK(got.warnings == std::vector<std::string>{
                            path + ":4: warning: unknown lead school 'Lyminge CEP' of 'Shepway Rural Mini Hub'; did "
                                   "you mean 'Lyminge School'?",
                            path + ":5: warning: unknown collaborative 'Brookland and Snargate Federation'; no "
                                   "register entry is near it: a new collaborative? (returns register add)"});
  CHECK(got.returns[3].collaborative_canonical == std::nullopt);
  // RAiD is an alias: known, no finding; its answer that merely contains "None" is kept.
  CHECK(got.returns[4].collaborative_canonical == "Raising Achievement in Dover (RAiD)");
  CHECK(got.returns[4].text.rfind("None of the schools", 0) == 0);
  // Every finding is kept for `register check`, each with its place.
  REQUIRE(got.names.size() == 5);
  CHECK(got.names[0].line == 2);
  CHECK(got.names[4].line == 6);
  CHECK(got.names[4].written == "Brookland and Snargate Federation");
  CHECK(got.names[4].no_answer);  // its "N/A": listed apart by `register check`
  CHECK_FALSE(got.names[3].no_answer);
}

TEST_CASE("no answer: a JSON return and a return document say nothing too, an empty answer is still rejected", "[ingest]") {
  SampleDir dir;
  const Batch got = Ingest({dir.Write("a.jsonl", "{\"collaborative\":\"ACE\",\"question\":5,\"text\":\"n/a\"}\n"
                                                 "{\"collaborative\":\"ACE\",\"question\":4,\"text\":\"\"}\n"),
                            dir.Write("b.md", "Collaborative: Hythe Hub\n\n## 2. Progress\n\nNone at this time.\n\n"
                                              "## 3. Strengths\n\nNone of us had done peer review before.\n")});
  CHECK(Totals(got) == "read 4, taken 1, no answer 2, rejected 1 (empty answer: 1)");
}

// Regression (issue 18, streaming): a CSV file is read a chunk of rows at a
// time; what the run tells is what it told when the file was read whole —
// the reader's rejects before the run's own (duplicates), one warning per
// unknown name and file with its count, totals counted, --strict telling
// every reject of the file.
TEST_CASE("a CSV streamed over many chunks tells what reading it whole told", "[ingest]") {
  SampleDir dir;
  std::string text = "Collaborative,Question,Answer\n";
  for (int i = 0; i < 2000; ++i) {
    const std::string who = i % 2 ? "Samphire Hub" : "No Such Collaborative";
    if (i == 1500) text += "Samphire Hub,1\n";                  // line 1503: wrong number of fields
    if (i == 100) text += who + ",1,\"Answer again\"\n";        // line 102: one more repeat
    text += who + "," + std::to_string(1 + i % 5) + ",\"Answer " + std::to_string(i) + "\"\n";
  }
  const std::string path = dir.Write("many.csv", text);
  const Batch got = Ingest({path}, IngestOptions{});
  // Rows of one collaborative and question are one return per round: most are duplicates here.
  REQUIRE(got.rejects.size() >= 2);
  CHECK(got.rejects[0].reason == returns::reject::kFieldCount);
  CHECK(got.rejects[0].line == 1503);
  for (size_t i = 1; i < got.rejects.size(); ++i) CHECK(got.rejects[i].reason == returns::reject::kDuplicate);
  CHECK(got.rejects[1].line == 12);  // two collaboratives, five questions: line 12 repeats line 2
  CHECK(got.rejects[1].detail == "the same return as " + path + ":2 (question 1)");
  CHECK(got.records == 2002);
  CHECK(got.taken + static_cast<int>(got.rejects.size()) == got.records);
  CHECK(got.taken == 10);
  REQUIRE(got.warnings.size() == 1);
  CHECK(got.warnings[0].find(path + ":2: warning: ") == 0);
  CHECK(got.warnings[0].find("(1001 returns)") != std::string::npos);

  IngestOptions strict;
  strict.strict = true;
  const Batch stopped = Ingest({path}, strict);
  CHECK(stopped.returns.empty());
  CHECK(stopped.rejects.size() == got.rejects.size());
}
