// The program's on-demand modules: parts that bring a large library with
// them — reading PDF (poppler, and through it some twenty image and font
// libraries), serving the web page (cpp-httplib with OpenSSL), zip archives
// (libzip) and Excel workbooks (libxlsxwriter), both bringing OpenSSL's
// libcrypto — are shared objects of their own, loaded the first time a
// command needs them. A one-off `returns search` then starts in about a
// third of the CPU time: the dynamic loader no longer maps and relocates
// libraries the command never calls (README "Speed and scale": a whole
// search process against quest).
//
//   Result<const PdfModule*> pdf = LoadModule<PdfModule>("pdf", "returns_pdf_module", kPdfModuleAbi);
//   if (!pdf.ok()) return pdf.status();
//   pdf.value()->read_words(bytes, where);
//
// A module named NAME is the file libreturns_NAME.so in
// <the executable's folder>/RETURNS_MODULE_RELDIR, the path from the
// install's bin folder to <libdir>/returns (worked out by CMake): an
// installed program finds its own modules, whatever the prefix, and a build
// tree's program and tests (one folder below the build's top) find the
// build's. Nowhere else is looked, so another install's modules are never
// picked up. It is loaded once (RTLD_NOW | RTLD_LOCAL: its symbols stay its
// own) and never unloaded; a module that failed to load is not tried again.
// A module exports `symbol` with C linkage: a function taking nothing and
// giving a pointer to its table of calls, whose first member, `abi`, must be
// the number this program was built with (CallTableAbi below) — a module
// left from another build is refused. Errors (IOError) name the module's
// file, with the loader's own reason. Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

// A module that is a C library's table of calls lists them once, as an
// X-macro (zip_calls.h): the table's fields are
//   struct ZipCalls { int abi = 0; RETURNS_LIBZIP_CALLS(RETURNS_CALL_FIELD) };
// and the module fills them with
//   static const ZipCalls calls{kZipModuleAbi, RETURNS_LIBZIP_CALLS(RETURNS_CALL_ADDRESS)};
// and its ABI number is CallTableAbi(1, RETURNS_LIBZIP_CALLS(RETURNS_CALL_NAME), sizeof(ZipCalls)).
#define RETURNS_CALL_FIELD(name) decltype(&::name) name = nullptr;
#define RETURNS_CALL_ADDRESS(name) &::name,
#define RETURNS_CALL_NAME(name) #name ","

// An ABI number for a table of calls: `version` (raised by hand when a type
// the calls take or give changes) mixed with the names of the calls and the
// sizes of what crosses, so that adding, removing or reordering a call, or
// changing a struct's size, changes it without anyone remembering to.
constexpr int CallTableAbi(int version, std::string_view names, size_t sizes) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : names) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  h = (h ^ static_cast<uint32_t>(sizes)) * 16777619u;
  h = (h ^ static_cast<uint32_t>(version)) * 16777619u;
  return static_cast<int>(h & 0x7fffffffu);
}

// The address of `symbol` in module `name`.
Result<void*> ModuleEntry(const std::string& name, const char* symbol);

// Where module `name` is looked for (module.h above).
std::string ModulePath(const std::string& name);

// The table of calls module `name` gives through `symbol`, when its `abi` is `abi`.
template <typename Table>
Result<const Table*> LoadModule(const std::string& name, const char* symbol, int abi) {
  Result<void*> entry = ModuleEntry(name, symbol);
  if (!entry.ok()) return entry.status();
  const Table* table = reinterpret_cast<const Table* (*)()>(entry.value())();
  if (table == nullptr || table->abi != abi) {
    return Status::IOError(ModulePath(name), "the module is from another build of returns; reinstall it");
  }
  return table;
}

}  // namespace returns
