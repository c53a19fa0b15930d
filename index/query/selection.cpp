#include "index/query/selection.h"

#include <algorithm>
#include <tuple>

namespace returns {

Result<std::vector<IndexedComment>> Select(const IndexReader& index, SearchRequest request) {
  request.offset = 0;
  request.limit = index.db().get_doccount();
  Result<SearchResults> results = Search(index, request);
  if (!results.ok()) return results.status();
  std::vector<IndexedComment> out;
  out.reserve(results.value().hits.size());
  for (SearchHit& h : results.value().hits) out.push_back(std::move(h.comment));
  std::stable_sort(out.begin(), out.end(), [](const IndexedComment& a, const IndexedComment& b) {
    return std::tie(a.district, a.collaborative_canonical, a.round, a.return_id, a.position) <
           std::tie(b.district, b.collaborative_canonical, b.round, b.return_id, b.position);
  });
  return out;
}

std::string DescribeSelection(const SearchRequest& r) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  for (const std::string& t : r.themes) add("theme " + t);
  if (r.question) add("question " + std::to_string(r.question));
  if (!r.district.empty()) add("district " + r.district);
  if (!r.collaborative.empty()) add("collaborative " + r.collaborative);
  if (!r.round.empty()) add("round " + r.round);
  if (!r.query.empty()) add("query \"" + r.query + "\"");
  return out.empty() ? "all comments" : out;
}

}  // namespace returns
