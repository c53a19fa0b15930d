#include "corpus/base/zip_calls.h"

#include "corpus/base/module.h"

namespace returns {

Result<const ZipCalls*> Libzip() { return LoadModule<ZipCalls>("zip", "returns_zip_module", kZipModuleAbi); }

}  // namespace returns
