// A hash that is the same on every machine and in every run (FNV-1a, 64
// bits): which shard a return goes to, and the short form of a term too long
// for Xapian. Not for security. Thread-safe; header-only.
#pragma once

#include <cstdint>
#include <string_view>

namespace returns {

inline uint64_t StableHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace returns
