// A set of string keys in little memory, for "seen before in this run?"
// over runs of any size: each key is kept as a 128-bit hash (two independent
// 64-bit hashes; a false "seen" needs both to collide, about 1 in 10^29 per
// pair) with a 64-bit value, 24 bytes a key (48 while merging) instead of a
// string in a tree.
// Recent keys sit in a small hash table, merged now and then into one sorted
// array.
//
// Not thread-safe; header-only.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace returns {

class KeySet {
 public:
  // Adds `key` with `value` when new (true); otherwise false and `*first`,
  // when given, gets the value it was added with.
  bool Insert(std::string_view key, uint64_t value, uint64_t* first = nullptr) {
    const Hash h = Of(key);
    if (const auto it = recent_.find(h); it != recent_.end()) {
      if (first) *first = it->second;
      return false;
    }
    const auto at = std::lower_bound(sorted_.begin(), sorted_.end(), Entry{h, 0});
    if (at != sorted_.end() && at->hash == h) {
      if (first) *first = at->value;
      return false;
    }
    recent_.emplace(h, value);
    if (recent_.size() >= kRecent) Merge();
    return true;
  }
  size_t size() const { return sorted_.size() + recent_.size(); }

 private:
  struct Hash {
    uint64_t a, b;
    bool operator==(const Hash& o) const { return a == o.a && b == o.b; }
    bool operator<(const Hash& o) const { return a != o.a ? a < o.a : b < o.b; }
  };
  struct HashOfHash {
    size_t operator()(const Hash& h) const { return static_cast<size_t>(h.a); }
  };
  struct Entry {
    Hash hash;
    uint64_t value;
    bool operator<(const Entry& o) const { return hash < o.hash; }
  };
  static constexpr size_t kRecent = 1 << 16;

  static Hash Of(std::string_view key) {
    uint64_t fnv = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : key) fnv = (fnv ^ c) * 1099511628211ull;
    return {fnv, static_cast<uint64_t>(std::hash<std::string_view>{}(key))};
  }

  void Merge() {
    std::vector<Entry> batch;
    batch.reserve(recent_.size());
    for (const auto& [h, v] : recent_) batch.push_back({h, v});
    std::sort(batch.begin(), batch.end());
    // Into an array of exactly the size needed: no spare capacity kept, and
    // at most the old and the new array at once.
    std::vector<Entry> merged;
    merged.reserve(sorted_.size() + batch.size());
    std::merge(sorted_.begin(), sorted_.end(), batch.begin(), batch.end(), std::back_inserter(merged));
    sorted_.swap(merged);
    recent_.clear();
  }

  std::vector<Entry> sorted_;
  std::unordered_map<Hash, uint64_t, HashOfHash> recent_;
};

}  // namespace returns
