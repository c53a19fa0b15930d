#include "corpus/register/return_id.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/register/return_builder.h"
#include "tests/corpus/seed_corpus.h"

using returns::Comment;
using returns::MakeCommentId;
using returns::MakeReturnId;
using returns::Return;
using returns::ReturnFields;
using returns::Slug;
using returns::test::BundledRegister;

namespace {

// A return as a reader builds it: matched to the bundled register, id made.
Return Built(int question, const std::string& collaborative, const std::vector<std::string>& leads) {
  ReturnFields f;
  f.collaborative = collaborative;
  f.lead_schools = leads;
  f.question = question;
  f.answer = "First.\nSecond.\nThird.";
  f.source = "t.jsonl";
  f.line = 1;
  return returns::BuildReturn(f, BundledRegister());
}

}  // namespace

TEST_CASE("Slug: lower-case ASCII letters and digits joined by '-', apostrophes dropped", "[return_id]") {
  struct Row {
    std::string text;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"Kemsing", "kemsing"},
      {"Sevenoaks Cluster of Schools", "sevenoaks-cluster-of-schools"},
      {"St Mary's", "st-marys"},
      {"St Mary’s, Hextable", "st-marys-hextable"},
      {"Central Ashford Town Schools (CATS)", "central-ashford-town-schools-cats"},
      {"Tonbridge & Malling", "tonbridge-malling"},
      {"  Year 6 -- SATs  ", "year-6-sats"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Slug(row.text) == row.expected);
  }
}

TEST_CASE("the return id is question / canonical collaborative / first lead school", "[return_id]") {
  // The README's example.
  const Return r = Built(2, "Sevenoaks Cluster of Schools", {"Kemsing"});
  CHECK(MakeReturnId(r) == "q2/sevenoaks-cluster-of-schools/kemsing");
  CHECK(r.id == MakeReturnId(r));

  CHECK(MakeReturnId(Built(3, "Sevenoaks Cluster of Schools", {"Kemsing"})) == "q3/sevenoaks-cluster-of-schools/kemsing");
  CHECK(MakeReturnId(Built(2, "Sevenoaks Cluster of Schools", {"Sevenoaks Primary School"})) ==
        "q2/sevenoaks-cluster-of-schools/sevenoaks-primary-school");
  // Only the first lead school counts.
  CHECK(MakeReturnId(Built(2, "Swanley Partnership Collaboration", {"Hextable Primary", "St Mary's"})) ==
        "q2/swanley-partnership-collaboration/hextable-primary");
}

TEST_CASE("the id is stable across spellings the register knows", "[return_id]") {
  struct Row {
    std::string collaborative;
    std::vector<std::string> leads;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"Sevenoaks Cluster of Schools Collaborative", {"Kemsing"}, "q2/sevenoaks-cluster-of-schools/kemsing"},
      {"sevenoaks cluster of schools", {"Kemsing"}, "q2/sevenoaks-cluster-of-schools/kemsing"},
      {"Maidstone Rural Anglican Church Schools Collaboration", {"Yalding St Peter and St Paul"},
       "q2/maidstone-rural-anglican-church-schools-collaboration/yalding-st-peter-and-st-paul"},
      {"Maidstone Rural Anglican Church Schools", {"Yaling St Peter and St Paul"},
       "q2/maidstone-rural-anglican-church-schools-collaboration/yalding-st-peter-and-st-paul"},
      {"Tonbridge & Malling School Partnership", {"Hugh Christie"},
       "q2/tonbridge-and-malling-school-to-school-partnership/hugh-christie-tc"},
      {"Tonbridge and Malling School to School Partnership", {"Hugh Christie TC"},
       "q2/tonbridge-and-malling-school-to-school-partnership/hugh-christie-tc"},
      {"Pilgrim’s Way", {"St George’s CEP"}, "q2/pilgrims-way-partnership/st-georges-cep-school"},
      {"Pilgrims Way Partnership", {"St George’s CEP School"}, "q2/pilgrims-way-partnership/st-georges-cep-school"},
  };
  for (const Row& row : rows) {
    INFO(row.collaborative);
    const Return r = Built(2, row.collaborative, row.leads);
    CHECK(r.collaborative == row.collaborative);  // as written is kept
    CHECK(MakeReturnId(r) == row.expected);
  }
}

TEST_CASE("without the register: the collaborative as written, 'no-lead' without a lead school", "[return_id]") {
  Return r;
  r.question = 4;
  r.collaborative = "A New Hub (2014)";
  CHECK(MakeReturnId(r) == "q4/a-new-hub-2014/no-lead");
  r.lead_schools = {"Oak Tree Primary", "Elm"};
  CHECK(MakeReturnId(r) == "q4/a-new-hub-2014/oak-tree-primary");
  r.lead_schools_canonical = {"Oak Tree Primary School"};
  CHECK(MakeReturnId(r) == "q4/a-new-hub-2014/oak-tree-primary-school");
  r.collaborative_canonical = "New Hub";
  CHECK(MakeReturnId(r) == "q4/new-hub/oak-tree-primary-school");

  // An unknown collaborative read through the builder keeps its own name.
  const Return unknown = Built(5, "Nowhere Collaborative", {});
  CHECK_FALSE(unknown.collaborative_canonical.has_value());
  CHECK(unknown.id == "q5/nowhere-collaborative/no-lead");
}

TEST_CASE("the comment id is the return id and the comment's position", "[return_id]") {
  const Return r = Built(2, "Sevenoaks Cluster of Schools", {"Kemsing"});
  REQUIRE(r.comments.size() == 3);
  std::vector<std::string> ids;
  for (const Comment& c : r.comments) ids.push_back(MakeCommentId(r, c));
  CHECK(ids == std::vector<std::string>{"q2/sevenoaks-cluster-of-schools/kemsing#1",
                                        "q2/sevenoaks-cluster-of-schools/kemsing#2",
                                        "q2/sevenoaks-cluster-of-schools/kemsing#3"});

  Return bare;
  bare.id = "q1/x/y";
  Comment c;
  c.position = 12;
  CHECK(MakeCommentId(bare, c) == "q1/x/y#12");
}

TEST_CASE("every return of the bundled corpus has a distinct id of the documented shape", "[return_id]") {
  for (int question : {2, 3}) {
    std::string prefix = "q";  // appended: GCC 12 warns falsely (-Wrestrict) on an operator+ chain
    prefix += std::to_string(question);
    prefix += '/';
    std::vector<std::string> ids;
    for (const Return& r : returns::test::SeedAppendix(question).returns) {
      INFO(r.id);
      CHECK(r.id == MakeReturnId(r));
      CHECK(r.id.rfind(prefix, 0) == 0);
      CHECK(std::count(r.id.begin(), r.id.end(), '/') == 2);
      ids.push_back(r.id);
    }
    CHECK_FALSE(ids.empty());
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  }
  CHECK(returns::test::FindReturn(2, "q2/sevenoaks-cluster-of-schools/kemsing") != nullptr);
}
