#include "corpus/base/utf8.h"

#include <catch2/catch.hpp>

TEST_CASE("valid UTF-8 passes", "[utf8]") {
  CHECK(returns::CheckUtf8("plain ‘quoted’ £5 \xEF\x82\xA7", "f.txt").ok());
  CHECK(returns::CheckUtf8("", "f.txt").ok());
}

TEST_CASE("invalid UTF-8 names file, line and byte offset", "[utf8]") {
  const auto s = returns::CheckUtf8("line one\nline \xC3\x28 two", "f.txt");
  REQUIRE_FALSE(s.ok());
  CHECK(s.ToString() == "f.txt:2: error: invalid UTF-8 at byte offset 14 (byte 0xC3)");
  const auto truncated = returns::CheckUtf8("ends badly \xE2\x80", "g.txt");
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.ToString() == "g.txt:1: error: invalid UTF-8 at byte offset 11 (byte 0xE2)");
  CHECK_FALSE(returns::CheckUtf8("overlong \xC0\xAF", "h.txt").ok());
}

TEST_CASE("code points are counted, not bytes", "[utf8]") {
  CHECK(returns::CodePointCount("£125 ‘x’") == 8);
}

TEST_CASE("invalid bytes are shown as hex escapes (xNN) for messages, valid text as it is", "[utf8]") {
  CHECK(returns::ShowInvalidBytes("caf\xE9.csv") == "caf\\xE9.csv");
  CHECK(returns::ShowInvalidBytes("café £5") == "café £5");
  CHECK(returns::ShowInvalidBytes("\xE2\x80") == "\\xE2\\x80");  // a cut three-byte sequence
  CHECK(returns::CheckUtf8(returns::ShowInvalidBytes("a\xFF\xFE" "b"), "x").ok());
}

TEST_CASE("a prefix never cuts a character", "[utf8]") {
  CHECK(returns::Utf8Prefix("£125", 1) == "");  // '£' is two bytes
  CHECK(returns::Utf8Prefix("£125", 2) == "£");
  CHECK(returns::Utf8Prefix("abc", 10) == "abc");
  CHECK(returns::Utf8Prefix("–x", 2) == "");
}

TEST_CASE("repairing for a rejects file replaces each bad sequence with U+FFFD", "[utf8]") {
  CHECK(returns::RepairUtf8("caf\xE9!") == "caf\xEF\xBF\xBD!");
  CHECK(returns::RepairUtf8("ok £") == "ok £");
}
