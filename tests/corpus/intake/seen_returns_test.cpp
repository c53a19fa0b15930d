#include "corpus/intake/seen_returns.h"

#include <catch2/catch.hpp>

#include <string>

using returns::SeenReturns;

TEST_CASE("seen_returns: every distinct return is new; a repeat names where the first was read, across files") {
  SeenReturns seen;
  SeenReturns::Where first;
  // Three files of 100,000 returns each, lines 2, 4, 6… (a blank line between rows).
  for (uint32_t file = 0; file < 3; ++file) {
    for (int i = 0; i < 100000; ++i) {
      const std::string id = "c" + std::to_string(file) + "-q" + std::to_string(i % 5) + "-" + std::to_string(i);
      REQUIRE(seen.Insert("2013-03", id, {file, 2 + 2 * i}, first));
    }
  }
  CHECK(seen.size() == 300000);
  // The same id in another round is another return.
  CHECK(seen.Insert("2013-10", "c0-q0-0", {3, 1}, first));
  for (uint32_t file = 0; file < 3; ++file) {
    for (const int i : {0, 1, 4999, 99999}) {
      const std::string id = "c" + std::to_string(file) + "-q" + std::to_string(i % 5) + "-" + std::to_string(i);
      REQUIRE_FALSE(seen.Insert("2013-03", id, {4, 7}, first));
      CHECK(first.file == file);
      CHECK(first.line == 2 + 2 * i);
    }
  }
  CHECK(seen.size() == 300001);
  // Round and id are not run together: "a" + "bc" is not "ab" + "c".
  CHECK(seen.Insert("a", "bc", {5, 1}, first));
  CHECK(seen.Insert("ab", "c", {5, 2}, first));
}
