// A selection: every comment that matches a query and filters, in appendix
// order (district, collaborative, return, position) — the input of
// summaries, appendices and quote picking.
#pragma once

#include <vector>

#include "corpus/base/status.h"
#include "index/query/facet_table.h"
#include "index/query/search.h"

namespace returns {

// `request.limit` and `request.offset` are ignored: the whole match set is returned.
Result<std::vector<CommentRecord>> Select(const IndexReader& index, SearchRequest request);

// The comments of documents `docids` (SelectDocids, search.h), in that order.
Result<std::vector<CommentRecord>> ReadComments(const IndexReader& index, const std::vector<unsigned>& docids);

// Up to `count` of `docids`, spread over their collaboratives: each
// collaborative's in appendix order, taken in turn, one from each, until
// `count` are taken; returned in appendix order. By the facet table's rows.
std::vector<unsigned> SpreadOverCollaboratives(const FacetTable& table, const std::vector<unsigned>& docids, size_t count);

// Describes the filters and query of a selection in words ("theme moderation,
// district Dover"): a Kent district as the register spells it, whatever the
// case typed ("dover" → "Dover"), with the name typed beside it when that is
// another name of it ("district Shepway (Folkestone & Hythe)").
std::string DescribeSelection(const SearchRequest& request);

}  // namespace returns
