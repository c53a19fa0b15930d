#include "pipeline/writers/record_writers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/pipeline/strict_csv.h"
#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::CommentRecord;
using returns::Output;
using returns::RecordSink;
using returns::Tagging;
using returns::ThemeMatch;
using returns::test::ReadBytes;
using returns::test::TempDir;
using returns::test::AsSpreadsheetText;
using returns::test::ParseCsv;
using Rows = returns::test::CsvRows;

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ";") + s;
  return out;
}

// The row the CSV should hold for `r`, from the record itself.
std::vector<std::string> ExpectedRow(const CommentRecord& r) {
  const Tagging& t = r.tagging();
  std::string matches;
  for (const ThemeMatch& m : t.matches) {
    matches += (matches.empty() ? "" : ";") + m.theme + "@" + std::to_string(m.start) + "-" + std::to_string(m.end);
  }
  return {AsSpreadsheetText(r.id), r.question ? std::to_string(r.question) : "", Joined(t.themes), Joined(t.pending),
          matches, AsSpreadsheetText(r.text)};
}

// The bundled corpus, tagged with the default lexicon.
const std::vector<CommentRecord>& TaggedCorpus() {
  static const std::vector<CommentRecord> records = [] {
    std::vector<CommentRecord> all = returns::test::BundledRecords();
    for (CommentRecord& r : all) r.tags = returns::test::DefaultMatcher().Tag(r.text, r.question);
    return all;
  }();
  return records;
}

// Writes `records` through `sink` in batches of `batch`, then finishes it.
void WriteAll(RecordSink& sink, const std::vector<CommentRecord>& records, size_t batch, int jobs) {
  for (size_t at = 0; at < records.size(); at += batch) {
    const std::vector<CommentRecord> part(records.begin() + static_cast<long>(at),
                                          records.begin() + static_cast<long>(std::min(records.size(), at + batch)));
    REQUIRE(sink.Write(part, jobs).ok());
  }
  REQUIRE(sink.Finish().ok());
}

std::unique_ptr<Output> OpenOutput(const std::string& path) {
  auto out = Output::Open(path);
  REQUIRE(out.ok());
  return std::move(out).value();
}

std::string JsonlOf(const std::vector<CommentRecord>& records, size_t batch, int jobs, const std::string& name = {},
                    const std::string& version = {}) {
  TempDir tmp;
  returns::JsonlSink sink(OpenOutput(tmp / "out.jsonl"), name, version);
  WriteAll(sink, records, batch, jobs);
  return ReadBytes(tmp / "out.jsonl");
}

std::string CsvOf(const std::vector<CommentRecord>& records, size_t batch, int jobs) {
  TempDir tmp;
  returns::TaggedCsvSink sink(OpenOutput(tmp / "out.csv"));
  WriteAll(sink, records, batch, jobs);
  return ReadBytes(tmp / "out.csv");
}

CommentRecord Record(std::string id, int question, std::string text, std::optional<Tagging> tags = {}) {
  CommentRecord r;
  r.id = std::move(id);
  r.set(returns::Field::kId);
  r.question = question;
  if (question) r.set(returns::Field::kQuestion);
  r.text = std::move(text);
  r.set(returns::Field::kText);
  r.tags = std::move(tags);
  return r;
}

}  // namespace

TEST_CASE("JsonlSink writes one codec line per record, in input order", "[writers][jsonl]") {
  const std::vector<CommentRecord>& records = TaggedCorpus();
  std::string expected;
  for (const CommentRecord& r : records) returns::AppendCommentJsonLine(r, expected);
  const std::string written = JsonlOf(records, 100, 1);
  CHECK(written == expected);
  // Line by line: the record's id, in order, and nothing else on the line.
  std::istringstream lines(written);
  std::string line;
  returns::CommentJsonReader reader;
  size_t n = 0;
  while (std::getline(lines, line)) {
    REQUIRE(n < records.size());
    CommentRecord back;
    REQUIRE(reader.Read(line, back) == returns::CommentJsonReader::Problem::kNone);
    CHECK(back.id == records[n].id);
    ++n;
  }
  CHECK(n == records.size());
}

