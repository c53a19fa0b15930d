// Reading back an answer as `returns appendix` writes its comments: each a
// quotation “…”, after the heading it sat under and a colon —
//
//   Priority 1: Improve writing › PROGRESS: “Moderation of writing across…”
//
// — so that an appendix we wrote, printed to PDF and extracted, reads back to
// the same comments and headings. The writer adds the colon after a heading
// unless it has one (a colon label such as "PROGRESS:"), and the reader takes
// it off again on the same rule (IsColonLabelHeading). Pure; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "corpus/text/segment.h"

namespace returns {

// The comments when every paragraph of the answer is one quotation (after its
// heading), else nullopt. A paragraph ends at a line that ends with ”.
std::optional<SegmentedAnswer> SegmentQuotedAnswer(const std::vector<AnswerLine>& lines);

}  // namespace returns
