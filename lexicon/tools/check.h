// Checking a lexicon before use: every problem at once, as a compiler would
// report them ("file:line: error: …"), not just the first.
// Errors: text a lexicon may not hold (lexicon_text.h: a string that is not
// UTF-8 or holds NUL or control characters, an id that is not a theme id, a
// pattern using \C), an invalid RE2 pattern (rule, exclusion or pending cue), a malformed
// NEAR rule, a duplicate theme id, a theme without rules, an unknown parent,
// a parent cycle. In the file's line order, as a compiler lists them.
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "lexicon/codebook/lexicon.h"

namespace returns {

struct LexiconProblem {
  bool error = true;     // else a warning
  std::string message;   // "file:line: error: …"
  int line = 0;          // the line of the file, 0 when none
};

std::vector<LexiconProblem> CheckLexicon(const Lexicon& lexicon);

}  // namespace returns
