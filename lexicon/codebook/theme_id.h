// Theme ids: what a theme is called in output, index terms and queries.
//
// A theme id is what ThemeId makes of a name — lower-case ASCII letters and
// digits, in runs joined by single '_' ("learning_walks") — or such ids joined
// by '.' (a WordStat category qualified by its parent's id:
// "school_improvement.governance"). Nothing else is a theme id: no capitals,
// spaces, hyphens, control characters, NUL bytes or other characters, and not
// the empty string. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace returns {

// A theme id from a category name: lower case, runs of other characters as
// '_'. "Learning Walks" → "learning_walks". Empty when the name has no ASCII
// letter or digit.
std::string ThemeId(std::string_view name);

// True when `id` is a theme id (above).
bool IsThemeId(std::string_view id);

// The ids an importer has given so far (WordStat, quanteda: nested
// categories), and for each qualified id the next number to try.
struct ThemeIds {
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, int> next_number;
};

// A nested category's id: its own when free, else qualified by its parent's
// ("school_improvement.governance"), else numbered (a second category of that
// name under that parent: "school_improvement.governance_2"). The caller
// inserts the id it keeps into `ids.taken`. Hash lookups, so that import
// stays linear however often names repeat.
std::string DistinctThemeId(const std::string& own, const std::string& parent, ThemeIds& ids);

// The theme id no theme may have: the index files a comment with no theme
// under it, so that `theme:none` finds such comments (and `NOT theme:none`
// the others). A lexicon that names a theme so is refused (lexicon_text.h).
inline constexpr const char* kNoThemeId = "none";

}  // namespace returns
