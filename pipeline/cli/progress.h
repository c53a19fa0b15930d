// A progress bar on stderr, for people: drawn only when stderr is a terminal
// and the work is large enough to wait for. Machine output is never touched.
#pragma once

#include <cstdint>
#include <string>

namespace returns {

class ProgressBar {
 public:
  // `unit` names what is counted ("MB", "comments"); the bar shows when
  // stderr is a terminal and `total` ≥ `worth_showing`.
  ProgressBar(std::string unit, uintmax_t total, uintmax_t worth_showing);
  void Update(uintmax_t done);  // redraws at most once per percent

 private:
  std::string unit_;
  uintmax_t total_;
  bool enabled_;
  int last_percent_ = -1;
};

}  // namespace returns