TEST_CASE("JsonlSink output is byte-identical for jobs 1, 2 and 7 and any batch size", "[writers][jsonl]") {
  const std::vector<CommentRecord>& records = TaggedCorpus();
  const std::string one = JsonlOf(records, 4096, 1);
  REQUIRE(std::count(one.begin(), one.end(), '\n') == static_cast<long>(records.size()));
  CHECK(JsonlOf(records, 4096, 2) == one);
  CHECK(JsonlOf(records, 4096, 7) == one);
  CHECK(JsonlOf(records, 100, 7) == one);
  CHECK(JsonlOf(records, 3, 7) == one);  // fewer records in a batch than jobs
  CHECK(JsonlOf(records, 1, 2) == one);
}

TEST_CASE("JsonlSink adds the lexicon object only when given one", "[writers][jsonl]") {
  const std::vector<CommentRecord> records(TaggedCorpus().begin(), TaggedCorpus().begin() + 20);
  const std::string plain = JsonlOf(records, 7, 2);
  CHECK(plain.find("\"lexicon\"") == std::string::npos);
  const std::string noted = JsonlOf(records, 7, 2, "kent-codebook", "1.0");
  std::istringstream lines(noted);
  std::string line;
  size_t n = 0;
  const std::string note = R"(,"lexicon":{"name":"kent-codebook","version":"1.0"}})";
  while (std::getline(lines, line)) {
    REQUIRE(n < records.size());
    REQUIRE(line.size() > note.size());
    CHECK(line.compare(line.size() - note.size(), note.size(), note) == 0);
    // Otherwise the same line.
    std::string alone;
    returns::AppendCommentJsonLine(records[n], alone);
    CHECK(line.substr(0, line.size() - note.size()) + "}\n" == alone);
    ++n;
  }
  CHECK(n == records.size());
}

TEST_CASE("a record sink's file appears only on Finish", "[writers]") {
  TempDir tmp;
  const std::string jsonl = tmp / "tagged.jsonl", csv = tmp / "tagged.csv";
  const std::vector<CommentRecord> records(TaggedCorpus().begin(), TaggedCorpus().begin() + 5);
  {
    returns::JsonlSink j(OpenOutput(jsonl));
    returns::TaggedCsvSink c(OpenOutput(csv));
    REQUIRE(j.Write(records, 2).ok());
    REQUIRE(c.Write(records, 2).ok());
    CHECK_FALSE(fs::exists(jsonl));
    CHECK_FALSE(fs::exists(csv));
    // Dropped without Finish.
  }
  CHECK(fs::is_empty(tmp.path));
  returns::JsonlSink j(OpenOutput(jsonl));
  REQUIRE(j.Write(records, 2).ok());
  REQUIRE(j.Finish().ok());
  CHECK(fs::exists(jsonl));
}

TEST_CASE("TaggedCsvSink: header, always-quoted fields, an empty question cell, CRLF", "[writers][csv]") {
  Tagging tags;
  tags.matches = {{"moderation", "word:moderat*", 0, 10, "Moderation", true},
                  {"assessment", "phrase:agreed judgements", 15, 33, "agreed judgements", false}};
  tags.themes = {"assessment", "moderation"};
  tags.pending = {"moderation"};
  const std::vector<CommentRecord> records = {
      Record("q2/a,b#1", 2, "Moderation, \"agreed judgements\"\nand more", tags),
      Record("plain", 0, "no tags at all"),
      Record("q3/x#2", 3, "a quote \" alone; and\r\nCRLF inside", Tagging{}),
      Record("", 5, ""),
  };
  const std::string csv = CsvOf(records, 2, 2);
  CHECK(csv.rfind("id,question,themes,pending,matches,text\r\n", 0) == 0);
  // The bytes of two rows, as written.
  CHECK(csv.find("\r\n\"plain\",,\"\",\"\",\"\",\"no tags at all\"\r\n") != std::string::npos);
  CHECK(csv.find("\r\n\"q2/a,b#1\",2,\"assessment;moderation\",\"moderation\","
                 "\"moderation@0-10;assessment@15-33\",\"Moderation, \"\"agreed judgements\"\"\nand more\"\r\n") !=
        std::string::npos);

  const Rows rows = ParseCsv(csv);
  REQUIRE(rows.size() == records.size() + 1);
  CHECK(rows[0] == std::vector<std::string>{"id", "question", "themes", "pending", "matches", "text"});
  for (size_t i = 0; i < records.size(); ++i) {
    INFO("record " << i);
    CHECK(rows[i + 1] == ExpectedRow(records[i]));
  }
  CHECK(rows[1][4] == "moderation@0-10;assessment@15-33");
  CHECK(rows[2][1].empty());
  CHECK(rows[3][5] == "a quote \" alone; and\r\nCRLF inside");
}

