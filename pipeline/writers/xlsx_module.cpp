// The Excel module (libreturns_xlsx.so): libxlsxwriter's calls as a table
// (xlsx_calls.h). Only its entry point, returns_xlsx_module, is visible outside it.
#include "pipeline/writers/xlsx_calls.h"

extern "C" __attribute__((visibility("default"))) const returns::XlsxCalls* returns_xlsx_module() {
  static const returns::XlsxCalls calls{
      returns::kXlsxModuleAbi,
#define RETURNS_XLSX_ADDRESS(name) &::name,
      RETURNS_XLSXWRITER_CALLS(RETURNS_XLSX_ADDRESS)
#undef RETURNS_XLSX_ADDRESS
  };
  return &calls;
}
