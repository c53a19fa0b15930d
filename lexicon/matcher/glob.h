// Globs on case-folded tokens: '*' stands for any run of characters.
// Pure; thread-safe.
#pragma once

#include <string_view>

namespace returns {

bool GlobMatch(std::string_view glob, std::string_view text);

// The part before the first '*' (the whole glob when it has none).
std::string_view GlobPrefix(std::string_view glob);

inline bool IsGlob(std::string_view s) { return s.find('*') != std::string_view::npos; }

}  // namespace returns
