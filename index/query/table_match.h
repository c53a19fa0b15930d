// Which comments a query of filters alone matches, read from the facet table
// (facet_table.h) instead of the index: "every comment on moderation in
// Dover" is a theme and a district, and each row of the table names its
// comment's district, collaborative, question, round, themes and pending
// themes. Each filter is decided once for each distinct place and each
// distinct set of themes the table holds, from the places and sets that
// have its terms (FacetTable::having_term). Then, when one side keeps under
// a quarter of the comments ("district:Dover"), only its groups' comments
// are read (FacetTable::at_place, with_themes), each checked against the
// other side and marked in a bit a docid, read back in docid order;
// otherwise one pass over every row, with no branch on the data.
// On 1,000,000 generated comments a whole search of a theme and a district
// (no facets) takes about 2 ms, where one pass over every row with a branch
// took 9 and reading two long posting lists 25.
//
//   if (std::optional<std::vector<unsigned>> d = MatchesInTable(table, query)) ...  // else read the postings
//
// Understood: a conjunction (OP_AND, OP_FILTER; OP_SCALE_WEIGHT and
// OP_AND_MAYBE's left side looked through) of filters on district,
// collaborative, question, round (XD, XC, XQ, XR), theme and pending theme
// (XT, XP, XTnone), each a term or an OR of terms of one side (place or
// themes: a collaborative and its register names), and NOT of such a
// filter (OP_AND_NOT). A document has the filter terms document_codec.cpp
// gives it, and this decides membership the same way. Anything else — a
// word, a lead school, an attribute, a return — gives nullopt. A query
// understood here has no weight (its terms are filters): its matches are
// listed in appendix order, as Xapian ranks weightless matches by the sort
// key. Plain functions; thread-safe.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

#include "index/query/facet_table.h"

namespace returns {

// The docids, ascending, of every comment in `table` that `query` matches;
// nullopt when the query has a part this does not understand (above).
std::optional<std::vector<unsigned>> MatchesInTable(const FacetTable& table, const Xapian::Query& query);

}  // namespace returns
