// The zip module (libreturns_zip.so): libzip's calls as a table
// (zip_calls.h). Only its entry point, returns_zip_module, is visible outside it.
#include "corpus/base/zip_calls.h"

extern "C" __attribute__((visibility("default"))) const returns::ZipCalls* returns_zip_module() {
  static const returns::ZipCalls calls{returns::kZipModuleAbi, RETURNS_LIBZIP_CALLS(RETURNS_CALL_ADDRESS)};
  return &calls;
}
