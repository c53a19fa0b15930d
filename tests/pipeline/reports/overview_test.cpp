#include "pipeline/reports/overview.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "corpus/intake/record_source.h"
#include "pipeline/stages/run.h"

namespace {

// `comments` records of one return.
std::vector<returns::CommentRecord> MakeReturn(int question, const char* district, const char* collaborative,
                                               const char* return_id, int comments) {
  std::vector<returns::CommentRecord> out(static_cast<size_t>(comments));
  for (returns::CommentRecord& r : out) {
    r.question = question;
    r.district = district;
    r.collaborative = collaborative;
    r.return_id = return_id;
  }
  return out;
}

}  // namespace

TEST_CASE("counts per question: distinct returns, districts and collaboratives", "[overview]") {
  returns::QuestionCounter counter;
  for (const auto& batch : {MakeReturn(2, "Dover", "RAiD", "q2/raid/a", 3), MakeReturn(2, "Dover", "Samphire Hub", "q2/s/b", 2),
                            MakeReturn(2, "Swale", "RAiD", "q2/raid/c", 1),  // the same collaborative twice counts once
                            MakeReturn(3, "Thanet", "M7 Partnership", "q3/m7/d", 4)}) {
    REQUIRE(counter.Write(batch, 1).ok());
  }
  const auto counts = counter.counts();
  REQUIRE(counts.size() == 2);
  CHECK(counts.at(2).returns == 3);
  CHECK(counts.at(2).comments == 6);
  CHECK(counts.at(2).districts == 2);
  CHECK(counts.at(2).collaboratives == 2);
  CHECK(counts.at(3).returns == 1);
  CHECK(counts.at(3).collaboratives == 1);
}

TEST_CASE("a return that gave no district counts no district", "[overview]") {
  returns::QuestionCounter counter;
  REQUIRE(counter.Write(MakeReturn(1, "", "Quillfield Partnership", "q1/quillfield/a", 2), 1).ok());
  REQUIRE(counter.Write(MakeReturn(2, "", "Quillfield Partnership", "q2/quillfield/a", 1), 1).ok());
  REQUIRE(counter.Write(MakeReturn(2, "Dover", "RAiD", "q2/raid/a", 1), 1).ok());
  const auto counts = counter.counts();
  CHECK(counts.at(1).districts == 0);
  CHECK(counts.at(1).collaboratives == 1);
  CHECK(counts.at(2).districts == 1);
}

TEST_CASE("overview of the bundled corpus", "[overview]") {
  const std::string dir = std::string(RETURNS_SOURCE_DIR) + "/corpus/";
  const auto reg = returns::Register::Load(dir + "collaboratives.csv");
  REQUIRE(reg.ok());
  returns::SourceOptions options;
  options.records_from_jsonl = false;
  auto source = returns::RecordSource::Open({dir + "kent-2013"}, reg.value(), options);
  REQUIRE(source.ok());
  returns::QuestionCounter counter;
  REQUIRE(returns::RunStages(*source.value(), counter, {}).ok());
  CHECK(source.value()->totals().files == 2);
  CHECK(source.value()->totals().taken == 90);
  const auto counts = counter.counts();
  CHECK(counts.at(2).returns == 44);
  CHECK(counts.at(3).returns == 46);
  CHECK(counts.at(2).districts == 12);
  // Sevenoaks Cluster of Schools sends four returns to each question: one collaborative.
  CHECK(counts.at(2).collaboratives == 41);
  CHECK(counts.at(3).collaboratives == 43);
  std::ostringstream out;
  returns::WriteOverview(counts, out);
  CHECK(out.str().find("What progress do you feel you have made against your priorities?") != std::string::npos);
}
