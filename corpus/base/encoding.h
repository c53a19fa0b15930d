// Converting input bytes to UTF-8 with ICU's converters (Windows-1252,
// Latin-1, …). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

// `encoding` as ICU names it ("windows-1252", "latin1", "utf-8"); UTF-8 input
// is returned unchanged. Fails on an unknown encoding name.
Result<std::string> ToUtf8(std::string_view bytes, const std::string& encoding, const std::string& source);

}  // namespace returns
