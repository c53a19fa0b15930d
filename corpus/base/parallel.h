// Running fn(0) … fn(n-1) on `jobs` threads, each on a contiguous range.
// Callers write results into slot i, so output order never depends on
// scheduling: the same input gives byte-identical output for any `jobs`.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace returns {

template <typename Fn>
void ParallelFor(size_t n, int jobs, Fn fn) {
  const size_t threads = std::min<size_t>(static_cast<size_t>(std::max(jobs, 1)), n);
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) fn(i);
    });
  }
  for (std::thread& th : pool) th.join();
}

// Runs `first()` on the calling thread while fn(0) … fn(n-1) start on
// jobs - 1 other threads; when `first` returns, the calling thread joins in.
// Indices go out `chunk` at a time to whichever thread is free, so items of
// uneven cost keep every thread busy to the end. Returns when all are done.
// For work that must be done in order on one thread (reading the next
// batch) beside work that may be split (tagging this one), on no more than
// `jobs` threads. Callers write results into slot i, as with ParallelFor.
template <typename First, typename Fn>
void ParallelForAlongside(size_t n, int jobs, First first, Fn fn, size_t chunk = 8) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t from; (from = next.fetch_add(chunk, std::memory_order_relaxed)) < n;) {
      for (size_t i = from; i < std::min(n, from + chunk); ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < jobs; ++t) pool.emplace_back(work);
  first();
  work();
  for (std::thread& th : pool) th.join();
}

// Threads this machine has (at least 1): what --jobs 0 means.
inline int AllCores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace returns
