// A selection: every comment that matches a query and filters, in appendix
// order (district, collaborative, return, position) — the input of
// summaries, appendices and quote picking.
#pragma once

#include <vector>

#include "corpus/base/status.h"
#include "index/query/search.h"

namespace returns {

// `request.limit` and `request.offset` are ignored: the whole match set is returned.
Result<std::vector<CommentRecord>> Select(const IndexReader& index, SearchRequest request);

// Describes the filters and query of a selection in words ("theme moderation, district Dover").
std::string DescribeSelection(const SearchRequest& request);

}  // namespace returns
