#include "index/query/facet_table.h"

#include <xapian.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "index/store/facet_value.h"
#include "index/store/schema.h"

namespace returns {
namespace {

struct BytesHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Index = std::unordered_map<std::string, uint32_t, BytesHash, std::equal_to<>>;

// The index of `key` in `ids`, numbered in order of first sight.
uint32_t Intern(Index& ids, std::string_view key) {
  auto it = ids.find(key);
  if (it == ids.end()) it = ids.emplace(std::string(key), static_cast<uint32_t>(ids.size())).first;
  return it->second;
}

// The return key in a sort key "district \x1f collaborative \x1f return \x1f
// position" (document_codec.cpp), the district and collaborative known.
bool ReturnInSortKey(std::string_view key, const FacetTable::Where& w, std::string_view& ret) {
  const size_t skip = w.district.size() + 1 + w.collaborative.size() + 1;
  const size_t last = key.rfind('\x1f');
  if (last == std::string_view::npos || last < skip || key.compare(0, w.district.size(), w.district) != 0) return false;
  ret = key.substr(skip, last - skip);
  return true;
}

}  // namespace

const FacetTable::Row FacetTable::kEmpty;

Result<FacetTable> FacetTable::Build(const IndexReader& index) {
  FacetTable t;
  try {
    const Xapian::Database& db = index.db();
    t.rows_.assign(db.get_lastdocid(), Row{});
    Index where_ids, what_ids, return_ids, collaborative_ids;
    std::vector<bool> where_ok, what_ok;
    FacetFields f;
    for (auto it = db.valuestream_begin(schema::kFacetsSlot); it != db.valuestream_end(schema::kFacetsSlot); ++it) {
      const Xapian::docid d = it.get_docid();
      if (d == 0 || d > t.rows_.size()) continue;
      const std::string value = *it;
      std::string_view where, what;
      if (!SplitFacets(value, where, what)) continue;
      const uint32_t w = Intern(where_ids, where), h = Intern(what_ids, what);
      if (w == t.wheres_.size()) {
        where_ok.push_back(UnpackWhere(where, f));
        t.wheres_.push_back(where_ok.back() ? Where{std::string(f.district), std::string(f.collaborative),
                                                    std::string(f.question), std::string(f.round)}
                                            : Where{});
      }
      if (h == t.whats_.size()) {
        what_ok.push_back(UnpackWhat(what, f));
        t.whats_.emplace_back();
        if (what_ok.back()) {
          t.whats_.back().themes.assign(f.themes.begin(), f.themes.end());
          t.whats_.back().pending.assign(f.pending.begin(), f.pending.end());
        }
      }
      if (!where_ok[w] || !what_ok[h]) continue;  // not this schema's: counted nowhere, as a search counts it
      Row& r = t.rows_[d - 1];
      r.where = w;
      r.what = h;
      r.collaborative = Intern(collaborative_ids, t.wheres_[w].collaborative);
    }
    std::vector<bool> has_return(t.rows_.size());
    std::string keys;  // every sort key, end to end
    std::vector<std::pair<size_t, unsigned>> key_starts;  // (where its key starts in `keys`, docid)
    for (auto it = db.valuestream_begin(schema::kOrderSlot); it != db.valuestream_end(schema::kOrderSlot); ++it) {
      const Xapian::docid d = it.get_docid();
      if (d == 0 || d > t.rows_.size() || t.rows_[d - 1].where == kNone) continue;
      has_return[d - 1] = true;
      Row& r = t.rows_[d - 1];
      const Where& w = t.wheres_[r.where];
      const std::string key = *it;
      std::string_view ret;
      if (!ReturnInSortKey(key, w, ret)) {
        return Status::Corruption(index.dir(), "document " + std::to_string(d) + " has a sort key this schema did not write");
      }
      std::string round_and_return = w.round;
      round_and_return += '/';
      round_and_return += ret;
      r.ret = Intern(return_ids, round_and_return);
      key_starts.emplace_back(keys.size(), d);
      keys += key;
      ++t.comments_;
    }
    for (size_t i = 0; i < t.rows_.size(); ++i) {
      if (!has_return[i]) t.rows_[i].where = kNone;  // no sort key: not a comment this schema wrote
    }
    // Appendix order: the sort keys sorted, ties by docid (as Xapian sorts by value).
    std::vector<std::string_view> key_of(t.rows_.size() + 1);
    for (size_t i = 0; i < key_starts.size(); ++i) {
      const size_t end = i + 1 < key_starts.size() ? key_starts[i + 1].first : keys.size();
      key_of[key_starts[i].second] = std::string_view(keys).substr(key_starts[i].first, end - key_starts[i].first);
    }
    for (const auto& [start, d] : key_starts) {
      if (t.rows_[d - 1].where != kNone) t.in_order_.push_back(d);
    }
    std::sort(t.in_order_.begin(), t.in_order_.end(), [&](unsigned a, unsigned b) {
      const int c = key_of[a].compare(key_of[b]);
      return c != 0 ? c < 0 : a < b;
    });
    t.rank_.assign(t.rows_.size(), kNone);
    for (uint32_t i = 0; i < t.in_order_.size(); ++i) t.rank_[t.in_order_[i] - 1] = i;
    t.returns_ = return_ids.size();
    t.collaboratives_ = collaborative_ids.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the facet values: " + e.get_description());
  }
  return t;
}

}  // namespace returns
