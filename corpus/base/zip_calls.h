// libzip's calls, through the zip module (libreturns_zip.so, zip_module.cpp),
// loaded the first time a zip archive is read or written (a Word or Excel
// file: corpus/base/module.h). libzip brings OpenSSL's libcrypto with it;
// a search or a tag of CSV never loads either.
//
//   Result<const ZipCalls*> z = Libzip();
//   if (!z.ok()) return z.status();
//   zip_t* zip = z.value()->zip_open_from_source(source, ZIP_RDONLY, &error);
//
// The table holds libzip's own functions under their own names, so code
// using it reads as libzip's manual does; zip.h gives the types and
// constants. RETURNS_LIBZIP_CALLS lists every call the program makes: add
// one there to use it (the ABI number follows the list).
#pragma once

#include <zip.h>

#include "corpus/base/module.h"
#include "corpus/base/status.h"

namespace returns {

#define RETURNS_LIBZIP_CALLS(X)                                                                                  \
  X(zip_libzip_version) X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_strerror)               \
  X(zip_source_buffer_create) X(zip_source_buffer) X(zip_source_free) X(zip_source_keep) X(zip_source_stat)     \
  X(zip_source_open) X(zip_source_read) X(zip_source_close) X(zip_open_from_source) X(zip_discard) X(zip_close) \
  X(zip_get_num_entries) X(zip_get_name) X(zip_stat_init) X(zip_stat) X(zip_fopen) X(zip_fread)                 \
  X(zip_fclose) X(zip_file_strerror) X(zip_file_add) X(zip_set_file_compression) X(zip_file_set_mtime)

struct ZipCalls {
  int abi = 0;
  RETURNS_LIBZIP_CALLS(RETURNS_CALL_FIELD)
};

inline constexpr int kZipModuleAbi = CallTableAbi(1, RETURNS_LIBZIP_CALLS(RETURNS_CALL_NAME), sizeof(ZipCalls));

// libzip's calls; IOError (module.h) when the zip module cannot be loaded.
Result<const ZipCalls*> Libzip();

}  // namespace returns

extern "C" const returns::ZipCalls* returns_zip_module();
