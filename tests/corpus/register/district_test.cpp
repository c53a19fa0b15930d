#include "corpus/register/district.h"

#include <catch2/catch.hpp>

using returns::MatchDistrictAtStart;
using returns::SplitWords;

TEST_CASE("a district at the start of a row", "[district]") {
  const auto dover = MatchDistrictAtStart(SplitWords("Dover Samphire Hub Action"));
  CHECK(dover.district == "Dover");
  CHECK(dover.words_used == 1);
  CHECK(dover.pending.empty());

  const auto tw = MatchDistrictAtStart(SplitWords("Tunbridge Wells Tunbridge Wells LANGTON GREEN,"));
  CHECK(tw.district == "Tunbridge Wells");
  CHECK(tw.words_used == 2);
}

TEST_CASE("a district split over two lines", "[district]") {
  const auto alone = MatchDistrictAtStart(SplitWords("Tonbridge & "));
  CHECK(alone.district == "Tonbridge & Malling");
  CHECK(alone.pending == std::vector<std::string>{"Malling"});

  const auto shared = MatchDistrictAtStart(SplitWords("Tonbridge & Mosaic Group D Ightham Primary"));
  CHECK(shared.district == "Tonbridge & Malling");
  CHECK(shared.words_used == 2);
  CHECK(shared.pending == std::vector<std::string>{"Malling"});
}

TEST_CASE("words that only begin like a district are not one", "[district]") {
  CHECK(MatchDistrictAtStart(SplitWords("Tonbridge Village")).words_used == 0);
  CHECK(MatchDistrictAtStart(SplitWords("Doverside school")).words_used == 0);
  CHECK(MatchDistrictAtStart(SplitWords("")).words_used == 0);
}

TEST_CASE("a district however it is written: case, spacing, punctuation, 'and' for '&'", "[district]") {
  struct Row {
    const char* written;
    const char* canonical;  // "" when it names no Kent district
  };
  const Row rows[] = {{"Thanet", "Thanet"},
                      {"thanet", "Thanet"},
                      {" THANET ", "Thanet"},
                      {"Tonbridge and Malling", "Tonbridge & Malling"},
                      {"tonbridge & malling", "Tonbridge & Malling"},
                      {"Tonbridge&Malling", "Tonbridge & Malling"},
                      {"Tunbridge Wells", "Tunbridge Wells"},
                      {"tunbridge-wells", "Tunbridge Wells"},
                      // Renamed in 2018: the register's name, so its collaboratives are found.
                      {"Folkestone & Hythe", "Shepway"},
                      {"Folkestone and Hythe", "Shepway"},
                      {"folkestone-hythe", "Shepway"},
                      {"Folkestone", ""},
                      {"Tonbridge", ""},
                      {"Malling", ""},
                      {"Kent", ""},
                      {"", ""},
                      {"and", ""}};
  for (const Row& row : rows) {
    INFO(row.written);
    CHECK(returns::CanonicalDistrict(row.written) == row.canonical);
  }
  CHECK(returns::SameDistrict("Tonbridge and Malling", "Tonbridge & Malling"));
  CHECK(returns::SameDistrict("Some New District", "some new district"));
  CHECK_FALSE(returns::SameDistrict("Tonbridge & Malling", "Tunbridge Wells"));
}

TEST_CASE("the spellings a district filter stands for", "[district]") {
  using V = std::vector<std::string>;
  CHECK(returns::DistrictSpellings("Dover") == V{"Dover"});
  CHECK(returns::DistrictSpellings("dover") == V{"dover", "Dover"});
  CHECK(returns::DistrictSpellings("Tonbridge and Malling") == V{"Tonbridge and Malling", "Tonbridge & Malling"});
  CHECK(returns::DistrictSpellings("Tonbridge & Malling") == V{"Tonbridge & Malling", "Tonbridge and Malling"});
  // Renamed: the new name and the register's find the same comments, whichever was stored, "&" or "and".
  CHECK(returns::DistrictSpellings("Folkestone & Hythe") ==
        V{"Folkestone & Hythe", "Shepway", "Folkestone and Hythe"});
  CHECK(returns::DistrictSpellings("Folkestone and Hythe") ==
        V{"Folkestone and Hythe", "Shepway", "Folkestone & Hythe"});
  CHECK(returns::DistrictSpellings("Shepway") == V{"Shepway", "Folkestone & Hythe", "Folkestone and Hythe"});
  // Not Kent's: as typed, alone.
  CHECK(returns::DistrictSpellings("Medway") == V{"Medway"});
  CHECK(returns::DistrictSpellings("Doverr") == V{"Doverr"});
}
