#include "corpus/base/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

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

Result<std::unique_ptr<Utf8StreamBuf>> Utf8StreamBuf::Open(std::istream& in, const std::string& encoding,
                                                           const std::string& source) {
  std::string name = encoding;
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  if (name.empty() || name == "utf-8" || name == "utf8") return std::unique_ptr<Utf8StreamBuf>();
  UErrorCode error = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding.c_str(), &error);
  if (U_FAILURE(error)) {
    if (conv) ucnv_close(conv);
    return Status::InvalidInput(source, "unknown encoding '" + encoding + "'");
  }
  return std::unique_ptr<Utf8StreamBuf>(new Utf8StreamBuf(in, conv, encoding, source));
}

Utf8StreamBuf::Utf8StreamBuf(std::istream& in, void* converter, std::string encoding, std::string source)
    : in_(in), converter_(converter), encoding_(std::move(encoding)), source_(std::move(source)),
      bytes_(1 << 16), utf16_((1 << 16) + 64) {}

Utf8StreamBuf::~Utf8StreamBuf() { ucnv_close(static_cast<UConverter*>(converter_)); }

Utf8StreamBuf::int_type Utf8StreamBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  utf8_.clear();
  while (utf8_.empty() && !flushed_ && status_.ok()) {
    in_.read(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
    const size_t got = static_cast<size_t>(in_.gcount());
    const bool flush = got < bytes_.size();  // the end: a character left incomplete is converted as the whole text would be
    const char* source = bytes_.data();
    const char* source_end = source + got;
    // The converter keeps the bytes of a character split between chunks for the next call.
    do {
      UChar* target = reinterpret_cast<UChar*>(utf16_.data());
      UChar* const target_start = target;
      UErrorCode error = U_ZERO_ERROR;
      ucnv_toUnicode(static_cast<UConverter*>(converter_), &target, target + utf16_.size(), &source, source_end,
                     nullptr, flush, &error);
      if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) {
        status_ = Status::InvalidInput(source_, "cannot convert from " + encoding_ + ": " + u_errorName(error));
        return traits_type::eof();
      }
      const icu::UnicodeString part(false, target_start, static_cast<int32_t>(target - target_start));
      part.toUTF8String(utf8_);
      if (error != U_BUFFER_OVERFLOW_ERROR) break;
    } while (true);
    if (flush) flushed_ = true;
  }
  if (utf8_.empty()) return traits_type::eof();
  setg(utf8_.data(), utf8_.data(), utf8_.data() + utf8_.size());
  return traits_type::to_int_type(*gptr());
}

}  // namespace returns
