// The PDF module's entry point: what libreturns_pdf.so (pdf_words_poppler.cpp)
// gives the program, which loads it with LoadModule (module.h) the first time
// a PDF is read. Both sides are built together; `abi` guards against a module
// left from an older build, and changes whenever this struct or PdfPage does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/pdf_words.h"
#include "corpus/base/status.h"

namespace returns {

inline constexpr int kPdfModuleAbi = 1;

struct PdfModule {
  int abi = kPdfModuleAbi;
  // ReadPdfWords after its header check: see pdf_words.h.
  Result<std::vector<PdfPage>> (*read_words)(std::string_view bytes, const std::string& where) = nullptr;
  const char* (*poppler_version)() = nullptr;  // the poppler loaded, as it says
};

}  // namespace returns

extern "C" const returns::PdfModule* returns_pdf_module();
