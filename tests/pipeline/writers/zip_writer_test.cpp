#include "pipeline/writers/zip_writer.h"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "corpus/base/zip_archive.h"

TEST_CASE("ZipWriter: the parts read back by name, in the order added", "[writers][zip]") {
  returns::ZipWriter zip;
  zip.Add("[Content_Types].xml", "<Types/>");
  zip.Add("word/document.xml", std::string(100000, 'x'));
  zip.Add("empty", "");
  const std::string utf8 = "\xE2\x80\x9Cquoted\xE2\x80\x9D \xC2\xA3" "5 caf\xC3\xA9";
  zip.Add("sources/a.txt", utf8);
  returns::Result<std::string> bytes = zip.Finish();
  REQUIRE(bytes.ok());
  CHECK(returns::LooksLikeZip(bytes.value()));
  CHECK(bytes.value().size() < 10000);  // deflated
  returns::Result<returns::ZipArchive> read = returns::ZipArchive::Open(bytes.value(), "test");
  REQUIRE(read.ok());
  CHECK(read.value().names() == std::vector<std::string>{"[Content_Types].xml", "word/document.xml", "empty", "sources/a.txt"});
  CHECK(read.value().Read("sources/a.txt").value() == utf8);
  CHECK(read.value().Read("word/document.xml").value() == std::string(100000, 'x'));
  CHECK(read.value().Read("empty").value().empty());
}

TEST_CASE("ZipWriter: the same parts give the same bytes (no clock in the file)", "[writers][zip]") {
  auto make = [] {
    returns::ZipWriter zip;
    zip.Add("a.xml", "<a/>");
    zip.Add("b.xml", "<b>text</b>");
    return zip.Finish().value();
  };
  const std::string first = make();
  CHECK(make() == first);
  setenv("TZ", "Pacific/Kiritimati", 1);  // UTC+14: the fixed date must not move a day
  const std::string far_east = make();
  unsetenv("TZ");
  CHECK(far_east == first);
}

TEST_CASE("ZipWriter: a part added twice is an error", "[writers][zip]") {
  returns::ZipWriter zip;
  zip.Add("a.xml", "<a/>");
  zip.Add("a.xml", "<b/>");
  returns::Result<std::string> bytes = zip.Finish();
  CHECK_FALSE(bytes.ok());
  CHECK(bytes.status().message().find("a.xml") != std::string::npos);
}

TEST_CASE("ZipWriter: a part with no name is an error", "[writers][zip]") {
  returns::ZipWriter zip;
  zip.Add("", "x");
  CHECK_FALSE(zip.Finish().ok());
}
