// Checking a search query before Xapian's parser reads it. The parser is
// lenient: "(moderation OR trust" or "a) b" parse without a word, and the
// search then means something the officer did not write. A query whose
// parentheses do not pair — outside quoted phrases, where '(' and ')' are
// text — is refused instead, naming the first one left without its pair:
//
//   CheckQuerySyntax("(moderation OR trust")
//     → InvalidInput "query: unbalanced '(' at position 1"
//
// Positions count characters (not bytes) from 1. A quote left open runs to
// the end of the query, as the parser reads it. Pure; thread-safe.
#pragma once

#include <string_view>

#include "corpus/base/status.h"

namespace returns {

Status CheckQuerySyntax(std::string_view query);

}  // namespace returns
