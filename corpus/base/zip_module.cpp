// The zip module (libreturns_zip.so): libzip's calls as a table
// (zip_calls.h). Only its entry point, returns_zip_module, is visible outside it.
#include "corpus/base/zip_calls.h"

extern "C" __attribute__((visibility("default"))) const returns::ZipCalls* returns_zip_module() {
  static const returns::ZipCalls calls{
      returns::kZipModuleAbi,
#define RETURNS_ZIP_ADDRESS(name) &::name,
      RETURNS_LIBZIP_CALLS(RETURNS_ZIP_ADDRESS)
#undef RETURNS_ZIP_ADDRESS
  };
  return &calls;
}
