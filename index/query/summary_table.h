// The theme frequency summary of a selection (summary.h) computed from a
// facet table's rows (facet_table.h) instead of the comments themselves:
// the same Summary, number for number, as Summarise over the same comments
// (the test compares them on every dimension), in a pass over a few
// integers a comment — the web page's summary and theme pages on a large
// index. `docids` are the selection's documents (SelectDocids, search.h);
// docids the table has no row for are left out. With `listed_only`, themes
// not in `themes` are not counted (their rows are missing; every other
// number is the same): less work a comment, for a page about one theme.
// Pure computation; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "index/query/facet_table.h"
#include "index/query/search.h"
#include "index/query/summary.h"

namespace returns {

Summary SummariseTable(const FacetTable& table, const std::vector<unsigned>& docids, const std::vector<ThemeLabel>& themes,
                       SummaryDimension by, bool cooccurrence, bool listed_only = false);
// The same, a Summary for each dimension, in one pass over the rows (what
// the dimensions share — the selection, its themes, its order by return and
// by collaborative — done once). Ascending docids read the table in order:
// faster than appendix order for the same numbers.
std::vector<Summary> SummariseTable(const FacetTable& table, const std::vector<unsigned>& docids,
                                   const std::vector<ThemeLabel>& themes, const std::vector<SummaryDimension>& dimensions,
                                   bool cooccurrence, bool listed_only = false);

// For a one-off summary: when the request selects more than a twelfth of
// the database's comments, its summary from a facet table built for it
// (reading every comment's two values costs about what reading a twelfth of
// the comments whole does); nullopt when it selects fewer, for the caller to
// read them (Select, Summarise) — the same numbers either way. Fails as
// SelectDocids and FacetTable::Build do.
Result<std::optional<Summary>> SummariseLargeSelection(const IndexReader& index, const SearchRequest& request,
                                                       const std::vector<ThemeLabel>& themes, SummaryDimension by,
                                                       bool cooccurrence);

}  // namespace returns
