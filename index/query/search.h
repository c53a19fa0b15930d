// Searching comments: Xapian's QueryParser (phrases, AND/OR/NOT, wildcards,
// English stemming, default AND) with the filters usable both as options and
// inside the query as prefixes: theme:, pending:, district:, collaborative:,
// lead:, question:, round:, and attribute:NAME=VALUE (query_fields.h; two
// of one name are either, of different names both). theme:none is a comment with no theme, and a
// query may start with NOT: "NOT theme:none" is every comment with a theme.
// Filter values are normalised (case, spaces and punctuation), so district:"Tonbridge & Malling" and district:tonbridge-malling agree.
// An empty query lists everything that matches the filters, in appendix
// order (district, collaborative, return, position); otherwise by relevance.
// `total` and the facets are exact over the whole match set.
// With a register, a collaborative filter (the option or `collaborative:`)
// stands for every name of the collaboratives it names — canonical or an
// alias, exactly or by normal form (Register::NamesOf) — so "RAiD" finds
// "Raising Achievement in Dover (RAiD)", whichever name the index holds.
#pragma once

#include <map>
#include <string_view>
#include <utility>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "index/store/index_reader.h"
#include "corpus/model/comment_record.h"
#include "corpus/register/register.h"

namespace returns {

class FacetTable;

struct SearchRequest {
  std::string query;
  std::vector<std::string> themes;  // all must be present
  std::vector<std::string> pending;  // themes that must each be only pending (as pending:ID in a query)
  std::string district, collaborative, round;
  int question = 0;                 // 0: any
  // Attributes (name, value; `--attribute NAME=VALUE`): a comment has the
  // value of each name given — of one of them when a name is given twice.
  // Names and values match as AttributeTerm does (document_codec.h): any
  // case, any Unicode form, "Start time" is start_time.
  std::vector<std::pair<std::string, std::string>> attributes;
  unsigned limit = 10;
  unsigned offset = 0;
  bool facets = true;  // exact facet counts over the whole match set (costs a pass over it)
  // Names collaborative filters by the register's names too; may be null. Not
  // owned: must outlive the search.
  const Register* reg = nullptr;
  // The facets counted from this table's rows (facet_table.h) instead of
  // each match's value: the same counts, faster; it must be built from the
  // same snapshot of the database. May be null. Not owned.
  const FacetTable* table = nullptr;
};

// "NAME=VALUE" (`--attribute`, the web page's `attribute=`) as the pair
// SearchRequest::attributes holds, split at the first '='; InvalidInput
// when there is no '=', no name or no value, or the text is not UTF-8.
Result<std::pair<std::string, std::string>> ParseAttributeFilter(std::string_view text);

struct SearchHit {
  unsigned rank = 0;  // 1-based over the whole match set
  double score = 0;
  CommentRecord comment;
  // Byte spans in comment.text of query terms and theme matches, merged and sorted.
  std::vector<std::pair<size_t, size_t>> highlights;
};

struct SearchResults {
  // Exact whenever facets were asked for; without them, Xapian's estimate
  // unless every match was seen — then total_exact is false.
  unsigned total = 0;
  bool total_exact = true;
  std::vector<SearchHit> hits;
  std::map<std::string, unsigned> theme_facets, district_facets, question_facets;
  std::map<std::string, unsigned> collaborative_facets;  // by the name filters use (canonical, else as written)
  std::map<std::string, unsigned> round_facets;
  std::map<std::string, unsigned> pending_facets;  // comments where the theme is only pending
};

// Fails with the query and Xapian's reason when the parser rejects the query,
// and before it when the parentheses do not pair (query_syntax.h).
Result<SearchResults> Search(const IndexReader& index, const SearchRequest& request);

// The document ids (ascending) of every comment a request selects — its
// limit, offset and facets ignored — for what a facet table summarises
// (summary_table.h); filters alone are decided from request.table's rows
// when it is this snapshot's (table_match.h). Fails as Search does.
Result<std::vector<unsigned>> SelectDocids(const IndexReader& index, const SearchRequest& request);

// The whole of `text` with each span (sorted, not overlapping) between `open`
// and `close`; `escape` is applied to every piece of text (not to the marks).
std::string MarkSpans(const std::string& text, const std::vector<std::pair<size_t, size_t>>& spans,
                      const std::string& open, const std::string& close,
                      std::string (*escape)(std::string_view) = nullptr);

// Merges overlapping or touching spans and sorts them.
std::vector<std::pair<size_t, size_t>> MergeSpans(std::vector<std::pair<size_t, size_t>> spans);

}  // namespace returns
