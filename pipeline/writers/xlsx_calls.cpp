#include "pipeline/writers/xlsx_calls.h"

#include "corpus/base/module.h"

namespace returns {

Result<const XlsxCalls*> Libxlsxwriter() {
  return LoadModule<XlsxCalls>("xlsx", "returns_xlsx_module", kXlsxModuleAbi);
}

}  // namespace returns
