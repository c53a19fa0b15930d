// Which documents a query matches, read straight from the postings (for
// facet_counts.cpp: search's match pass). Counting facets exactly needs every
// match's docid; asking Xapian's matcher for them (a spy on an Enquire) costs
// a Document object and a virtual call a match — 70 ms for a word in 600,000
// of 1,000,000 comments (scripts/bench-serve). Most queries people type are
// words and filters joined by AND, OR and NOT, whose matches are set
// operations on the words' posting lists: this reads those lists (skipping
// through a long one where a short one leads) and combines them.
//
//   std::optional<std::vector<unsigned>> d = BooleanMatches(shard, query);
//   if (!d) ...  // the query needs positions or values: ask Xapian
//
// Understood: terms, match-all and match-nothing, OP_AND, OP_FILTER, OP_OR,
// OP_SYNONYM, OP_MAX, OP_AND_NOT, OP_AND_MAYBE (its left side: the right
// only weighs), OP_SCALE_WEIGHT — a wildcard too, which arrives expanded as
// OP_SYNONYM (wildcards.h). Anything else (a phrase, NEAR, a value range,
// an elite set, XOR) anywhere in the query gives nullopt, and the caller
// asks Xapian for the whole query, as before. Thread-compatible:
// one call a thread, each with its own database handle.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

namespace returns {

// True when BooleanMatches answers `query` (every part of it understood).
bool AnsweredFromPostings(const Xapian::Query& query);

// The docids, ascending and this database's own, of every document in `db`
// that `query` matches; nullopt when the query has a part this does not
// understand (above). May throw Xapian::Error.
std::optional<std::vector<unsigned>> BooleanMatches(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace returns
