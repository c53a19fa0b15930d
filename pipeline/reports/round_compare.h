// Two rounds of returns compared like for like: only the questions both
// rounds asked (the others named as left out); per theme, the share of each
// round's collaboratives mentioning it and the change in percentage points;
// themes new in the later round or gone from it; collaboratives that joined
// or left; and for each collaborative in both rounds, the themes it gained
// and dropped. Written as text, Markdown, CSV, JSON, an HTML page with a
// dumbbell chart (round_compare_html.cpp) or an Excel workbook
// (round_compare_xlsx.cpp).
//
// A collaborative counts in a round when it has a comment on a compared
// question there; shares are of those collaboratives. The change is the
// difference of the two rounded percentages, so 40% → 47% reads +7.
// Pure functions; thread-safe.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"
#include "index/query/summary.h"

namespace returns {

struct RoundThemeChange {
  ThemeLabel theme;
  unsigned collaboratives_a = 0, collaboratives_b = 0;
  double share_a = 0, share_b = 0;
  int change_points = 0;  // Percent(share_b) - Percent(share_a)
};

struct CollaborativeChange {
  std::string collaborative, district;
  std::vector<std::string> gained, dropped;  // theme ids, lexicon order
};

struct RoundComparison {
  std::string a, b;                         // the earlier and the later round, as given
  std::vector<int> questions;               // asked in both: compared
  std::vector<int> only_a, only_b;          // asked in one round only: left out
  SelectionTotals totals_a, totals_b;       // on the compared questions
  std::vector<RoundThemeChange> themes;     // lexicon order
  std::vector<std::string> new_themes;      // mentioned in b, not in a (ids)
  std::vector<std::string> gone_themes;     // mentioned in a, not in b
  std::vector<std::string> joined, left;    // collaboratives in b only, in a only
  std::map<std::string, std::string> district_of;  // of each joined or left collaborative, in its round
  std::vector<CollaborativeChange> changed; // in both rounds with a theme gained or dropped, by name
  unsigned unchanged = 0;                   // in both rounds, the same themes
};

// REQUIRES: a != b. Comments of other rounds are ignored.
RoundComparison CompareRounds(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                              const std::string& a, const std::string& b);

enum class CompareFormat { kText, kMarkdown, kCsv, kJson, kHtml, kXlsx };

// The comparison as the file's bytes; fails only for xlsx. `selection`
// describes any filters besides the rounds ("district Dover"; "" for none).
Result<std::string> ComparisonBytes(const RoundComparison& c, const std::string& selection, CompareFormat format);

// Used by ComparisonBytes.
void WriteComparisonHtml(const RoundComparison& c, const std::string& selection, std::ostream& out);
Result<std::string> ComparisonXlsx(const RoundComparison& c, const std::string& selection);

// The theme's label ("moderation" → "Moderation"); the id when unknown.
std::string ThemeName(const RoundComparison& c, const std::string& id);

// Theme labels joined by `separator` ("Literacy, Moderation"); `none` when
// there are none.
std::string ThemeNames(const RoundComparison& c, const std::vector<std::string>& ids,
                       const std::string& separator = ", ", const std::string& none = "none");

// Names joined by "; " ("RAiD; CATS"), or "none".
std::string NamesOrNone(const std::vector<std::string>& names);

// A change in percentage points as "+5", "−3" (a minus sign), and 0 as `zero` + "0".
std::string SignedPoints(int points, const std::string& zero = "");

// " Left out: question 3 (asked in 2013-03 only); question 4 (asked in
// 2014-03 only)." with its leading space, or "" when nothing was left out.
std::string LeftOut(const RoundComparison& c);

// "questions 2 and 3"; "question 1"; "no question".
std::string QuestionList(const std::vector<int>& questions);

}  // namespace returns
