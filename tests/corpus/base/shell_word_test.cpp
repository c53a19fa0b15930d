#include "corpus/base/shell_word.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("shell words: quoted when a shell would split or expand them, a single quote escaped", "[shell_word]") {
  struct Row {
    const char* in;
    const char* word;      // ShellWord
    const char* argument;  // ShellArgument
  };
  const Row rows[] = {
      {"Notes", "'Notes'", "Notes"},
      {"ignore=Notes", "'ignore=Notes'", "ignore=Notes"},
      {"ignore=Notes col", "'ignore=Notes col'", "'ignore=Notes col'"},
      {"Lead school(s)", "'Lead school(s)'", "'Lead school(s)'"},
      {"St Mary's", "'St Mary'\\''s'", "'St Mary'\\''s'"},
      {"$HOME", "'$HOME'", "'$HOME'"},
      {"a*b", "'a*b'", "'a*b'"},
      {"Élan", "'Élan'", "'Élan'"},  // bytes outside ASCII: quoted, whatever the locale
      {"", "''", "''"},
  };
  for (const Row& row : rows) {
    INFO(row.in);
    CHECK(returns::ShellWord(row.in) == row.word);
    CHECK(returns::ShellArgument(row.in) == row.argument);
  }
}
