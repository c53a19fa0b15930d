#include "corpus/base/parallel.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

TEST_CASE("ParallelForAlongside: every index once, `first` once on the calling thread, for any jobs",
          "[base][parallel]") {
  for (const int jobs : {1, 2, 3, 8}) {
    for (const size_t n : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{9}, size_t{1000}}) {
      INFO("jobs " << jobs << ", n " << n);
      std::vector<std::atomic<int>> seen(n);
      int firsts = 0;
      std::thread::id first_on;
      returns::ParallelForAlongside(
          n, jobs,
          [&] {
            ++firsts;
            first_on = std::this_thread::get_id();
          },
          [&](size_t i) { ++seen[i]; });
      CHECK(firsts == 1);
      CHECK(first_on == std::this_thread::get_id());
      for (size_t i = 0; i < n; ++i) CHECK(seen[i] == 1);
    }
  }
}

TEST_CASE("ParallelForAlongside: the other threads work while `first` runs, and the calling thread joins after",
          "[base][parallel]") {
  // `first` waits until another thread has done an item: it would wait for
  // ever if the items waited for `first`.
  std::atomic<size_t> done{0};
  std::set<std::thread::id> workers;
  std::mutex m;
  const auto caller = std::this_thread::get_id();
  bool caller_worked = false;
  returns::ParallelForAlongside(
      400, 2,
      [&] {
        while (done == 0) std::this_thread::yield();
      },
      [&](size_t) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        std::lock_guard<std::mutex> lock(m);
        workers.insert(std::this_thread::get_id());
        caller_worked = caller_worked || std::this_thread::get_id() == caller;
        ++done;
      });
  CHECK(done == 400);
  CHECK(workers.size() == 2);
  CHECK(caller_worked);
}
