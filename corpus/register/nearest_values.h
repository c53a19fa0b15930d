// The values a typed one is likely a slip for ("Dovr" → "Dover", "2014-3"
// → "2014-03"), for "did you mean" in messages.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

// Up to `n` of `known` nearest to `value` (by edit distance over the values'
// lower-case ASCII keys; ties in `known`'s order), only those near enough to
// be a likely slip: at most a third of the longer key, or one holding the other.
std::vector<std::string> NearestValues(std::string_view value, const std::vector<std::string>& known, size_t n = 3);

}  // namespace returns
