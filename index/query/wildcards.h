// Wildcards ("moder*") expanded against the database's vocabulary.
//
// Since schema 9 the words as written are not terms (TextTerms,
// document_codec.h): the database keeps its words once, as a list
// (schema::kVocabularyKey). Xapian's QueryParser still reads the query — its
// rules decide what is a wildcard ("moder*" is, "co-ord*" and a `*` inside a
// phrase are not) — and leaves each as an OP_WILDCARD leaf; ExpandWildcards
// then puts in its place the stemmed terms (Z…) of every vocabulary word that
// starts with it, as OP_SYNONYM: "moder*" finds "moderation", "moderated"
// and "moderator" — and, being stemmed, any other form of those words
// ("studi*" finds "study" as well as "studies"), and what the stemmer puts
// with them, as the words themselves typed would ("universit*" finds
// "universal", as "university" does). A wildcard no word starts with finds
// nothing.
//
//   Xapian::Query q = parser.parse_query("moder* trust", FLAG_WILDCARD | …);
//   q = ExpandWildcards(q, vocabulary, stemmer);
//
// A wildcard under an operator the parser puts around words (AND, OR,
// AND_NOT, XOR, AND_MAYBE, FILTER, SYNONYM, MAX) is expanded where it is;
// the query is otherwise returned as it was. Pure functions; thread-safe with
// one stemmer per thread.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace returns {

// The pattern of an OP_WILDCARD leaf (lower case, as the parser made it), or
// empty when `q` is not one. Read from Xapian's description of the leaf
// ("WILDCARD SYNONYM moder"), its only public trace in Xapian 1.4.
std::string WildcardPattern(const Xapian::Query& q);

// `q` with each wildcard expanded against `vocabulary` (sorted bytewise, each
// word once: IndexReader::Vocabulary, vocabulary.h).
Xapian::Query ExpandWildcards(const Xapian::Query& q, const std::vector<std::string>& vocabulary,
                              const Xapian::Stem& stemmer);

}  // namespace returns
