// The returns a run has read, for the duplicate check: a 64-bit fingerprint
// of each return's round and id, and where it was first read (for the
// message) as one 32-bit number counting lines across the run's files — 12
// bytes a return, in 256 open-addressed tables each kept under 80% full and
// grown one at a time (no moment when the whole set is copied): about 20
// bytes a return on average, 48 MB for 2.4 million returns (a 1 GB CSV of the
// generated corpus). Two different returns share a fingerprint with odds of
// about n²/2⁶⁵ (one in six million at 2.4 million); the later would then be
// refused as a duplicate of the earlier. Not thread-safe.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace returns {

class SeenReturns {
 public:
  struct Where {
    uint32_t file = 0;  // the file's number in the run, counted from 0, never decreasing
    int32_t line = 0;
  };

  // Records a return; false (and where the first was read) when its round
  // and id were recorded before. REQUIRES: `where.file` never decreases
  // from one call to the next.
  bool Insert(std::string_view round, std::string_view id, Where where, Where& first) {
    const uint64_t fp = Fingerprint(round, id);
    const uint32_t at = Global(where);
    Table& t = tables_[fp >> 56];
    if ((t.count + 1) * 5 > t.fps.size() * 4) Grow(t);
    const size_t mask = t.fps.size() - 1;
    for (size_t i = fp & mask;; i = (i + 1) & mask) {
      if (t.fps[i] == 0) {
        t.fps[i] = fp;
        t.lines[i] = at;
        ++t.count;
        ++size_;
        return true;
      }
      if (t.fps[i] == fp) {
        first = Local(t.lines[i]);
        return false;
      }
    }
  }
  size_t size() const { return size_; }

 private:
  struct Table {
    std::vector<uint64_t> fps;     // 0: empty
    std::vector<uint32_t> lines;   // where each was first read (Global)
    size_t count = 0;
  };

  // FNV-1a over round, a separator and id, then mixed (SplitMix64's
  // finaliser) so every bit depends on every byte; never 0.
  static uint64_t Fingerprint(std::string_view round, std::string_view id) {
    uint64_t h = 14695981039346656037ull;
    auto mix = [&h](std::string_view s) {
      for (const unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    };
    mix(round);
    h = (h ^ 0x1f) * 1099511628211ull;
    mix(id);
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h == 0 ? 1 : h;
  }

  // A line of the run: the file's first line counted after the last line
  // seen of every file before it. Past 2³² lines, the last number (the
  // location in a message is then wrong; the check is not).
  uint32_t Global(Where w) {
    while (bases_.size() <= w.file) bases_.push_back(bases_.empty() ? 0 : next_base_);
    const uint64_t g = bases_[w.file] + static_cast<uint64_t>(std::max(w.line, 0));
    next_base_ = std::max(next_base_, g + 1);
    return static_cast<uint32_t>(std::min<uint64_t>(g, UINT32_MAX));
  }
  Where Local(uint32_t g) const {
    const size_t f = static_cast<size_t>(std::upper_bound(bases_.begin(), bases_.end(), g) - bases_.begin()) - 1;
    return {static_cast<uint32_t>(f), static_cast<int32_t>(g - bases_[f])};
  }

  static void Grow(Table& t) {
    Table old = std::move(t);
    const size_t slots = old.fps.empty() ? 64 : old.fps.size() * 2;
    t.fps.assign(slots, 0);
    t.lines.assign(slots, 0);
    t.count = old.count;
    for (size_t k = 0; k < old.fps.size(); ++k) {
      if (old.fps[k] == 0) continue;
      size_t i = old.fps[k] & (slots - 1);
      while (t.fps[i] != 0) i = (i + 1) & (slots - 1);
      t.fps[i] = old.fps[k];
      t.lines[i] = old.lines[k];
    }
  }

  std::array<Table, 256> tables_;
  std::vector<uint64_t> bases_;  // each file's first Global line, by file number
  uint64_t next_base_ = 0;
  size_t size_ = 0;
};

}  // namespace returns
