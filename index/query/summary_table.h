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

#include <vector>

#include "index/query/facet_table.h"
#include "index/query/summary.h"

namespace returns {

Summary SummariseTable(const FacetTable& table, const std::vector<unsigned>& docids, const std::vector<ThemeLabel>& themes,
                       SummaryDimension by, bool cooccurrence, bool listed_only = false);

}  // namespace returns
