#include "corpus/base/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

namespace returns {

Result<std::string> ToUtf8(std::string_view bytes, const std::string& encoding, const std::string& source) {
  std::string name = encoding;
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  if (name.empty() || name == "utf-8" || name == "utf8") return std::string(bytes);
  UErrorCode error = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding.c_str(), &error);
  // A warning (such as an ambiguous alias) still gives a usable converter.
  if (U_FAILURE(error)) {
    if (conv) ucnv_close(conv);
    return Status::InvalidInput(source, "unknown encoding '" + encoding + "'");
  }
  error = U_ZERO_ERROR;
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), conv, error);
  ucnv_close(conv);
  if (U_FAILURE(error)) {
    return Status::InvalidInput(source, "cannot convert from " + encoding + ": " + u_errorName(error));
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace returns
