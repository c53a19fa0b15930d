// One comment as the index stores it: what search filters on and what
// results display, with its tags. Plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lexicon/matcher/matcher.h"

namespace returns {

struct IndexedComment {
  std::string comment_id;
  std::string return_id;
  std::string round;  // "" when the batch has none
  std::string district;
  std::string collaborative;            // as written
  std::string collaborative_canonical;  // falls back to as written
  std::vector<std::string> lead_schools;
  int question = 0;
  std::optional<std::string> heading;
  std::string text;
  int position = 0;
  std::string source;
  int line = 0;
  Tagging tagging;
};

}  // namespace returns
