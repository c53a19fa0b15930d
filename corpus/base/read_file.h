// Reading a whole input file into memory, with errors as values.
#pragma once

#include <string>

#include "corpus/base/status.h"

namespace returns {

// The file's bytes; IOError "<path>: error: cannot open file" (or "cannot read file").
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace returns
