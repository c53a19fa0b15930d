#include "corpus/intake/seen_returns.h"

#include <catch2/catch.hpp>

#include <string>

using returns::SeenReturns;

TEST_CASE("seen_returns: every distinct return is new, a repeat names where the first was read, across files") {
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

TEST_CASE("seen_returns: returns written out in runs are still found, with where they were first read") {
  // Runs of 64 returns (the program's are 65,536): 5,000 returns make 78 runs written out.
  for (const size_t run : {size_t{64}, size_t{1} << 16}) {
    SeenReturns seen(run);
    SeenReturns::Where first;
    for (int i = 0; i < 5000; ++i) REQUIRE(seen.Insert("2014-10", "r" + std::to_string(i), {0, 2 + i}, first));
    CHECK(seen.runs() == (run == 64 ? 5000u / 64 : 0u));
    CHECK(seen.size() == 5000);
    for (int i = 0; i < 5000; i += 7) {  // every part of every run, and the table
      REQUIRE_FALSE(seen.Insert("2014-10", "r" + std::to_string(i), {1, 1}, first));
      CHECK(first.file == 0);
      CHECK(first.line == 2 + i);
    }
    // None of 20,000 others is taken for one of them (a run's filter lets a
    // few through to the file; the file says no).
    int refused = 0;
    for (int i = 0; i < 20000; ++i) refused += !seen.Insert("2014-11", "r" + std::to_string(i), {1, 2 + i}, first);
    CHECK(refused == 0);
    CHECK(seen.size() == 25000);
  }
}
