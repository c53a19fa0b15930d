// Importing a WordStat categorization dictionary (.cat): categories and
// entries in a tab-indented hierarchy; an entry carries a weight in brackets
// ("MODERAT* (1)"), a phrase joins its words with '_' or spaces. A category
// nested in another becomes a theme with that parent. Weights are read and
// not used (a theme either matches or not); WordStat rules with '@'
// (proximity or exclusion syntax) are reported in Lexicon::warnings.
// Pure; thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> ParseWordstatCat(const std::string& text, const std::string& source);

}  // namespace returns
