// Internal to the lexicon library: terms by the hash of their word or glob
// prefix, laid flat for the word phase (tag_phases.h). Open addressing in
// one array: a probe reads a slot or two, where a node-based map reads a
// bucket, a node and the node's vector (measured: those loads were where
// the word phase waited). Immutable once built; thread-safe to read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace returns {
namespace internal {

class TermTable {
 public:
  // Notes `term` under hash `h`; a hash may hold several terms.
  void Add(uint64_t h, uint32_t term) { added_.push_back({h, term}); }

  // Lays out what was added; call once, after the last Add.
  void Build() {
    size_t size = 16;
    while (size < 2 * added_.size()) size *= 2;  // at most half full: probes stay short
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const Slot& a : added_) {
      size_t i = Home(a.hash);
      while (slots_[i].term != kEmpty) i = (i + 1) & mask_;
      slots_[i] = a;  // after every earlier term of its hash: ForEach keeps the order added
    }
  }

  // Calls fn(term) for each term added under `h`, in the order added.
  template <typename Fn>
  void ForEach(uint64_t h, Fn fn) const {
    if (slots_.empty()) return;
    for (size_t i = Home(h); slots_[i].term != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].hash == h) fn(slots_[i].term);
    }
  }

 private:
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  struct Slot {
    uint64_t hash = 0;
    uint32_t term = kEmpty;
  };
  size_t Home(uint64_t h) const { return static_cast<size_t>(h ^ (h >> 29)) & mask_; }

  std::vector<Slot> added_, slots_;
  size_t mask_ = 0;
};

}  // namespace internal
}  // namespace returns
