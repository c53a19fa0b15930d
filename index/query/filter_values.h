// Filter values checked against what is known, with suggestions: what stops a
// typo from giving an empty answer and exit 0.
//
// Themes are named by id or by label, in any case: "relationships",
// "Relationships", "Trust and relationships" (the label) all name the theme
// `relationships`, in `--theme` and in a query's `theme:` (and `pending:`).
// ResolveThemes turns the names into ids before a search, and refuses a name
// that is neither, naming the nearest themes ("no theme 'ict'; did you mean
// 'ict_digital'?"). `none` stays `none` (theme:none: comments with no theme).
//
// Other values — district, collaborative, round, question, lead school — are
// checked only when a search found nothing (CheckEmptySelection): a value no
// comment of the database holds (and, for a collaborative, no name the
// register knows) is an error naming the nearest known values ("no district
// 'Dovr' in the database — did you mean 'Dover'?"); when every value is
// known, an empty answer is an answer. This costs nothing when there are
// results, and one count over the database when there are none.
//
// Attributes (`--attribute NAME=VALUE`, `attribute:NAME=VALUE`) the same
// way: a name no comment has is an error naming the nearest names ("no
// attribute 'e-mail' in DB — did you mean 'email'?", or the names there); a
// value no comment has, the nearest values of that name (not those too long
// for a term, held as a hash).
//
// Values typed in a query are found by the query's field syntax: `field:word`
// or `field:"words with spaces"` (Xapian's boolean prefixes, search.h).
//
// Pure functions over their arguments; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/register/nearest_values.h"
#include "corpus/base/status.h"
#include "corpus/register/register.h"
#include "index/query/database_lexicon.h"
#include "index/query/search.h"
#include "index/store/index_reader.h"

namespace returns {

// Each theme name (id or label, any case; or `none`) as its id. InvalidInput
// naming the first unknown one, the nearest themes, and `returns themes`.
Status ResolveThemes(std::vector<std::string>& names, const ThemeNames& lexicon);

// The query with each `theme:` and `pending:` value written as its id (a label
// quoted: theme:"Trust and relationships" → theme:relationships). Fails like
// ResolveThemes on an unknown theme.
Result<std::string> ResolveQueryThemes(const std::string& query, const ThemeNames& lexicon);

// After a search with no results: OK when every filter value (options and the
// query's fields) is known, else InvalidInput for the first that is not.
// `reg` may be null (no register names).
Status CheckEmptySelection(const IndexReader& index, const SearchRequest& request, const Register* reg);

}  // namespace returns
