#include "corpus/base/utf8.h"

#include <unicode/bytestream.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>

namespace returns {

Status CheckUtf8(std::string_view bytes, const std::string& source) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  int line = 1;
  while (i < length) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      char detail[96];
      std::snprintf(detail, sizeof detail, "invalid UTF-8 at byte offset %d (byte 0x%02X)",
                    at, static_cast<unsigned>(s[at]));
      return Status::InvalidInput(source + ":" + std::to_string(line), detail);
    }
    if (c == '\n') ++line;
  }
  return Status::OK();
}

std::string ToNfc(std::string_view utf8) {
  bool ascii = true;  // ASCII is NFC as it stands: the common case, checked without ICU
  for (unsigned char c : utf8) ascii = ascii && c < 0x80;
  if (ascii) return std::string(utf8);
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return std::string(utf8);
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) return std::string(utf8);
  error = U_ZERO_ERROR;
  std::string result;
  icu::StringByteSink<std::string> sink(&result);
  nfc->normalizeUTF8(0, piece, sink, nullptr, error);
  if (U_FAILURE(error)) return std::string(utf8);
  return result;
}

std::string Utf8Prefix(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n));
}

namespace {

// `bytes` with each bad sequence's bytes handed to `bad` to write instead.
template <typename Bad>
std::string Rebuild(std::string_view bytes, Bad bad) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) out.append(bytes.data() + at, static_cast<size_t>(i - at));
    else bad(std::string_view(bytes.data() + at, static_cast<size_t>(i - at)), out);
  }
  return out;
}

}  // namespace

std::string ShowInvalidBytes(std::string_view bytes) {
  return Rebuild(bytes, [](std::string_view sequence, std::string& out) {
    for (unsigned char b : sequence) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(b));
      out += hex;
    }
  });
}

std::string RepairUtf8(std::string_view bytes) {
  return Rebuild(bytes, [](std::string_view, std::string& out) { out += "\xEF\xBF\xBD"; });
}

size_t CodePointCount(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace returns
