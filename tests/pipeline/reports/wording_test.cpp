#include "pipeline/reports/wording.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("counts in words: singular for one, plural otherwise", "[reports][wording]") {
  struct Row {
    size_t n;
    const char* singular;
    const char* plural;
    const char* want;
  };
  for (const Row& row : {Row{0, "collaborative", "", "0 collaboratives"}, Row{1, "collaborative", "", "1 collaborative"},
                         Row{2, "comment", "", "2 comments"}, Row{1, "county", "counties", "1 county"},
                         Row{3, "county", "counties", "3 counties"}}) {
    const std::string got = returns::Counted(row.n, row.singular, row.plural);
    CHECK(got == row.want);
  }
  const std::string one = returns::Noun(1, "return"), many = returns::Noun(58, "return");
  CHECK(one == "return");
  CHECK(many == "returns");
}
