// Picking the most typical comments for a theme — what a report writer
// would quote to illustrate it:
//   score = focus + 0.5 × min(matches, 2) + length − pending, where
//   focus   = the theme's share of all theme matches in the comment (a passing
//             mention among many themes scores low),
//   matches = the theme's matches in the comment,
//   length  = 1 for 60–300 characters, 0.5 for 30–59 or 301–500, else 0,
//   pending = 0.5 when the theme is only pending there.
// Then, best first, one comment per collaborative, skipping near-duplicates
// of a comment already picked (word-set Jaccard ≥ 0.6); if that leaves fewer
// than K, further comments of already-used collaboratives fill up, best first.
// Ties keep appendix order. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/model/comment_record.h"

namespace returns {

struct Quote {
  const CommentRecord* comment = nullptr;
  double score = 0;
};

double TypicalityScore(const CommentRecord& c, const std::string& theme);

std::vector<Quote> PickTypicalQuotes(const std::vector<CommentRecord>& comments, const std::string& theme, size_t count);

}  // namespace returns
