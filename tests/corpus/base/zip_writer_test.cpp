#include "corpus/base/zip_writer.h"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "corpus/base/zip_archive.h"

using namespace returns;

TEST_CASE("A written zip reads back part for part, in order") {
  const std::string big(100000, 'x');
  const std::string utf8 = "\xE2\x80\x9Cquoted\xE2\x80\x9D \xC2\xA3" "5 caf\xC3\xA9";
  Result<std::string> bytes = WriteZip({{"project.qde", "<Project/>"}, {"sources/a.txt", utf8}, {"sources/big.txt", big}}, "t.qdpx");
  REQUIRE(bytes.ok());
  CHECK(LooksLikeZip(bytes.value()));
  CHECK(bytes.value().size() < big.size() / 10);  // deflated
  Result<ZipArchive> zip = ZipArchive::Open(bytes.value(), "t.qdpx");
  REQUIRE(zip.ok());
  CHECK(zip.value().names() == std::vector<std::string>{"project.qde", "sources/a.txt", "sources/big.txt"});
  CHECK(zip.value().Read("sources/a.txt").value() == utf8);
  CHECK(zip.value().Read("sources/big.txt").value() == big);
}

TEST_CASE("The same parts make the same bytes, whatever the time zone") {
  const std::vector<ZipPart> parts = {{"a.txt", "one"}, {"b/c.txt", "two"}};
  Result<std::string> first = WriteZip(parts, "t.zip");
  setenv("TZ", "Pacific/Kiritimati", 1);
  Result<std::string> second = WriteZip(parts, "t.zip");
  unsetenv("TZ");
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first.value() == second.value());
}

TEST_CASE("A part with no name, or a name given twice, is refused") {
  CHECK(WriteZip({{"", "x"}}, "t.zip").status().ToString() == "t.zip: error: a zip part with no name");
  CHECK(WriteZip({{"a", "x"}, {"a", "y"}}, "t.zip").status().ToString() == "t.zip: error: two zip parts named 'a'");
}
