#include "corpus/base/pdf_words.h"

#include "corpus/base/module.h"
#include "corpus/base/pdf_module.h"

namespace returns {
namespace {

// The PDF module, loaded the first time a PDF is read.
Result<const PdfModule*> Module() { return LoadModule<PdfModule>("pdf", "returns_pdf_module", kPdfModuleAbi); }

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  const size_t at = bytes.substr(0, 1024).find("%PDF-");
  return at != std::string_view::npos && (at == 0 || bytes[at - 1] == '\n' || bytes[at - 1] == '\r');
}

Result<std::vector<PdfPage>> ReadPdfWords(std::string_view bytes, const std::string& where) {
  if (!LooksLikePdf(bytes)) return Status::InvalidInput(where, "not a PDF file (no %PDF- header)");
  Result<const PdfModule*> module = Module();
  if (!module.ok()) return Status::IOError(where, "cannot read PDF: " + module.status().ToString());
  return module.value()->read_words(bytes, where);
}

Result<std::string> PopplerVersion() {
  Result<const PdfModule*> module = Module();
  if (!module.ok()) return module.status();
  return std::string(module.value()->poppler_version());
}

}  // namespace returns
