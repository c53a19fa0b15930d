// The program's on-demand modules: parts that bring a large library with
// them — reading PDF (poppler, and through it some twenty image and font
// libraries) and serving the web page (cpp-httplib with OpenSSL) — are built
// as shared objects of their own and loaded the first time a command needs
// them. A one-off `returns search` then starts in a fifth of the time: the
// dynamic loader no longer maps and relocates libraries the command never
// calls (README "Speed and scale": a whole search process against quest).
//
//   Result<const PdfModule*> pdf = LoadModule<PdfModule>("pdf", "returns_pdf_module", kPdfModuleAbi);
//   if (!pdf.ok()) return pdf.status();
//   pdf.value()->read_words(bytes, where);
//
// A module named NAME is the file libreturns_NAME.so, looked for in order in:
//   1. <the executable's folder>/../<libdir>/returns — an installed program
//      (`cmake --install`, the .deb), and a build tree's program and tests
//      (each one folder below the build's top, whose modules are built into
//      <build>/<libdir>/returns);
//   2. the configured install prefix's <libdir>/returns (a program copied
//      elsewhere after `cmake --install`).
// It is loaded once (RTLD_NOW | RTLD_LOCAL: its own symbols stay its own)
// and never unloaded. A module exports `symbol` with C linkage: a function
// taking nothing and giving a pointer to its table of calls, whose first
// member, `abi`, must be the number the program was built with (each
// module's header says) — a module left from another build is refused. Errors (IOError) name the module and every place looked in, with
// the loader's own reason. Thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"

namespace returns {

// A module that is a C library's table of calls lists them once, as an
// X-macro (zip_calls.h): the table's fields are
//   struct ZipCalls { int abi = kZipModuleAbi; RETURNS_LIBZIP_CALLS(RETURNS_CALL_FIELD) };
// and the module fills them with
//   static const ZipCalls calls{kZipModuleAbi, RETURNS_LIBZIP_CALLS(RETURNS_CALL_ADDRESS)};
#define RETURNS_CALL_FIELD(name) decltype(&::name) name = nullptr;
#define RETURNS_CALL_ADDRESS(name) &::name,

// The address of `symbol` in module `name`.
Result<void*> ModuleEntry(const std::string& name, const char* symbol);

// The table of calls module `name` gives through `symbol`, when its `abi` is `abi`.
template <typename Table>
Result<const Table*> LoadModule(const std::string& name, const char* symbol, int abi) {
  Result<void*> entry = ModuleEntry(name, symbol);
  if (!entry.ok()) return entry.status();
  const Table* table = reinterpret_cast<const Table* (*)()>(entry.value())();
  if (table == nullptr || table->abi != abi) {
    return Status::IOError("libreturns_" + name + ".so", "the module is from another build of returns; reinstall it");
  }
  return table;
}

}  // namespace returns
