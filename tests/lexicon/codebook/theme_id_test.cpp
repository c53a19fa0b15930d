#include "lexicon/codebook/theme_id.h"

#include <catch2/catch.hpp>

TEST_CASE("ThemeId makes a theme id of a name, IsThemeId says what one is", "[lexicon][id]") {
  CHECK(returns::ThemeId("Learning Walks") == "learning_walks");
  CHECK(returns::ThemeId("Heads’ meetings") == "heads_meetings");
  CHECK(returns::ThemeId("日本語").empty());
  struct Row {
    std::string id;
    bool ok;
  };
  const std::vector<Row> table = {
      {"moderation", true},
      {"learning_walks", true},
      {"y6", true},
      {"2013", true},
      {"school_improvement.governance", true},
      {"school_improvement.governance_2", true},
      {"", false},
      {std::string("mod\0eration", 11), false},
      {"learning walks", false},
      {"a\tb", false},
      {"a\x01", false},
      {"Moderation", false},
      {"early-years", false},
      {"_x", false},
      {"x_", false},
      {"a__b", false},
      {"a._b", false},
      {".a", false},
      {"a.", false},
      {"caf\xc3\xa9", false},
  };
  for (const Row& row : table) {
    INFO(row.id);
    CHECK(returns::IsThemeId(row.id) == row.ok);
  }
  // What ThemeId makes of a name with a letter or digit is a theme id.
  for (const char* name : {"Learning Walks", "St Mary’s, Hextable", "  --Y6 / Y7--  ", "KS2 SATs (2013)", "a\tb\x01" "c"}) {
    INFO(name);
    CHECK(returns::IsThemeId(returns::ThemeId(name)));
  }
}
