#include "index/query/query_fields.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

struct Row {
  std::string query;
  std::vector<std::string> fields;  // field|name|value, in order
};

}  // namespace

TEST_CASE("query fields: each field's name and value, attributes three ways", "[index][query]") {
  const std::vector<Row> golden = {
      {"moderation", {}},
      {"district:Dover", {"district||Dover"}},
      {"district:\"Tonbridge & Malling\" trust", {"district||Tonbridge & Malling"}},
      {"(theme:moderation OR pending:trust)", {"theme||moderation", "pending||trust"}},
      {"attribute:email=jo@school.org", {"attribute|email|jo@school.org"}},
      {"attribute:respondent=\"Jo Smith\" walks", {"attribute|respondent|Jo Smith"}},
      {"attribute:\"respondent=Jo Smith\" walks", {"attribute|respondent|Jo Smith"}},
      {"attribute:\"Start time=10/03/2014 09:05\"", {"attribute|Start time|10/03/2014 09:05"}},
      {"attribute:note=a=b", {"attribute|note|a=b"}},                  // the first '=' ends the name
      {"-attribute:email=x (round:2014)", {"attribute|email|x", "round||2014"}},
      {"attribute:email", {"attribute||email"}},                       // no '=': no name
      {"attribute:email=", {"attribute|email|"}},                      // kept, to be refused by the search
      {"district:", {}},                                               // other fields with no value are left out
      {"myattribute:email=x", {}},                                     // not at a word's start
      {"attribute:note=\"see theme:x\" round:1", {"attribute|note|see theme:x", "round||1"}},  // inside quotes: text
      {"district:\"a attribute:b=c\"", {"district||a attribute:b=c"}},
  };
  for (const Row& row : golden) {
    INFO(row.query);
    std::vector<std::string> got;
    for (const returns::QueryField& f : returns::QueryFields(row.query)) got.push_back(f.field + "|" + f.name + "|" + f.value);
    CHECK(got == row.fields);
  }
  // Where the field and its value stand: what a rewrite replaces.
  const std::string q = "walks attribute:respondent=\"Jo Smith\" trust";
  const auto fields = returns::QueryFields(q);
  REQUIRE(fields.size() == 1);
  CHECK(q.substr(fields[0].start, fields[0].end - fields[0].start) == "attribute:respondent=\"Jo Smith\"");
}
