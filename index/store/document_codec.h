// An IndexedComment to and from a Xapian document: terms, values and the
// document data (JSON holding what results display and what reindex needs).
#pragma once

#include <xapian.h>

#include <string>

#include "corpus/base/status.h"
#include "index/store/indexed_comment.h"

namespace returns {

// The unique id term of a comment in a round.
std::string IdTerm(const IndexedComment& c);

// The term all comments of one return in one round share.
std::string ReturnTerm(const IndexedComment& c);

// REQUIRES: `termgen` set up with an English stemmer; it gets the document.
Xapian::Document EncodeComment(const IndexedComment& c, Xapian::TermGenerator& termgen);

// Reads the document data back. Fails on data this schema did not write.
Result<IndexedComment> DecodeComment(const Xapian::Document& doc);

}  // namespace returns
