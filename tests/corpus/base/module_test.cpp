#include "corpus/base/module.h"

#include <catch2/catch.hpp>

#include "corpus/base/pdf_module.h"
#include "corpus/base/pdf_words.h"

using returns::ModuleEntry;
using returns::Status;

TEST_CASE("module: the PDF module is found beside the program and gives its entry point", "[module]") {
  const auto entry = ModuleEntry("pdf", "returns_pdf_module");
  REQUIRE(entry.ok());
  const auto* module = reinterpret_cast<const returns::PdfModule* (*)()>(entry.value())();
  REQUIRE(module != nullptr);
  CHECK(module->abi == returns::kPdfModuleAbi);
  CHECK(module->read_words != nullptr);
  // Loaded once: a second call gives the same entry point.
  const auto again = ModuleEntry("pdf", "returns_pdf_module");
  REQUIRE(again.ok());
  CHECK(again.value() == entry.value());
  const auto version = returns::PopplerVersion();
  REQUIRE(version.ok());
  CHECK(!version.value().empty());
  CHECK(std::isdigit(static_cast<unsigned char>(version.value()[0])));
}

TEST_CASE("module: a missing module is an IOError naming the file and where it was looked for", "[module]") {
  const auto entry = ModuleEntry("no-such", "returns_no_such_module");
  REQUIRE(!entry.ok());
  CHECK(entry.status().code() == Status::Code::kIOError);
  CHECK(entry.status().location() == "libreturns_no-such.so");
  CHECK(entry.status().message().find("module is missing (looked in ") != std::string::npos);
  CHECK(entry.status().message().find("/returns") != std::string::npos);
}

TEST_CASE("module: a module without the entry point asked for says so", "[module]") {
  const auto entry = ModuleEntry("pdf", "returns_no_such_entry");
  REQUIRE(!entry.ok());
  CHECK(entry.status().code() == Status::Code::kIOError);
  CHECK(entry.status().ToString() ==
        "libreturns_pdf.so: error: the module has no entry point returns_no_such_entry (from another build?)");
}

TEST_CASE("module: a module built with another ABI number is refused, named", "[module]") {
  using returns::PdfModule;
  const auto same = returns::LoadModule<PdfModule>("pdf", "returns_pdf_module", returns::kPdfModuleAbi);
  REQUIRE(same.ok());
  const auto other = returns::LoadModule<PdfModule>("pdf", "returns_pdf_module", returns::kPdfModuleAbi + 1);
  REQUIRE(!other.ok());
  CHECK(other.status().ToString() ==
        "libreturns_pdf.so: error: the module is from another build of returns; reinstall it");
}
