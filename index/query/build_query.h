// A search request as a Xapian query (for search.cpp and selection code in
// index/query only: these speak Xapian): the words parsed as `search`'s
// query syntax (README) by one parser a thread — filter fields, attribute
// fields, the register's names for a collaborative, every word stemmed
// whatever its case — and the request's filters ANDed on.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "index/query/search.h"
#include "index/store/index_reader.h"

namespace returns {

// The Xapian query of a request — its words parsed, its filters ANDed on —
// and the terms and wildcard stems to highlight. May throw Xapian::Error
// (callers catch it).
struct BuiltQuery {
  // Every comment; not a copy of Xapian::Query::MatchAll, a static whose
  // reference count (not atomic) would be shared by every thread's query.
  Xapian::Query query{std::string()};
  std::set<std::string> terms;
  std::vector<std::string> wildcards;
};

// Wildcards are expanded against the databases' vocabulary (wildcards.h).
Result<BuiltQuery> BuildQuery(const IndexReader& index, const SearchRequest& request);

// English, as the index was written (TextTerms, document_codec.h). Xapian's stemmer
// keeps state while it stems: one per thread, never shared.
const Xapian::Stem& ThreadStemmer();

}  // namespace returns
