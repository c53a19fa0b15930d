#include "pipeline/cli/progress.h"

#include <unistd.h>

#include <iostream>

namespace returns {

ProgressBar::ProgressBar(std::string unit, uintmax_t total, uintmax_t worth_showing)
    : unit_(std::move(unit)), total_(total), enabled_(total > 0 && total >= worth_showing && isatty(STDERR_FILENO)) {}

void ProgressBar::Update(uintmax_t done) {
  if (!enabled_) return;
  const int percent = static_cast<int>(100 * done / total_);
  if (percent == last_percent_) return;
  last_percent_ = percent;
  constexpr int kWidth = 30;
  const int filled = kWidth * percent / 100;
  std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#') << std::string(static_cast<size_t>(kWidth - filled), ' ')
            << "] " << percent << "% of " << total_ << " " << unit_ << (done >= total_ ? "\n" : "") << std::flush;
}

}  // namespace returns
