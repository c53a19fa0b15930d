// Pending marks: does a theme hit sit in a clause saying the work has not
// happened yet? A clause runs between . ! ? ; and line breaks (dashes do not
// end one: "Helping my Child to learn Training – Still to be finalised").
// Cues follow the codebook: not yet, yet to be achieved, has not happened,
// postponed, still to be finalised, no progress has been made, planned or
// booked or to be delivered later, being explored or considered, ready to go,
// candidates/coaches identified, next term/year.
// Immutable after construction; thread-safe.
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace returns {

class PendingCues {
 public:
  PendingCues();
  ~PendingCues();
  PendingCues(const PendingCues&) = delete;
  PendingCues& operator=(const PendingCues&) = delete;

  // For each byte span of `text`: is it in a clause with a pending cue?
  std::vector<bool> Mark(std::string_view text, const std::vector<std::pair<size_t, size_t>>& spans) const;

  // Byte spans of the cues themselves (for tests and --show).
  std::vector<std::pair<size_t, size_t>> Cues(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> cue_;
};

}  // namespace returns
