// The Excel module (libreturns_xlsx.so): libxlsxwriter's calls as a table
// (xlsx_calls.h). Only its entry point, returns_xlsx_module, is visible outside it.
#include "pipeline/writers/xlsx_calls.h"

extern "C" __attribute__((visibility("default"))) const returns::XlsxCalls* returns_xlsx_module() {
  static const returns::XlsxCalls calls{returns::kXlsxModuleAbi, RETURNS_XLSXWRITER_CALLS(RETURNS_CALL_ADDRESS)};
  return &calls;
}
