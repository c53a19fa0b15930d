#include "corpus/base/module.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <string>

#include "corpus/base/pdf_module.h"
#include "corpus/base/pdf_words.h"
#include "corpus/base/zip_calls.h"

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
  // Looked for beside the test program only: <build>/tests/../<libdir>/returns, where the build puts them.
  CHECK(entry.status().location() == returns::ModulePath("no-such"));
  CHECK(entry.status().location() == returns::ModulePath("pdf").substr(0, returns::ModulePath("pdf").size() - 6) + "no-such.so");
  CHECK(entry.status().message() == "the program's no-such module cannot be found (no such file); reinstall returns, or build it again");
  // Tried once: asking again gives the same answer.
  CHECK(ModuleEntry("no-such", "returns_no_such_module").status().ToString() == entry.status().ToString());
}

TEST_CASE("module: a module without the entry point asked for says so", "[module]") {
  const auto entry = ModuleEntry("pdf", "returns_no_such_entry");
  REQUIRE(!entry.ok());
  CHECK(entry.status().code() == Status::Code::kIOError);
  CHECK(entry.status().ToString() ==
        returns::ModulePath("pdf") + ": error: the module has no entry point returns_no_such_entry (from another build?)");
}

TEST_CASE("module: a module built with another ABI number is refused, named", "[module]") {
  using returns::PdfModule;
  const auto same = returns::LoadModule<PdfModule>("pdf", "returns_pdf_module", returns::kPdfModuleAbi);
  REQUIRE(same.ok());
  const auto other = returns::LoadModule<PdfModule>("pdf", "returns_pdf_module", returns::kPdfModuleAbi + 1);
  REQUIRE(!other.ok());
  CHECK(other.status().ToString() ==
        returns::ModulePath("pdf") + ": error: the module is from another build of returns; reinstall it");
}

TEST_CASE("module: the ABI number follows the calls' names and sizes", "[module]") {
  using returns::CallTableAbi;
  CHECK(CallTableAbi(1, "a,b,", 16) == CallTableAbi(1, "a,b,", 16));
  CHECK(CallTableAbi(1, "a,b,", 16) != CallTableAbi(1, "b,a,", 16));
  CHECK(CallTableAbi(1, "a,b,", 16) != CallTableAbi(1, "a,b,c,", 16));
  CHECK(CallTableAbi(1, "a,b,", 16) != CallTableAbi(1, "a,b,", 24));
  CHECK(CallTableAbi(1, "a,b,", 16) != CallTableAbi(2, "a,b,", 16));
  CHECK(CallTableAbi(1, "a,b,", 16) >= 0);
}

TEST_CASE("module: the zip module's table holds every call, loaded beside the program", "[module]") {
  const auto zip = returns::Libzip();
  REQUIRE(zip.ok());
  CHECK(zip.value()->abi == returns::kZipModuleAbi);
  CHECK(zip.value()->zip_open_from_source != nullptr);
  CHECK(zip.value()->zip_file_set_mtime != nullptr);  // the last of the list
  CHECK(std::string(zip.value()->zip_libzip_version()).find('.') != std::string::npos);
}
