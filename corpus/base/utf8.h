// UTF-8 validation and NFC normalisation of whole inputs (ICU).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

// OK when `bytes` is well-formed UTF-8; otherwise InvalidInput naming
// `source`, the line and the byte offset of the first bad sequence.
Status CheckUtf8(std::string_view bytes, const std::string& source);

// `bytes` as valid UTF-8 for a message: each byte of a bad sequence shown as
// \xNN ("caf\xE9.csv"), the rest as it is.
std::string ShowInvalidBytes(std::string_view bytes);

// `bytes` as valid UTF-8 for a rejects file: each bad sequence replaced by
// U+FFFD, the rest as it is.
std::string RepairUtf8(std::string_view bytes);

// At most `n` bytes of valid UTF-8 `s`, cut back to a whole character.
std::string Utf8Prefix(std::string_view s, size_t n);

// Unicode NFC. REQUIRES: valid UTF-8.
std::string ToNfc(std::string_view utf8);

// Number of code points in valid UTF-8.
size_t CodePointCount(std::string_view utf8);

}  // namespace returns
