// Word output of an appendix: the HTML appendix (appendix_format.h) converted
// by pandoc (Debian's `pandoc`), run with no shell between (the file name is
// an argument, never a command). What `appendix --format docx` and the web
// page's export write. Thread-safe (each call has its own files).
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "pipeline/reports/appendix_format.h"

namespace returns {

// Writes `out` whole or not at all: converted beside it, then renamed.
// NotFound (saying to install pandoc) when there is no pandoc; IOError when it fails.
Status WriteAppendixDocx(const std::vector<CommentRecord>& comments, const AppendixOptions& options,
                         const std::string& out);

}  // namespace returns
