#include "corpus/intake/seen_returns.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace returns {
namespace {

constexpr size_t kEntryBytes = 12;  // a fingerprint and a line, as written out
constexpr size_t kIndexed = 256;    // returns of a run per fingerprint kept in memory
constexpr size_t kFilterBits = 16;  // per return

// The split-block Bloom filter of Apache Parquet (and Impala): a block of
// eight 32-bit words, one bit set in each, chosen by these odd numbers.
constexpr uint32_t kSalt[8] = {0x47b6137bU, 0x44974d91U, 0x8824ad5bU, 0xa2b7289dU,
                               0x705495c7U, 0x2df1424bU, 0x9efc4947U, 0x5c6bfb31U};

size_t Block(uint64_t fp, size_t blocks) { return static_cast<size_t>(((fp >> 32) * blocks) >> 32); }

void FilterAdd(std::vector<uint32_t>& filter, uint64_t fp) {
  uint32_t* words = filter.data() + 8 * Block(fp, filter.size() / 8);
  const auto key = static_cast<uint32_t>(fp);
  for (int i = 0; i < 8; ++i) words[i] |= 1u << ((key * kSalt[i]) >> 27);
}

bool FilterMayHold(const std::vector<uint32_t>& filter, uint64_t fp) {
  const uint32_t* words = filter.data() + 8 * Block(fp, filter.size() / 8);
  const auto key = static_cast<uint32_t>(fp);
  for (int i = 0; i < 8; ++i) {
    if (!(words[i] & (1u << ((key * kSalt[i]) >> 27)))) return false;
  }
  return true;
}

uint64_t FpAt(const char* entry) {
  uint64_t fp;
  std::memcpy(&fp, entry, 8);
  return fp;
}

}  // namespace

SeenReturns::SeenReturns(size_t run) : run_(std::max<size_t>(run, 4)) {}

SeenReturns::~SeenReturns() {
  if (file_) std::fclose(file_);
}

// FNV-1a over round, a separator and id, then mixed (SplitMix64's finaliser)
// so every bit depends on every byte; never 0.
uint64_t SeenReturns::Fingerprint(std::string_view round, std::string_view id) {
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

// A line of the run: the file's first line counted after the last line seen
// of every file before it. Past 2³² lines, the last number (the location in a
// message is then wrong; the check is not).
uint32_t SeenReturns::Global(Where w) {
  while (bases_.size() <= w.file) bases_.push_back(bases_.empty() ? 0 : next_base_);
  const uint64_t g = bases_[w.file] + static_cast<uint64_t>(std::max(w.line, 0));
  next_base_ = std::max(next_base_, g + 1);
  return static_cast<uint32_t>(std::min<uint64_t>(g, UINT32_MAX));
}

SeenReturns::Where SeenReturns::Local(uint32_t g) const {
  const size_t f = static_cast<size_t>(std::upper_bound(bases_.begin(), bases_.end(), g) - bases_.begin()) - 1;
  return {static_cast<uint32_t>(f), static_cast<int32_t>(g - bases_[f])};
}

bool SeenReturns::Insert(std::string_view round, std::string_view id, Where where, Where& first) {
  const uint64_t fp = Fingerprint(round, id);
  const uint32_t at = Global(where);
  if (fps_.empty()) {
    fps_.assign(run_ * 2, 0);
    lines_.assign(run_ * 2, 0);
  }
  const size_t mask = fps_.size() - 1;
  size_t i = fp & mask;
  for (; fps_[i] != 0; i = (i + 1) & mask) {
    if (fps_[i] == fp) {
      first = Local(lines_[i]);
      return false;
    }
  }
  uint32_t line;
  if (FindInRuns(fp, line)) {
    first = Local(line);
    return false;
  }
  fps_[i] = fp;
  lines_[i] = at;
  ++size_;
  if (++count_ == run_) WriteRun();
  return true;
}

bool SeenReturns::FindInRuns(uint64_t fp, uint32_t& line) const {
  for (const Run& run : runs_) {
    if (FilterMayHold(run.filter, fp) && FindInRun(run, fp, line)) return true;
  }
  return false;
}

bool SeenReturns::FindInRun(const Run& run, uint64_t fp, uint32_t& line) const {
  const size_t j = static_cast<size_t>(std::upper_bound(run.index.begin(), run.index.end(), fp) - run.index.begin());
  if (j == 0) return false;
  const size_t from = (j - 1) * kIndexed, n = std::min(kIndexed, run.count - from);
  char buffer[kIndexed * kEntryBytes];
  const char* entries = buffer;
  if (run.bytes.empty()) {
    const auto at = static_cast<off_t>(run.offset + from * kEntryBytes);
    if (pread(fileno(file_), buffer, n * kEntryBytes, at) != static_cast<ssize_t>(n * kEntryBytes)) return false;
  } else {
    entries = run.bytes.data() + from * kEntryBytes;
  }
  size_t lo = 0, hi = n;  // binary search in the block
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const uint64_t at = FpAt(entries + mid * kEntryBytes);
    if (at == fp) {
      std::memcpy(&line, entries + mid * kEntryBytes + 8, 4);
      return true;
    }
    if (at < fp) lo = mid + 1; else hi = mid;
  }
  return false;
}

// The table, sorted, becomes a run: written to the file (or kept, when there
// is none), its filter and index kept; the table is emptied.
void SeenReturns::WriteRun() {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(count_);
  for (size_t i = 0; i < fps_.size(); ++i) {
    if (fps_[i] != 0) entries.emplace_back(fps_[i], lines_[i]);
  }
  std::sort(entries.begin(), entries.end());
  Run run;
  run.count = entries.size();
  run.filter.assign(8 * std::max<size_t>(1, run.count * kFilterBits / 256), 0);
  std::string bytes(run.count * kEntryBytes, '\0');
  for (size_t k = 0; k < run.count; ++k) {
    FilterAdd(run.filter, entries[k].first);
    if (k % kIndexed == 0) run.index.push_back(entries[k].first);
    std::memcpy(bytes.data() + k * kEntryBytes, &entries[k].first, 8);
    std::memcpy(bytes.data() + k * kEntryBytes + 8, &entries[k].second, 4);
  }
  if (!file_ && !no_file_) {
    file_ = std::tmpfile();  // deleted already: gone when the process ends
    no_file_ = file_ == nullptr;
  }
  bool written = false;
  if (file_ && !no_file_) {
    written = std::fwrite(bytes.data(), 1, bytes.size(), file_) == bytes.size() && std::fflush(file_) == 0;
    if (written) {
      run.offset = file_size_;
      file_size_ += bytes.size();
    } else {  // a full disk: this and later runs in memory, what is in the file still read from it
      std::clearerr(file_);
      no_file_ = true;
    }
  }
  if (!written) run.bytes = std::move(bytes);
  runs_.push_back(std::move(run));
  std::fill(fps_.begin(), fps_.end(), 0);
  count_ = 0;
}

}  // namespace returns
