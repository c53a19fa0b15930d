#include "corpus/base/key_set.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("KeySet: new keys are taken, a key seen again gives the value it came with, across merges",
          "[base][key_set]") {
  returns::KeySet set;
  const int n = 200000;  // more than three merges of the recent table
  for (int i = 0; i < n; ++i) CHECK(set.Insert("2013-03/return-" + std::to_string(i), static_cast<uint64_t>(i) * 7));
  CHECK(set.size() == static_cast<size_t>(n));
  for (int i : {0, 1, 65535, 65536, 131071, n - 1}) {
    uint64_t first = 0;
    CHECK_FALSE(set.Insert("2013-03/return-" + std::to_string(i), 1, &first));
    CHECK(first == static_cast<uint64_t>(i) * 7);
  }
  CHECK(set.Insert("2014-03/return-0", 3));  // another round's key is another key
  CHECK(set.Insert("", 4));
  CHECK_FALSE(set.Insert("", 5));
  CHECK(set.size() == static_cast<size_t>(n) + 2);
}
