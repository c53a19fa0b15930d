// What tagging adds to a comment: the themes the lexicon found in its text,
// those only planned (pending), and every match as evidence. Plain values,
// made by lexicon/matcher and carried by the comment record.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace returns {

struct ThemeMatch {
  std::string theme;  // theme id
  std::string rule;   // the rule that fired (lexicon RuleName())
  size_t start = 0;   // byte span in the tagged text
  size_t end = 0;
  std::string text;   // the words matched
  bool pending = false;
};

struct Tagging {
  std::vector<ThemeMatch> matches;  // by position, then theme
  std::vector<std::string> themes;  // ids, sorted, each once; ancestors of a matched theme included
  std::vector<std::string> pending; // ids of themes all of whose matches are pending, sorted
};

}  // namespace returns
