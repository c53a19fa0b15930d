// Running fn(0) … fn(n-1) on `jobs` threads, each on a contiguous range.
// Callers write results into slot i, so output order never depends on
// scheduling: the same input gives byte-identical output for any `jobs`.
#pragma once

#include <algorithm>
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

// Threads this machine has (at least 1): what --jobs 0 means.
inline int AllCores() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace returns
