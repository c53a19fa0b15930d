#include "corpus/register/name_form.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using returns::EditDistance;
using returns::NameForms;
using returns::NameSimilarity;
using returns::NormalName;

TEST_CASE("normal forms: case, punctuation, brackets, Church of England, the, school", "[register][names]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"Central Ashford Town Schools (CATS)", "central ashford town schools"},
      {"central ashford town schools", "central ashford town schools"},
      {"Central  Ashford-Town Schools.", "central ashford town schools"},
      {"Tenterden Junior[ (budget holder)]", "tenterden junior"},
      {"The Valley School Partnership", "valley school partnership"},
      {"Temple Hill & Oakfield Collaborative Reading Project", "temple hill oakfield collaborative reading project"},
      {"Temple Hill and Oakfield Collaborative Reading Project", "temple hill oakfield collaborative reading project"},
      {"Wickhambreaux CEP", "wickhambreaux ce primary"},
      {"Wickhambreaux CE Primary", "wickhambreaux ce primary"},
      {"Wickhambreaux C.E. Primary School", "wickhambreaux ce primary"},
      {"Wickhambreaux Church of England Primary", "wickhambreaux ce primary"},
      {"Wickhambreaux C of E Primary", "wickhambreaux ce primary"},
      {"Holy Family CoE Primary", "holy family ce primary"},
      {"Holy Family CofE Primary", "holy family ce primary"},
      {"St Thomas’ RC Primary School", "st thomas catholic primary"},
      {"Saint Thomas Roman Catholic Primary", "st thomas catholic primary"},
      {"St Mary’s", "st marys"},
      {"St Mary's", "st marys"},
      {"Downs View Infants", "downs view infant"},
      {"Lyminge School", "lyminge"},
      {"Sevenoaks Primary School", "sevenoaks primary"},
      {"School", "school"},  // a last "school" stays when it is all there is
      {"Lyminge CEP", "lyminge ce primary"},
      {"[No lead]", ""},
  };
  for (const auto& [name, form] : table) {
    INFO(name);
    CHECK(NormalName(name) == form);
  }
}

TEST_CASE("a bracketed acronym is a form of the name, other bracketed text is not", "[register][names]") {
  CHECK(NameForms("Central Ashford Town Schools (CATS)") ==
        std::vector<std::string>{"central ashford town schools", "cats"});
  CHECK(NameForms("Raising Achievement in Dover (RAiD)") == std::vector<std::string>{"raising achievement in dover", "raid"});
  CHECK(NameForms("Dartford Area Schools Consortium (DASCo)") ==
        std::vector<std::string>{"dartford area schools consortium", "dasco"});
  CHECK(NameForms("Maidstone North (prev Consortium F)") == std::vector<std::string>{"maidstone north"});
  CHECK(NameForms("Urban Folkestone School Collaborative (Folkestone Urban Hub)") ==
        std::vector<std::string>{"urban folkestone school collaborative"});
  CHECK(NameForms("Hythe (A)") == std::vector<std::string>{"hythe"});  // one capital is not an acronym
  CHECK(NameForms("").empty());
}

TEST_CASE("edit distance", "[register][names]") {
  CHECK(EditDistance("", "") == 0);
  CHECK(EditDistance("abc", "") == 3);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("yalding", "yaling") == 1);
  CHECK(EditDistance("flaw", "lawn") == 2);
  CHECK(EditDistance("same", "same") == 0);
}

TEST_CASE("name similarity: near spellings are near, other names are not", "[register][names]") {
  auto sim = [](const char* a, const char* b) { return NameSimilarity(NormalName(a), NormalName(b)); };
  CHECK(sim("Central Ashford Town Schools", "Central Ashford Town Schools") == 1.0);
  CHECK(sim("Lyminge CEP", "Lyminge School") >= 0.6);
  CHECK(sim("Central Ashford Schools", "Central Ashford Town Schools (CATS)") >= 0.6);
  CHECK(sim("Tenterden Rural Aliance", "Tenterden Rural Alliance") >= 0.9);
  CHECK(sim("Dover Collaboration", "The Dover Collaboration of Schools") >= 0.6);
  // Sharing only generic words ("Partnership", "Collaboration") is not being alike.
  CHECK(sim("Romney Marsh Learning Partnership", "Wrotham/Mascalls Partnership") < 0.6);
  CHECK(sim("Brookland and Snargate Federation", "Hythe Hub") < 0.6);
  CHECK(sim("Dover Collaboration", "Weald Collaboration") < 0.6);
  CHECK(NameSimilarity("", "lyminge") == 0);
  // Symmetric.
  CHECK(sim("Lyminge CEP", "Lyminge School") == sim("Lyminge School", "Lyminge CEP"));
}
