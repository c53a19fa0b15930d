#include "corpus/register/name_check.h"

#include <catch2/catch.hpp>

#include "corpus/register/return_builder.h"
#include "tests/corpus/seed_corpus.h"

using returns::BuildReturn;
using returns::CheckNames;
using returns::DescribeFinding;
using returns::NameFinding;
using returns::Return;
using returns::ReturnFields;
using returns::Suggest;
using returns::test::BundledRegister;

namespace {

// A return as a CSV row gives it: read, then matched to the register exactly (BuildReturn).
Return Typed(const std::string& district, const std::string& collaborative, std::vector<std::string> leads,
             int question = 2) {
  ReturnFields f;
  f.district = district;
  f.collaborative = collaborative;
  f.lead_schools = std::move(leads);
  f.question = question;
  f.answer = "Joint moderation of writing.";
  f.source = "new.csv";
  f.line = 7;
  return BuildReturn(f, BundledRegister());
}

std::vector<std::string> Names(const std::vector<returns::Suggestion>& s) {
  std::vector<std::string> out;
  for (const auto& x : s) out.push_back(x.name);
  return out;
}

}  // namespace

TEST_CASE("names the register knows exactly give no finding", "[register][names]") {
  Return r = Typed("Dover", "RAiD", {"Priory Fields"});  // an alias
  const std::string id = r.id;
  CHECK(CheckNames(r, BundledRegister()).empty());
  CHECK(r.collaborative_canonical == "Raising Achievement in Dover (RAiD)");
  CHECK(r.id == id);
  // Every return of the seed appendices.
  for (int q : {2, 3}) {
    for (Return seed : returns::test::SeedAppendix(q).returns) {
      INFO(seed.id);
      const std::string before = seed.id;
      CHECK(CheckNames(seed, BundledRegister()).empty());
      CHECK(seed.id == before);
    }
  }
}

TEST_CASE("a collaborative written without its '(CATS)' is read as the register's, and its id follows", "[register][names]") {
  Return r = Typed("Ashford", "Central Ashford Town Schools", {"Willesborough Junior"});
  CHECK_FALSE(r.collaborative_canonical);
  const auto found = CheckNames(r, BundledRegister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == NameFinding::Kind::kCollaborative);
  CHECK(found[0].how == NameFinding::How::kNormalised);
  CHECK(found[0].canonical == "Central Ashford Town Schools (CATS)");
  CHECK(found[0].source == "new.csv");
  CHECK(found[0].line == 7);
  CHECK(r.collaborative == "Central Ashford Town Schools");  // as written stays as written
  CHECK(r.collaborative_canonical == "Central Ashford Town Schools (CATS)");
  CHECK(r.lead_schools_canonical == std::vector<std::string>{"Willesborough Junior"});
  CHECK(r.id == "q2/central-ashford-town-schools-cats/willesborough-junior");
  CHECK(DescribeFinding(found[0], {}) ==
        "collaborative 'Central Ashford Town Schools' read as the register's 'Central Ashford Town Schools (CATS)'");
  // The acronym alone names it too; and a district that is not the register's does not.
  Return acronym = Typed("", "CATS", {});
  CHECK(CheckNames(acronym, BundledRegister()).at(0).how == NameFinding::How::kNormalised);
  CHECK(acronym.district == "Ashford");
  Return elsewhere = Typed("Dover", "Central Ashford Town Schools", {});
  const auto unknown = CheckNames(elsewhere, BundledRegister());
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].how == NameFinding::How::kUnknown);
  CHECK(DescribeFinding(unknown[0], Suggest(BundledRegister(), unknown[0])) ==
        "collaborative 'Central Ashford Town Schools' (the register's 'Central Ashford Town Schools (CATS)') is in "
        "Ashford in the register, not in the district written: read as a collaborative the register does not know; correct the "
        "district, or the register if it has moved (returns register)");
}

