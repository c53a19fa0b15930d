#include "corpus/intake/file_kind.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake_samples.h"

using returns::FileKind;
using returns::IdentifyBinary;
using returns::InputFormat;
using returns::test::Slurp;

namespace {

using namespace std::string_literals;

std::string What(const std::string& bytes, const std::string& encoding = "") {
  const std::optional<FileKind> kind = IdentifyBinary(bytes, encoding);
  return kind ? std::string(kind->what) : "text";
}

}  // namespace

TEST_CASE("binary files known by their first bytes", "[file_kind]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "a PDF file (.pdf)"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"s, "an older Office file (.xls or .doc)"},
      {"{\\rtf1\\ansi\\deff0 {\\fonttbl", "an RTF document (.rtf)"},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "a PNG image"},
      {"\xFF\xD8\xFF\xE0\0\x10JFIF"s, "a JPEG image"},
      {"GIF89a\x01\0\x01\0"s, "a GIF image"},
      {"\x1F\x8B\x08\0\0\0\0\0"s, "a gzip file"},
      {"\xFF\xFE" "D\0i\0s\0"s, "UTF-16 text"},
      {"ELF and other bytes\0\0\x01\x02"s, "a binary file of a kind returns does not know"},
  };
  for (const auto& [bytes, what] : rows) {
    INFO(what);
    CHECK(What(bytes) == what);
  }
}

TEST_CASE("text of any encoding is not binary", "[file_kind]") {
  CHECK(What("District,Collaborative,Q2\nDover,Samphire Hub,Trust.\n") == "text");
  CHECK(What("Caf\xE9 \x93quoted\x94 \xA3" "125\n") == "text");  // Windows-1252
  CHECK(What("\xEF\xBB\xBF" "District,Collaborative\n") == "text");
  CHECK(What("") == "text");
  // With --encoding, UTF-16 and its NUL bytes are the encoding's to read.
  CHECK(What("\xFF\xFE" "D\0i\0s\0"s, "UTF-16") == "text");
  CHECK(What("D\0i\0s\0"s, "UTF-16LE") == "text");
  CHECK(What("%PDF-1.7\n", "latin1") == "a PDF file (.pdf)");
}

TEST_CASE("zip files known by their parts", "[file_kind]") {
  const std::string dir = "tests/data/intake/forms/";
  const std::optional<FileKind> xlsx = IdentifyBinary(Slurp(dir + "forms.xlsx"), "");
  REQUIRE(xlsx.has_value());
  CHECK(xlsx->what == "an Excel workbook (.xlsx)");
  CHECK(xlsx->format == InputFormat::kXlsx);
  CHECK(What(Slurp(dir + "forms-shared.xlsx")) == "an Excel workbook (.xlsx)");
  const std::optional<FileKind> docx = IdentifyBinary(Slurp("tests/data/docx/table-details.docx"), "");
  REQUIRE(docx.has_value());
  CHECK(docx->what == "a Word document (.docx)");
  CHECK(docx->format == InputFormat::kDocx);
  CHECK(What(Slurp(dir + "returns.zip")) == "a zip archive");
  CHECK(What(Slurp(dir + "truncated.xlsx")) == "a damaged or incomplete zip archive (an Office file cut short?)");
  CHECK(What(Slurp("tests/data/zip/two-parts.zip")) == "a zip archive");
}

TEST_CASE("the message for a file no reader takes names it, the way out and what is supported", "[file_kind]") {
  const std::optional<FileKind> zip = IdentifyBinary(Slurp("tests/data/intake/forms/returns.zip"), "");
  REQUIRE(zip.has_value());
  const std::string m = returns::UnreadableMessage(*zip);
  CHECK(m.rfind("this is a zip archive, which returns cannot read: unzip it and read the files inside. Supported formats: ", 0) == 0);
  CHECK(m.find("Excel workbooks (.xlsx)") != std::string::npos);
  CHECK(m.find("invalid UTF-8") == std::string::npos);
}
