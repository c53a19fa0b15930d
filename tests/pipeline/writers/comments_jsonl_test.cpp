#include "pipeline/writers/comments_jsonl.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

TEST_CASE("one JSON object per comment with the ingest fields", "[jsonl]") {
  returns::Return r;
  r.id = "q3/m7-partnership/minster-primary";
  r.district = "Thanet";
  r.collaborative = "M7 Partnership";
  r.collaborative_canonical = "M7 Partnership";
  r.lead_schools = {"Minster Primary"};
  r.lead_schools_canonical = {"Minster Primary"};
  r.question = 3;
  r.source = "q3.txt";
  r.line = 506;
  r.text = "Experienced Headteachers\nVariety in the size";
  r.comments = {{1, std::nullopt, "Experienced Headteachers", 0, 24, 508},
                {2, std::string("Strengths"), "Variety in the size", 25, 44, 510}};
  std::ostringstream out;
  returns::WriteCommentsJsonl({r}, out);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  REQUIRE(objects.size() == 2);
  CHECK(objects[0]["comment_id"] == "q3/m7-partnership/minster-primary#1");
  CHECK(objects[0]["heading"].is_null());
  CHECK(objects[1]["heading"] == "Strengths");
  CHECK(objects[1]["lead_schools"] == nlohmann::json::array({"Minster Primary"}));
  CHECK(objects[1]["question"] == 3);
  CHECK(objects[1]["line"] == 510);
  CHECK(objects[1]["source"] == "q3.txt");
  // Field order is fixed: the output is byte-for-byte reproducible.
  CHECK(out.str().rfind("{\"return_id\":\"q3/m7-partnership/minster-primary\",\"comment_id\"", 0) == 0);
}