TEST_CASE("an unknown collaborative is described by what is wrong: its district, or no district at all", "[register][names]") {
  struct Row {
    const char* district;
    const char* collaborative;
    const char* message;
  };
  const Row rows[] = {
      // The register's own name in another district: no "did you mean" it.
      {"Marshford", "Tenterden Rural Alliance",
       "collaborative 'Tenterden Rural Alliance' is in Ashford in the register, not in the district written: read as a "
       "collaborative the register does not know; correct the district, or the register if it has moved (returns "
       "register)"},
      // A misspelling in another district is still a "did you mean".
      {"Dover", "Central Ashford Town Schols",
       "unknown collaborative 'Central Ashford Town Schols'; did you mean 'Central Ashford Town Schools (CATS)' (in "
       "Ashford)?"},
      {"Marshford", "Gullrock Partnership",
       "unknown collaborative 'Gullrock Partnership'; no register entry is near it: a new collaborative? (returns "
       "register add)"},
      // Nothing places it: the message says where its comments go.
      {"", "Gullrock Partnership",
       "unknown collaborative 'Gullrock Partnership'; no register entry is near it, and no district is given, so its "
       "comments are under no district: a new collaborative? (returns register add)"},
  };
  for (const Row& row : rows) {
    INFO(row.district << " / " << row.collaborative);
    Return r = Typed(row.district, row.collaborative, {});
    const auto found = CheckNames(r, BundledRegister());
    // Marshford is no district of the register's: said first.
    const bool kent = row.district == std::string("Dover") || row.district == std::string();
    REQUIRE(found.size() == (kent ? 1u : 2u));
    if (!kent) CHECK(found[0].kind == NameFinding::Kind::kDistrict);
    CHECK(found.back().how == NameFinding::How::kUnknown);
    CHECK(found.back().kind == NameFinding::Kind::kCollaborative);
    CHECK(DescribeFinding(found.back(), Suggest(BundledRegister(), found.back())) == row.message);
  }
}

TEST_CASE("a district that is none of the register's is said, with the nearest, however the rest is", "[register][names]") {
  struct Row {
    const char* district;
    const char* message;  // "" when the district is the register's
  };
  const Row rows[] = {
      {"Doverr", "unknown district 'Doverr'; did you mean 'Dover'?"},
      {"Ashfrod", "unknown district 'Ashfrod'; did you mean 'Ashford'?"},
      {"Tunbridge Wels", "unknown district 'Tunbridge Wels'; did you mean 'Tunbridge Wells'?"},
      {"Raising Achievement in Dover (RAiD)",  // the columns swapped
       "unknown district 'Raising Achievement in Dover (RAiD)': none of the register's districts is near it; its "
       "comments are under it as written"},
      // The register's districts however spelt: nothing to say.
      {"thanet", ""},
      {"Tonbridge and Malling", ""},
      {"SWALE ", ""},
  };
  for (const Row& row : rows) {
    INFO(row.district);
    // A collaborative the register knows, so that only the district can be said.
    Return r = Typed(row.district, "Raising Achievement in Dover (RAiD)", {});
    const auto found = CheckNames(r, BundledRegister());
    std::vector<std::string> districts;
    for (const NameFinding& f : found) {
      if (f.kind == NameFinding::Kind::kDistrict) districts.push_back(DescribeFinding(f, Suggest(BundledRegister(), f)));
    }
    if (*row.message) {
      CHECK(districts == std::vector<std::string>{row.message});
      CHECK(found.front().kind == NameFinding::Kind::kDistrict);
      CHECK(found.front().how == NameFinding::How::kUnknown);
    } else {
      CHECK(districts.empty());
    }
  }
}

TEST_CASE("a lead school spelt 'Lyminge CEP' is unknown, and 'Lyminge School' is suggested", "[register][names]") {
  Return r = Typed("Shepway", "Shepway Rural Mini Hub", {"Lyminge CEP"});
  const std::string id = r.id;
  const auto found = CheckNames(r, BundledRegister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == NameFinding::Kind::kLeadSchool);
  CHECK(found[0].how == NameFinding::How::kUnknown);
  CHECK(found[0].collaborative == "Shepway Rural Mini Hub");
  CHECK(Names(Suggest(BundledRegister(), found[0])) == std::vector<std::string>{"Lyminge School"});
  CHECK(DescribeFinding(found[0], Suggest(BundledRegister(), found[0])) ==
        "unknown lead school 'Lyminge CEP' of 'Shepway Rural Mini Hub'; did you mean 'Lyminge School'?");
  CHECK(r.id == id);  // nothing identified, nothing changed
}

