#include "corpus/register/register.h"

#include <catch2/catch.hpp>

#include <set>

#include "tests/corpus/seed_corpus.h"

using returns::Register;

TEST_CASE("the bundled register loads and knows every district", "[register]") {
  const Register& reg = returns::test::BundledRegister();
  REQUIRE(reg.entries().size() >= 45);
  std::set<std::string> districts;
  for (const auto& e : reg.entries()) districts.insert(e.district);
  CHECK(districts.size() == 12);
  const auto sevenoaks = reg.InDistrict("Sevenoaks");
  int cluster_rows = 0;
  for (const auto* e : sevenoaks) cluster_rows += e->collaborative == "Sevenoaks Cluster of Schools";
  CHECK(cluster_rows == 4);
}

TEST_CASE("register fields: aliases, lead schools and their spellings", "[register]") {
  const auto reg = Register::Parse(
      "collaborative,district,lead_schools,aliases,note\n"
      "Weald Consortium,Maidstone,\"Coxheath|Coxheath Primary; Loose\",Weald Collaboration; Weald,from 003\n",
      "r.csv");
  REQUIRE(reg.ok());
  const auto& e = reg.value().entries().at(0);
  CHECK(e.names == std::vector<std::string>{"Weald Consortium", "Weald Collaboration", "Weald"});
  REQUIRE(e.lead_schools.size() == 2);
  CHECK(e.lead_schools[0].name == "Coxheath");
  CHECK(e.lead_schools[0].spellings == std::vector<std::string>{"Coxheath", "Coxheath Primary"});
  CHECK(e.lead_schools[1].name == "Loose");
  CHECK(e.note == "from 003");
  CHECK(e.line == 2);
}

TEST_CASE("register errors name the file and line", "[register][errors]") {
  auto error = [](const std::string& csv) { return Register::Parse(csv, "r.csv").status().ToString(); };
  CHECK(error("collaborative,district,lead_schools,colour\n") ==
        "r.csv:1: error: unknown column 'colour' (expected collaborative, district, lead_schools, aliases, note)");
  CHECK(error("collaborative,district\n") == "r.csv:1: error: missing column 'lead_schools'");
  CHECK(error("collaborative,district,lead_schools\nA,Dover\n") == "r.csv:2: error: expected 3 fields, found 2");
  CHECK(error("collaborative,district,lead_schools\nA,Kent,X\n") == "r.csv:2: error: unknown district 'Kent'");
  CHECK(error("collaborative,district,lead_schools\n,Dover,X\n") == "r.csv:2: error: empty collaborative name");
  CHECK(error("") == "r.csv:1: error: empty register (no header row)");
  CHECK(Register::Load("/nonexistent/register.csv").status().ToString() ==
        "/nonexistent/register.csv: error: cannot open the register of collaboratives");
}

TEST_CASE("names by normal form and acronym, and the names a filter stands for", "[register][names]") {
  const Register& reg = returns::test::BundledRegister();
  CHECK(reg.Named("Central Ashford Town Schools").empty());
  REQUIRE(reg.NamedLoosely("Central Ashford Town Schools").size() == 1);
  CHECK(reg.NamedLoosely("Central Ashford Town Schools").front()->collaborative == "Central Ashford Town Schools (CATS)");
  REQUIRE(reg.NamedLoosely("cats").size() == 1);
  CHECK(reg.NamedLoosely("Sevenoaks Cluster of Schools").size() == 4);  // one per row
  CHECK(reg.NamedLoosely("Brookland and Snargate Federation").empty());
  CHECK(reg.NamesOf("RAiD") == std::vector<std::string>{"RAiD", "Raising Achievement in Dover (RAiD)"});
  CHECK(reg.NamesOf("Raising Achievement in Dover (RAiD)") ==
        std::vector<std::string>{"Raising Achievement in Dover (RAiD)", "RAiD"});
  CHECK(reg.NamesOf("weald collaboration") ==
        std::vector<std::string>{"weald collaboration", "Weald Consortium", "Weald Collaboration"});
  CHECK(reg.NamesOf("Nobody") == std::vector<std::string>{"Nobody"});
}

TEST_CASE("a lead school is spelt as any of its spellings, with or without its notes", "[register]") {
  const auto reg = Register::Parse(
      "collaborative,district,lead_schools\n"
      "T,Ashford,\"Tenterden Junior[ (budget holder)]|Tenterden Jnr;[n/a]\"\n",
      "r.csv");
  REQUIRE(reg.ok());
  const auto& leads = reg.value().entries().at(0).lead_schools;
  CHECK(leads[0].SpelledAs("Tenterden Junior"));
  CHECK(leads[0].SpelledAs("tenterden junior (budget holder)"));
  CHECK(leads[0].SpelledAs("Tenterden Jnr"));
  CHECK_FALSE(leads[0].SpelledAs("Tenterden Infant"));
  CHECK(leads[1].SpelledAs("n/a"));
  CHECK(leads[1].name.empty());
}
