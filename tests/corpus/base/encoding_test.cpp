#include "corpus/base/encoding.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>

#include <sstream>

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

TEST_CASE("encoding: Utf8StreamBuf gives the whole-text conversion, characters split between its chunks") {
  // Shift_JIS (two-byte characters) and UTF-16 over several 64 KB chunks: a
  // chunk boundary falls inside a character somewhere.
  std::string utf8;
  for (int i = 0; utf8.size() < 300000; ++i) utf8 += "行" + std::to_string(i) + ",日本語のテキスト\n";
  for (const std::string encoding : {"Shift_JIS", "UTF-16LE", "windows-1252"}) {
    INFO(encoding);
    std::string source = utf8;
    if (encoding == "windows-1252") {  // its characters are one byte: café, “quotes”
      source.clear();
      for (int i = 0; source.size() < 300000; ++i) source += "caf\xE9 \x93" + std::to_string(i) + "\x94\n";
    } else {
      // Made from UTF-8 by ICU itself (ucnv_convert), then read back streamed.
      UErrorCode error = U_ZERO_ERROR;
      std::string bytes(utf8.size() * 4, '\0');
      const int32_t n = ucnv_convert(encoding.c_str(), "UTF-8", bytes.data(), static_cast<int32_t>(bytes.size()),
                                     utf8.data(), static_cast<int32_t>(utf8.size()), &error);
      REQUIRE(U_SUCCESS(error));
      source = bytes.substr(0, static_cast<size_t>(n));
    }
    const returns::Result<std::string> whole = returns::ToUtf8(source, encoding, "t.csv");
    REQUIRE(whole.ok());
    std::istringstream in(source);
    returns::Result<std::unique_ptr<returns::Utf8StreamBuf>> buf = returns::Utf8StreamBuf::Open(in, encoding, "t.csv");
    REQUIRE(buf.ok());
    REQUIRE(buf.value());
    std::istream text(buf.value().get());
    std::ostringstream streamed;
    streamed << text.rdbuf();
    CHECK(buf.value()->status().ok());
    CHECK(streamed.str() == whole.value());
    if (encoding != "windows-1252") CHECK(streamed.str() == utf8);
  }
  std::istringstream in("x");
  CHECK_FALSE(returns::Utf8StreamBuf::Open(in, "no-such-encoding", "t.csv").ok());
  CHECK(returns::Utf8StreamBuf::Open(in, "UTF-8", "t.csv").value() == nullptr);
}
