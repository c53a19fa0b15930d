// The PDF module's entry point: what libreturns_pdf.so (pdf_words_poppler.cpp)
// gives the program, which loads it with LoadModule (module.h) the first time
// a PDF is read. Both sides are built together; `abi` guards against a module
// left from another build: it changes with the calls' names and the sizes of
// this struct, PdfPage, PdfWord and Status (raise its version by hand when a
// type changes without changing size).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/module.h"
#include "corpus/base/pdf_words.h"
#include "corpus/base/status.h"

namespace returns {

struct PdfModule {
  int abi = 0;
  // ReadPdfWords after its header check: see pdf_words.h.
  Result<std::vector<PdfPage>> (*read_words)(std::string_view bytes, const std::string& where) = nullptr;
  const char* (*poppler_version)() = nullptr;  // the poppler loaded, as it says
};

// The calls' names and the sizes of what crosses (module.h: CallTableAbi).
inline constexpr int kPdfModuleAbi = CallTableAbi(1, "read_words,poppler_version,", sizeof(PdfModule) + sizeof(PdfPage) +
                                                                                    sizeof(PdfWord) + sizeof(Status));

}  // namespace returns

extern "C" const returns::PdfModule* returns_pdf_module();
