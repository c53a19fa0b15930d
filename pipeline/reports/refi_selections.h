// The selections a REFI-QDA export codes in one comment: one per theme and
// stretch of text, however many rules matched inside it. "Trust", "Trust
// between" and "Trust between heads" (three rules of one theme) are one
// selection, "Trust between heads", so a QDA tool counts one coding
// reference, as a coder would have made; the appendix marks it once too.
// Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "corpus/model/tagging.h"

namespace returns::refi {

struct CodedSpan {
  std::string theme;
  size_t start = 0, end = 0;       // byte span in the comment's text
  std::vector<std::string> rules;  // the rules that matched in it, by where they start, each once
  bool pending = false;            // every match in it pending (the codebook: nothing of it has happened)
  size_t first_match = 0;          // index of its first match in `matches`: a stable key
};

// The theme's matches that overlap or touch, merged; ordered by start, then
// theme (the matches' own order).
std::vector<CodedSpan> CodedSpans(const std::vector<ThemeMatch>& matches);

}  // namespace returns::refi
