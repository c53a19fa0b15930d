// Importing a WordStat categorization dictionary (.cat): categories and
// entries in a tab-indented hierarchy; an entry carries a weight in brackets
// ("MODERAT* (1)"), a phrase joins its words with '_' or spaces. Weights are
// read and not used (a theme either matches or not); WordStat rules with '@'
// (proximity or exclusion syntax) are reported in Lexicon::warnings.
//
// A category nested in another becomes a theme with that parent. Its id is
// its name as ThemeId makes it; when an earlier category has that id, it is
// qualified by the parent's id ("school_improvement.governance"), and when a
// second category of that name sits under the same parent, numbered
// ("school_improvement.governance_2"). Top-level categories of one name keep
// one id, which lexicon check reports as a duplicate.
//
// Linear in the size of the text. Pure; thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> ParseWordstatCat(const std::string& text, const std::string& source);

}  // namespace returns
