#include "corpus/base/zip_archive.h"

#include <catch2/catch.hpp>

#include "corpus/base/read_file.h"

using namespace returns;

namespace {
std::string TestZip() {
  auto bytes = ReadWholeFile(std::string(RETURNS_SOURCE_DIR) + "/tests/data/zip/two-parts.zip");
  REQUIRE(bytes.ok());
  return bytes.value();
}
}  // namespace

TEST_CASE("LooksLikeZip knows a zip by its first bytes") {
  CHECK(LooksLikeZip(TestZip()));
  CHECK(LooksLikeZip(std::string_view("PK\5\6", 4)));
  CHECK_FALSE(LooksLikeZip("PK"));
  CHECK_FALSE(LooksLikeZip("%PDF-1.7"));
}

TEST_CASE("A zip's parts are listed in order and read whole") {
  std::string bytes = TestZip();
  auto zip = ZipArchive::Open(bytes, "two-parts.zip");
  REQUIRE(zip.ok());
  CHECK(zip.value().names() == std::vector<std::string>{"first.txt", "dir/second.xml"});
  CHECK(zip.value().Has("dir/second.xml"));
  CHECK_FALSE(zip.value().Has("second.xml"));
  auto first = zip.value().Read("first.txt");
  REQUIRE(first.ok());
  CHECK(first.value() == "hello\n");
  auto second = zip.value().Read("dir/second.xml");
  REQUIRE(second.ok());
  CHECK(second.value().size() == 1007);
}

TEST_CASE("A missing part is NotFound, naming the file and the part") {
  std::string bytes = TestZip();
  auto zip = ZipArchive::Open(bytes, "two-parts.zip");
  REQUIRE(zip.ok());
  auto missing = zip.value().Read("xl/workbook.xml");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK_THAT(missing.status().ToString(), Catch::Contains("two-parts.zip") && Catch::Contains("xl/workbook.xml"));
}

TEST_CASE("A part larger than the limit is refused, not inflated") {
  std::string bytes = TestZip();
  auto zip = ZipArchive::Open(bytes, "two-parts.zip");
  REQUIRE(zip.ok());
  auto big = zip.value().Read("dir/second.xml", 100);
  REQUIRE_FALSE(big.ok());
  CHECK(big.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(big.status().ToString(), Catch::Contains("limit"));
}

TEST_CASE("Bytes that are not a zip, or a cut-off zip, are InvalidInput") {
  auto text = ZipArchive::Open("District,Collaborative\n", "returns.csv");
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(text.status().ToString(), Catch::Contains("returns.csv") && Catch::Contains("zip"));
  std::string bytes = TestZip();
  auto cut = ZipArchive::Open(std::string_view(bytes).substr(0, bytes.size() / 2), "cut.xlsx");
  REQUIRE_FALSE(cut.ok());
  CHECK(cut.status().code() == Status::Code::kInvalidInput);
}
