// Counts in words, as a reader expects them: "1 collaborative", "43
// collaboratives", "1 comment". Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

// "1 comment", "2 comments"; `plural` when the plural is not singular + "s".
std::string Counted(size_t n, std::string_view singular, std::string_view plural = {});

// The word alone: `singular` for 1, else the plural.
std::string Noun(size_t n, std::string_view singular, std::string_view plural = {});

}  // namespace returns
