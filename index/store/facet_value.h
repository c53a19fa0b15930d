// The facet value: what every facet counts of a comment, packed into one
// value slot (schema::kFacetsSlot) so that one match spy reading one value a
// document counts them all — district, collaborative (the name filters use),
// question, round, themes and pending themes.
//
// Packed as strings, not as ids into a table: a value means the same in any
// database, so facets add up across shards, several --db and remote shards
// (where Xapian's own ValueCountMatchSpy counts the packed values and they
// are unpacked here). Themes are listed, not a bitmask: no limit on a
// lexicon's themes and no theme order to keep between runs.
// Plain functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/model/comment_record.h"

namespace returns {

struct FacetFields {
  std::string_view district, collaborative, question, round;  // empty: none ("" question: 0)
  std::vector<std::string_view> themes, pending;              // views into the packed value
};

std::string PackFacets(const CommentRecord& c);

// False when `packed` is not a facet value this schema wrote.
bool UnpackFacets(std::string_view packed, FacetFields& out);

// A facet value in its two halves, each of which unpacks alone: where the
// comment is (district, collaborative, question, round) and what it mentions
// (themes, pending). A spy counts the distinct halves — few, where whole
// values are nearly as many as comments — and unpacks each once at the end.
// SplitFacets reads only the lengths of the first half: false when they do
// not fit; UnpackWhere and UnpackWhat check the rest (false when `in` is not
// a half this schema wrote) and fill only their fields of `out`.
bool SplitFacets(std::string_view packed, std::string_view& where, std::string_view& what);
bool UnpackWhere(std::string_view where, FacetFields& out);
bool UnpackWhat(std::string_view what, FacetFields& out);

// The boolean term and the name of each facet value of a comment that a
// filter term files (district, collaborative, round, themes, pending), in
// that order. The term is the bare prefix when the name has no ASCII letter
// or digit (FilterValue is empty: the comment has no such term).
std::vector<std::pair<std::string, std::string>> FacetTerms(const CommentRecord& c);

// The name in a packed facet value that `term` files; empty when none does.
std::string NameUnder(std::string_view packed, const std::string& term);

}  // namespace returns
