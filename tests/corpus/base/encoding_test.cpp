#include "corpus/base/encoding.h"

#include <catch2/catch.hpp>

// Regression: "windows-1252" is an ambiguous alias in ICU; the warning once
// closed the converter before use and crashed.
TEST_CASE("Windows-1252 and Latin-1 convert to UTF-8", "[encoding]") {
  const auto cp1252 = returns::ToUtf8("Heads\x92 \xa3" "125 \x96 \x93good\x94", "windows-1252", "f.csv");
  REQUIRE(cp1252.ok());
  CHECK(cp1252.value() == "Heads’ £125 – “good”");
  const auto latin1 = returns::ToUtf8("caf\xe9", "latin1", "f.csv");
  REQUIRE(latin1.ok());
  CHECK(latin1.value() == "café");
  CHECK(returns::ToUtf8("plain", "utf-8", "f.csv").value() == "plain");
}

TEST_CASE("an unknown encoding is a clear error", "[encoding][errors]") {
  const auto r = returns::ToUtf8("x", "klingon-7", "f.csv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString() == "f.csv: error: unknown encoding 'klingon-7'");
}