TEST_CASE("a lead school whose normal form is the register's is read as it, and picks its row", "[register][names]") {
  // Sevenoaks Cluster of Schools has four rows; "Sevenoaks Primary" is the register's "Sevenoaks Primary School".
  Return r = Typed("Sevenoaks", "Sevenoaks Cluster of Schools", {"Sevenoaks Primary"});
  const auto found = CheckNames(r, BundledRegister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].how == NameFinding::How::kNormalised);
  CHECK(found[0].canonical == "Sevenoaks Primary School");
  CHECK(r.lead_schools == std::vector<std::string>{"Sevenoaks Primary"});
  CHECK(r.lead_schools_canonical == std::vector<std::string>{"Sevenoaks Primary School"});
  CHECK(r.id == "q2/sevenoaks-cluster-of-schools/sevenoaks-primary-school");
}

TEST_CASE("a wholly new collaborative is unknown, near nothing, and its lead schools are not checked apart", "[register][names]") {
  Return r = Typed("Shepway", "Brookland and Snargate Federation", {"Brookland CEP"});
  const auto found = CheckNames(r, BundledRegister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == NameFinding::Kind::kCollaborative);
  CHECK(found[0].how == NameFinding::How::kUnknown);
  CHECK(found[0].lead_schools == std::vector<std::string>{"Brookland CEP"});
  CHECK(Suggest(BundledRegister(), found[0]).empty());
  CHECK(DescribeFinding(found[0], {}) ==
        "unknown collaborative 'Brookland and Snargate Federation'; no register entry is near it: a new "
        "collaborative? (returns register add)");
  CHECK_FALSE(r.collaborative_canonical);
}

TEST_CASE("suggestions: near names first, the same district ahead, a known lead school counts", "[register][names]") {
  Return misspelt = Typed("Ashford", "Central Ashford Schools", {});
  const auto a = CheckNames(misspelt, BundledRegister());
  REQUIRE(a.size() == 1);
  CHECK(Names(Suggest(BundledRegister(), a[0])).front() == "Central Ashford Town Schools (CATS)");
  // A name like no other, but with a lead school the register gives one collaborative.
  Return renamed = Typed("Ashford", "Ashford Town Learning Network", {"Willesborough Junior"});
  const auto b = CheckNames(renamed, BundledRegister());
  REQUIRE(b.size() == 1);
  CHECK(Names(Suggest(BundledRegister(), b[0])) == std::vector<std::string>{"Central Ashford Town Schools (CATS)"});
  CHECK(Suggest(BundledRegister(), b[0], 0).empty());
}

TEST_CASE("a normal form that names two collaboratives identifies neither", "[register][names]") {
  const auto reg = returns::Register::Parse(
      "collaborative,district,lead_schools\n"
      "Hythe Hub (HH),Shepway,Seabrook\n"
      "Hythe Hub (North),Shepway,Saltwood\n",
      "r.csv");
  REQUIRE(reg.ok());
  ReturnFields f;
  f.district = "Shepway";
  f.collaborative = "Hythe Hub";
  f.question = 2;
  f.answer = "Joint moderation of writing.";
  Return r = BuildReturn(f, reg.value());
  const auto found = CheckNames(r, reg.value());
  REQUIRE(found.size() == 1);
  CHECK(found[0].how == NameFinding::How::kUnknown);
  CHECK(Names(Suggest(reg.value(), found[0])) == std::vector<std::string>{"Hythe Hub (HH)", "Hythe Hub (North)"});
  CHECK_FALSE(r.collaborative_canonical);
}
