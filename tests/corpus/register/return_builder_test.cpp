#include "corpus/register/return_builder.h"

#include <catch2/catch.hpp>

#include "tests/corpus/seed_corpus.h"

using returns::SplitLeadSchools;

// Issue 11: "Lyminge CEP, Elham CEP" in a spreadsheet was one lead school when
// the register did not know them. Golden table: the field → its schools.
TEST_CASE("a typed lead school field split into its schools", "[return_builder]") {
  const struct {
    const char* field;
    std::vector<std::string> schools;
  } kRows[] = {
      {"Lyminge CEP, Elham CEP", {"Lyminge CEP", "Elham CEP"}},
      {"Lyminge CEP; Elham CEP", {"Lyminge CEP", "Elham CEP"}},
      {"Brookland CEP, Lydd Primary, Greatstone Primary School", {"Brookland CEP", "Lydd Primary", "Greatstone Primary School"}},
      {"Swalecliffe Junior;Joy Lane Primary ;", {"Swalecliffe Junior", "Joy Lane Primary"}},
      {"Lyminge CEP and Elham CEP", {"Lyminge CEP", "Elham CEP"}},
      {"Hythe Bay CEP & Seabrook CEP", {"Hythe Bay CEP", "Seabrook CEP"}},
      {"Lydd Primary, Brookland CEP and Snargate Academy", {"Lydd Primary", "Brookland CEP", "Snargate Academy"}},
      // One school whose name holds "and", a comma or no school word: kept whole.
      {"St Mary's and St John's CEP", {"St Mary's and St John's CEP"}},
      {"Ashford Oaks Primary and Nursery School", {"Ashford Oaks Primary and Nursery School"}},
      {"Sandwich Infant and Junior School", {"Sandwich Infant and Junior School"}},
      {"Yalding St Peter and St Paul", {"Yalding St Peter and St Paul"}},
      {"Stone, St Mary's", {"Stone, St Mary's"}},
      {"Priory Fields", {"Priory Fields"}},
      {"n/a", {"n/a"}},
      {"", {}},
  };
  for (const auto& row : kRows) {
    INFO(row.field);
    CHECK(SplitLeadSchools(row.field) == row.schools);
  }
}

TEST_CASE("each lead school of an unknown collaborative is its own", "[return_builder]") {
  returns::ReturnFields f;
  f.district = "Shepway";
  f.collaborative = "Elham Valley Schools";
  f.lead_schools = SplitLeadSchools("Lyminge CEP, Elham CEP");
  f.question = 2;
  f.answer = "Shared moderation.";
  f.line = 2;
  const returns::Return r = returns::BuildReturn(f, returns::test::BundledRegister());
  CHECK(r.lead_schools == std::vector<std::string>{"Lyminge CEP", "Elham CEP"});
  CHECK(r.id == "q2/elham-valley-schools/lyminge-cep");
}
