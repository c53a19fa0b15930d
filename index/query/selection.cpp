#include "index/query/selection.h"

#include <xapian.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "index/store/document_codec.h"
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

Result<std::vector<CommentRecord>> ReadComments(const IndexReader& index, const std::vector<unsigned>& docids) {
  std::vector<CommentRecord> out;
  out.reserve(docids.size());
  try {
    for (unsigned d : docids) {
      Result<CommentRecord> c = DecodeComment(index.db().get_document(d));
      if (!c.ok()) return Status::Corruption(index.dir(), c.status().message());
      out.push_back(std::move(c).value());
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    return Status::IOError(index.dir(), "the database changed while reading; try again");
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read a comment: " + e.get_description());
  }
  return out;
}

std::vector<unsigned> SpreadOverCollaboratives(const FacetTable& table, const std::vector<unsigned>& docids, size_t count) {
  std::vector<unsigned> ordered = docids;
  std::sort(ordered.begin(), ordered.end(), [&](unsigned a, unsigned b) {
    return std::pair(table.rank(a), a) < std::pair(table.rank(b), b);
  });
  if (ordered.size() <= count) return ordered;
  // Each collaborative's documents in appendix order, in order of first sight.
  std::map<uint32_t, size_t> group_of;
  std::vector<std::vector<unsigned>> groups;
  for (unsigned d : ordered) {
    const auto [it, added] = group_of.emplace(table.row(d).collaborative, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(d);
  }
  std::vector<unsigned> out;
  for (size_t turn = 0; out.size() < count; ++turn) {
    for (const std::vector<unsigned>& g : groups) {
      if (turn < g.size() && out.size() < count) out.push_back(g[turn]);
    }
  }
  std::sort(out.begin(), out.end(), [&](unsigned a, unsigned b) {
    return std::pair(table.rank(a), a) < std::pair(table.rank(b), b);
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
