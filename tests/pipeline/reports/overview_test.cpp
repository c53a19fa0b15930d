#include "pipeline/reports/overview.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "corpus/intake/ingest.h"

namespace {

returns::Return MakeReturn(int question, const char* district, const char* collaborative, int comments) {
  returns::Return r;
  r.question = question;
  r.district = district;
  r.collaborative = collaborative;
  r.collaborative_canonical = collaborative;
  r.comments.resize(static_cast<size_t>(comments));
  return r;
}

}  // namespace

TEST_CASE("counts per question: distinct districts and collaboratives", "[overview]") {
  const std::vector<returns::Return> batch = {
      MakeReturn(2, "Dover", "RAiD", 3), MakeReturn(2, "Dover", "Samphire Hub", 2),
      MakeReturn(2, "Swale", "RAiD", 1),  // the same collaborative twice counts once
      MakeReturn(3, "Thanet", "M7 Partnership", 4)};
  const auto counts = returns::CountByQuestion(batch);
  REQUIRE(counts.size() == 2);
  CHECK(counts.at(2).returns == 3);
  CHECK(counts.at(2).comments == 6);
  CHECK(counts.at(2).districts == 2);
  CHECK(counts.at(2).collaboratives == 2);
  CHECK(counts.at(3).returns == 1);
  CHECK(counts.at(3).collaboratives == 1);
}

TEST_CASE("overview of the bundled corpus", "[overview]") {
  const std::string dir = std::string(RETURNS_SOURCE_DIR) + "/corpus/";
  const auto reg = returns::Register::Load(dir + "collaboratives.csv");
  REQUIRE(reg.ok());
  const auto ingested = returns::IngestFiles({dir + "kent-2013"}, reg.value());
  REQUIRE(ingested.ok());
  CHECK(ingested.value().files == 2);
  const auto counts = returns::CountByQuestion(ingested.value().returns);
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
