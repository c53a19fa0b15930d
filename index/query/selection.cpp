#include "index/query/selection.h"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "corpus/register/district.h"
#include "index/store/document_codec.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {

Result<std::vector<CommentRecord>> Select(const IndexReader& index, SearchRequest request) {
  request.offset = 0;
  Result<IndexInfo> info = index.Metadata();
  if (!info.ok()) return info.status();
  request.limit = info.value().documents;
  Result<SearchResults> results = Search(index, request);
  if (!results.ok()) return results.status();
  std::vector<CommentRecord> out;
  out.reserve(results.value().hits.size());
  for (SearchHit& h : results.value().hits) out.push_back(std::move(h.comment));
  std::stable_sort(out.begin(), out.end(), [](const CommentRecord& a, const CommentRecord& b) {
    // Comments under no district after every district.
    return std::make_tuple(a.district.empty(), std::cref(a.district), std::cref(a.collaborative_name()),
                           std::cref(a.round), std::cref(a.return_key()), a.position) <
           std::make_tuple(b.district.empty(), std::cref(b.district), std::cref(b.collaborative_name()),
                           std::cref(b.round), std::cref(b.return_key()), b.position);
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
  // Appendix order: the documents' places in it sorted (plain integers, no
  // lookups while sorting), then those with no place, by docid.
  std::vector<uint32_t> places;
  std::vector<unsigned> placeless;
  places.reserve(docids.size());
  for (unsigned d : docids) {
    const uint32_t r = table.rank(d);
    if (r == FacetTable::kNone) placeless.push_back(d);
    else places.push_back(r);
  }
  std::sort(places.begin(), places.end());
  std::sort(placeless.begin(), placeless.end());
  std::vector<unsigned> ordered;
  ordered.reserve(docids.size());
  for (uint32_t r : places) ordered.push_back(table.in_order()[r]);
  ordered.insert(ordered.end(), placeless.begin(), placeless.end());
  if (ordered.size() <= count) return ordered;
  // Each collaborative's documents in appendix order, in order of first sight.
  constexpr size_t kUnseen = SIZE_MAX;
  std::vector<size_t> group_of(table.collaboratives() + 1, kUnseen);  // the last: a document with no row
  std::vector<std::vector<unsigned>> groups;
  for (unsigned d : ordered) {
    const FacetTable::Row& row = table.row(d);
    size_t& g = group_of[row.where == FacetTable::kNone ? table.collaboratives() : row.collaborative];
    if (g == kUnseen) {
      g = groups.size();
      groups.emplace_back();
    }
    groups[g].push_back(d);
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

namespace {

// A district as the register spells it ("dover" → "Dover"), and as typed
// too where that is another name for it ("Shepway (Folkestone & Hythe)"); a
// district that is not Kent's, as typed.
std::string DistrictAsRegister(const std::string& typed) {
  const std::string canonical = CanonicalDistrict(typed);
  if (canonical.empty()) return typed;
  return DistrictKey(canonical) == DistrictKey(typed) ? canonical : canonical + " (" + typed + ")";
}

}  // namespace

std::string DescribeSelection(const SearchRequest& r) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  for (const std::string& t : r.themes) add(t == kNoThemeId ? std::string("no theme") : "theme " + t);
  if (r.question) add("question " + std::to_string(r.question));
  if (!r.district.empty()) add("district " + DistrictAsRegister(r.district));
  if (!r.collaborative.empty()) add("collaborative " + r.collaborative);
  if (!r.round.empty()) add("round " + r.round);
  for (const auto& [name, value] : r.attributes) add(name + " " + value);
  if (!r.query.empty()) add("query \"" + r.query + "\"");
  return out.empty() ? "all comments" : out;
}

}  // namespace returns
