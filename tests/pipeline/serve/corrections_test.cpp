#include "pipeline/serve/corrections.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "pipeline/reports/evaluation.h"
#include "tests/temp_dir.h"

using namespace returns::serve;
using returns::CommentRecord;

namespace {

CommentRecord Tagged() {
  CommentRecord c;
  c.comment_id = "q2/raid/priory-fields#3";
  c.return_id = "q2/raid/priory-fields";
  c.round = "2013-03";
  c.question = 2;
  c.text = "Joint moderation of writing, with “quotes” & <b>markup</b>";
  c.tags.emplace();
  c.tags->themes = {"literacy", "moderation"};
  return c;
}

}  // namespace

TEST_CASE("corrections: a tag marked wrong, a theme added, on top of earlier ones", "[serve][corrections]") {
  const CommentRecord c = Tagged();
  auto wrong = MakeCorrection(c, {}, CorrectionAction::kWrong, "moderation", "2026-11-30T10:00:00Z");
  REQUIRE(wrong.ok());
  CHECK(wrong.value().themes == std::vector<std::string>{"literacy"});
  CHECK(wrong.value().tagged == std::vector<std::string>{"literacy", "moderation"});
  CHECK(wrong.value().id == "q2/raid/priory-fields#3");
  // The next correction starts from the officer's themes, not the tagger's.
  auto added = MakeCorrection(c, {wrong.value()}, CorrectionAction::kMissing, "data_assessment", "t");
  REQUIRE(added.ok());
  CHECK(added.value().themes == std::vector<std::string>{"data_assessment", "literacy"});
  CHECK(CurrentThemes(c, {wrong.value(), added.value()}) == added.value().themes);
  // Changing nothing is refused: moderation is gone already, literacy is there already.
  CHECK_FALSE(MakeCorrection(c, {wrong.value()}, CorrectionAction::kWrong, "moderation", "t").ok());
  CHECK_FALSE(MakeCorrection(c, {}, CorrectionAction::kMissing, "literacy", "t").ok());
  // Another round's correction of the same id is another comment's.
  Correction other = wrong.value();
  other.round = "2014-03";
  CHECK(CurrentThemes(c, {other}) == c.tagging().themes);
}

TEST_CASE("corrections: a line is JSON evaluate reads, and reads back the same", "[serve][corrections]") {
  auto k = MakeCorrection(Tagged(), {}, CorrectionAction::kWrong, "moderation", "2026-11-30T10:00:00Z");
  REQUIRE(k.ok());
  const std::string line = CorrectionLine(k.value());
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  CHECK(line.rfind("{\"id\":\"q2/raid/priory-fields#3\",\"round\":\"2013-03\"", 0) == 0);
  const auto back = ReadCorrectionLine(line, "c.jsonl:1");
  REQUIRE(back.ok());
  CHECK(back.value().text == k.value().text);
  CHECK(back.value().themes == k.value().themes);
  CHECK(back.value().tagged == k.value().tagged);
  CHECK(back.value().action == CorrectionAction::kWrong);
  CHECK(back.value().theme == "moderation");
  CHECK(back.value().at == "2026-11-30T10:00:00Z");
  std::istringstream gold(line);
  const auto read = returns::ReadCoding(gold, "c.jsonl");
  REQUIRE(read.ok());
  REQUIRE(read.value().size() == 1);
  CHECK(read.value()[0].themes == std::vector<std::string>{"literacy"});
  CHECK(read.value()[0].question == 2);
  CHECK_FALSE(ReadCorrectionLine("{\"id\":1}", "c.jsonl:4").ok());
  CHECK(ReadCorrectionLine("not json", "c.jsonl:4").status().ToString() == "c.jsonl:4: error: not a JSON object");
}

TEST_CASE("corrections file: appended whole, read back in order", "[serve][corrections]") {
  returns::test::TempDir dir;
  CorrectionsFile file(dir / "corrections.jsonl");
  REQUIRE(file.CheckWritable().ok());
  auto none = file.ReadAll();
  REQUIRE(none.ok());
  CHECK(none.value().empty());  // no file yet: no corrections
  const CommentRecord c = Tagged();
  auto first = MakeCorrection(c, {}, CorrectionAction::kWrong, "moderation", "1");
  REQUIRE(file.Append(first.value()).ok());
  auto second = MakeCorrection(c, {first.value()}, CorrectionAction::kMissing, "moderation", "2");
  REQUIRE(file.Append(second.value()).ok());
  auto all = file.ReadAll();
  REQUIRE(all.ok());
  REQUIRE(all.value().size() == 2);
  CHECK(all.value()[0].at == "1");
  CHECK(all.value()[1].line == 2);
  CHECK(all.value()[1].themes == std::vector<std::string>{"literacy", "moderation"});
  CHECK(returns::test::ReadBytes(dir / "corrections.jsonl") == CorrectionLine(first.value()) + CorrectionLine(second.value()));
}

TEST_CASE("corrections file: an unwritable place is found before serving", "[serve][corrections][errors]") {
  returns::test::TempDir dir;
  CHECK_FALSE(CorrectionsFile(dir / "no-such-folder/corrections.jsonl").CheckWritable().ok());
  CHECK_FALSE(CorrectionsFile(dir.path.string()).CheckWritable().ok());  // a folder
  if (geteuid() != 0) {  // root writes anywhere
    std::filesystem::create_directory(dir / "ro");
    chmod((dir / "ro").c_str(), 0555);
    CHECK_FALSE(CorrectionsFile(dir / "ro/c.jsonl").CheckWritable().ok());
  }
  returns::test::WriteBytes(dir / "bad.jsonl", "{\"themes\":[]}\nnot json\n");
  const auto bad = CorrectionsFile(dir / "bad.jsonl").ReadAll();
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().ToString(), Catch::Contains("bad.jsonl:2: error: not a JSON object"));
}