TEST_CASE("TaggedCsvSink on the tagged corpus reads back as its records, for any jobs", "[writers][csv]") {
  const std::vector<CommentRecord>& records = TaggedCorpus();
  const std::string csv = CsvOf(records, 64, 1);
  CHECK(CsvOf(records, 4096, 2) == csv);
  CHECK(CsvOf(records, 5, 7) == csv);
  const Rows rows = ParseCsv(csv);
  REQUIRE(rows.size() == records.size() + 1);
  size_t tagged = 0;
  for (size_t i = 0; i < records.size(); ++i) {
    INFO(records[i].id);
    CHECK(rows[i + 1] == ExpectedRow(records[i]));
    if (!records[i].tagging().matches.empty()) ++tagged;
  }
  CHECK(tagged > 100);  // the rows carry real matches, not only empty cells
}

TEST_CASE("TaggedCsvSink with no records writes the header alone", "[writers][csv]") {
  CHECK(CsvOf({}, 10, 2) == "id,question,themes,pending,matches,text\r\n");
}

TEST_CASE("regression: a tagged CSV cell starting with '=', '+', '-', '@', a tab or a CR is text to a spreadsheet",
          "[writers][csv][regression]") {
  Tagging tags;
  tags.themes = {"moderation"};
  tags.matches = {{"moderation", "word:moderat*", 1, 11, "moderation", false}};
  const std::vector<CommentRecord> records = {
      Record("=1+1", 2, "=HYPERLINK(\"http://evil.example/\",\"moderation\")", tags),
      Record("+id", 3, "+44 1234 moderation"),
      Record("-id", 0, "- moderation planned"),
      Record("@id", 4, "@SUM(1+1)*cmd|' /C calc'!A0"),
      Record("\tid", 5, "\tmoderation"),
      Record("\rid", 1, "\r=1+1"),
      Record("plain", 2, "plain = fine, 'quoted' -- not first"),
  };
  const std::string csv = CsvOf(records, 3, 2);
  // As written: the ' inside the quotes, before the rest, quotes doubled.
  CHECK(csv.find("\r\n\"'=1+1\",2,\"moderation\",\"\",\"moderation@1-11\","
                 "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"moderation\"\")\"\r\n") != std::string::npos);
  CHECK(csv.find("\r\n\"'-id\",,\"\",\"\",\"\",\"'- moderation planned\"\r\n") != std::string::npos);
  const returns::test::CsvCellRows rows = returns::test::ParseCsvCells(csv);
  REQUIRE(rows.size() == records.size() + 1);
  for (size_t i = 1; i < rows.size(); ++i) {
    for (const returns::test::CsvCellRead& cell : rows[i]) {
      INFO("row " << i << ": " << cell.text);
      CHECK_FALSE(returns::test::SpreadsheetFormula(cell.text));
    }
  }
  CHECK(rows[2][0].text == "'+id");
  CHECK(rows[2][5].text == "'+44 1234 moderation");
  CHECK(rows[4][5].text == "'@SUM(1+1)*cmd|' /C calc'!A0");
  CHECK(rows[5][0].text == "'\tid");
  CHECK(rows[6][5].text == "'\r=1+1");
  CHECK(rows[7][5].text == "plain = fine, 'quoted' -- not first");  // only the first character counts
  CHECK(rows[7][0].quoted);
  CHECK_FALSE(rows[7][1].quoted);  // the question, a number
}
