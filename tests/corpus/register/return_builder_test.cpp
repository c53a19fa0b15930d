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
      // A trial's: "Primary and Nursery" ends a school's name, so the comma after it separates.
      {"Kings Hill School Primary and Nursery, Discovery School", {"Kings Hill School Primary and Nursery", "Discovery School"}},
      {"Little Acorns Nursery, Brookland CEP", {"Little Acorns Nursery", "Brookland CEP"}},
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

TEST_CASE("a lead school the register knows is kept whole, however it reads", "[return_builder]") {
  // Two federated schools led as one, as the register spells them; any case, any separators around.
  const auto reg = returns::Register::Parse(
      "collaborative,district,lead_schools\n"
      "Bay Schools,Shepway,Greenfields Primary and Seabrook Infant;Hythe Bay CEP\n"
      "Stone Group,Dartford,\"Stone, St Mary's\"\n",
      "r.csv");
  REQUIRE(reg.ok());
  using V = std::vector<std::string>;
  CHECK(SplitLeadSchools("Greenfields Primary and Seabrook Infant, Discovery School") ==
        V{"Greenfields Primary", "Seabrook Infant", "Discovery School"});
  CHECK(SplitLeadSchools("Greenfields Primary and Seabrook Infant, Discovery School", &reg.value()) ==
        V{"Greenfields Primary and Seabrook Infant", "Discovery School"});
  CHECK(SplitLeadSchools("Lydd Primary; greenfields primary AND seabrook infant and Discovery School", &reg.value()) ==
        V{"Lydd Primary", "greenfields primary AND seabrook infant", "Discovery School"});
  CHECK(SplitLeadSchools("Stone, St Mary's & Lydd Primary", &reg.value()) == V{"Stone, St Mary's", "Lydd Primary"});
  // Only as a whole entry: not inside a longer name.
  CHECK(SplitLeadSchools("North Greenfields Primary and Seabrook Infant", &reg.value()) ==
        V{"North Greenfields Primary", "Seabrook Infant"});
  // Short neighbours: no reading outside the text.
  CHECK(SplitLeadSchools("ab Stone, St Mary's", &reg.value()) == V{"ab Stone, St Mary's"});
  CHECK(SplitLeadSchools("Stone, St Mary's x", &reg.value()) == V{"Stone, St Mary's x"});
  // Names without separators are not looked for: the split decides them as before.
  CHECK(SplitLeadSchools("Hythe Bay CEP, Lydd Primary", &reg.value()) == V{"Hythe Bay CEP", "Lydd Primary"});
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
