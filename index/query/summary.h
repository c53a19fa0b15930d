// Theme frequency summaries of a selection of comments: for each theme, the
// comments, returns and distinct collaboratives that mention it, the share of
// the selection's collaboratives, and done versus pending mentions — overall
// and crossed with one dimension (question, district, collaborative, round);
// optionally the theme × theme co-occurrence of comments sharing both. The
// comments with no theme are counted too, under kNoThemeId ("none").
// Pure computation; thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"

namespace returns {

enum class SummaryDimension { kNone, kQuestion, kDistrict, kCollaborative, kRound };

struct ThemeLabel {
  std::string id;
  std::string label;
};

struct ThemeCounts {
  unsigned comments = 0;
  unsigned returns = 0;
  unsigned collaboratives = 0;
  unsigned pending = 0;  // comments where the theme is only pending
  double collaborative_share = 0;  // of the collaboratives in the selection (or in the dimension's cell)
};

struct SelectionTotals {
  unsigned comments = 0, returns = 0, collaboratives = 0;
};

struct Summary {
  std::vector<ThemeLabel> themes;  // lexicon order; themes no comment mentions are kept (zero rows)
  SelectionTotals totals;
  std::map<std::string, ThemeCounts> overall;  // by theme id, and kNoThemeId: comments with no theme
  SummaryDimension by = SummaryDimension::kNone;
  std::vector<std::string> by_values;  // sorted (questions numerically)
  std::map<std::string, SelectionTotals> by_totals;
  std::map<std::string, std::map<std::string, ThemeCounts>> by_counts;  // value → theme → counts
  std::map<std::string, std::map<std::string, unsigned>> cooccurrence;  // theme → theme → comments
};

Summary Summarise(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                  SummaryDimension by, bool cooccurrence);

// For those that compute a Summary (summary_table.h too): sorts s.by_values
// as a summary lists them (as text; questions by number), and sets every
// pair of s.themes to 0 in s.cooccurrence.
void SortDimensionValues(Summary& s);
void ZeroCooccurrence(Summary& s);

// "question", "district", … ; the value of a comment for the dimension.
std::string DimensionName(SummaryDimension by);
std::string DimensionValue(const CommentRecord& c, SummaryDimension by);
// What a table or a heading shows for a value: the value, or "(no district)"
// for the comments whose return gave none (csv and json keep the value "").
std::string DimensionValueShown(SummaryDimension by, const std::string& value);

}  // namespace returns
