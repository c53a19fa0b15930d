#include "index/query/selection.h"

#include <algorithm>
#include <tuple>

#include "lexicon/codebook/theme_id.h"

namespace returns {

Result<std::vector<CommentRecord>> Select(const IndexReader& index, SearchRequest request) {
  request.offset = 0;
  Result<IndexInfo> info = index.Info();
  if (!info.ok()) return info.status();
  request.limit = info.value().documents;
  Result<SearchResults> results = Search(index, request);
  if (!results.ok()) return results.status();
  std::vector<CommentRecord> out;
  out.reserve(results.value().hits.size());
  for (SearchHit& h : results.value().hits) out.push_back(std::move(h.comment));
  std::stable_sort(out.begin(), out.end(), [](const CommentRecord& a, const CommentRecord& b) {
    return std::forward_as_tuple(a.district, a.collaborative_name(), a.round, a.return_key(), a.position) <
           std::forward_as_tuple(b.district, b.collaborative_name(), b.round, b.return_key(), b.position);
  });
  return out;
}

std::string DescribeSelection(const SearchRequest& r) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  for (const std::string& t : r.themes) add(t == kNoThemeId ? std::string("no theme") : "theme " + t);
  if (r.question) add("question " + std::to_string(r.question));
  if (!r.district.empty()) add("district " + r.district);
  if (!r.collaborative.empty()) add("collaborative " + r.collaborative);
  if (!r.round.empty()) add("round " + r.round);
  for (const auto& [name, value] : r.attributes) add(name + " " + value);
  if (!r.query.empty()) add("query \"" + r.query + "\"");
  return out.empty() ? "all comments" : out;
}

}  // namespace returns
