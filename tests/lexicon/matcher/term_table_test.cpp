// The word phase's flat table of terms by hash (lexicon/matcher/term_table.h).
#include "lexicon/matcher/term_table.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using returns::internal::TermTable;

namespace {

std::vector<uint32_t> TermsOf(const TermTable& table, uint64_t h) {
  std::vector<uint32_t> out;
  table.ForEach(h, [&](uint32_t term) { out.push_back(term); });
  return out;
}

}  // namespace

TEST_CASE("TermTable: each hash's terms, in the order added", "[term_table]") {
  TermTable table;
  CHECK(TermsOf(table, 7).empty());  // not built: nothing
  table.Add(7, 1);
  table.Add(42, 2);
  table.Add(7, 3);  // a hash shared by two terms
  // Hashes that land on the same home slot as 7 and 42 (the table has 16
  // slots here: the home is (h ^ h >> 29) & 15), added between and after.
  table.Add(7 + 16, 4);
  table.Add(42 + 32, 5);
  table.Add(7, 6);
  table.Build();
  CHECK(TermsOf(table, 7) == std::vector<uint32_t>{1, 3, 6});
  CHECK(TermsOf(table, 42) == std::vector<uint32_t>{2});
  CHECK(TermsOf(table, 7 + 16) == std::vector<uint32_t>{4});
  CHECK(TermsOf(table, 42 + 32) == std::vector<uint32_t>{5});
  CHECK(TermsOf(table, 8).empty());
  CHECK(TermsOf(table, 7 + 48).empty());  // same home, never added
}

TEST_CASE("TermTable: thousands of terms, every one found under its hash and no other", "[term_table]") {
  TermTable table;
  std::vector<uint64_t> hashes;
  uint64_t h = 1469598103934665603ull;
  for (uint32_t t = 0; t < 5000; ++t) {
    h = (h ^ t) * 1099511628211ull;  // FNV-like spread, as the word phase's hashes
    hashes.push_back(h);
    table.Add(h, t);
  }
  table.Build();
  for (uint32_t t = 0; t < hashes.size(); ++t) {
    REQUIRE(TermsOf(table, hashes[t]) == std::vector<uint32_t>{t});
  }
  CHECK(TermsOf(table, 12345).empty());
}
