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
  if (index.shards().size() != index.db().size()) {
    // Remote shards stream their values too, but a docid at a time over the
    // network: minutes for a large index, and a spy cannot run there anyway.
    return Status::InvalidInput(index.dir(), "a facet table needs every shard on this machine");
  }
  try {
    const Xapian::Database& db = index.db();
    // A docid's row by number, rows only for documents: docids grow with
    // every return re-indexed, so 4 bytes a docid and the rest a comment.
    t.slot_.assign(db.get_lastdocid(), kNone);
    t.rows_.reserve(db.get_doccount());
    std::vector<unsigned> docid_of;  // a row's docid
    docid_of.reserve(db.get_doccount());
    Index where_ids, what_ids, return_ids, collaborative_ids;
    std::vector<bool> where_ok, what_ok;
    FacetFields f;
    for (auto it = db.valuestream_begin(schema::kFacetsSlot); it != db.valuestream_end(schema::kFacetsSlot); ++it) {
      const Xapian::docid d = it.get_docid();
      if (d == 0 || d > t.slot_.size()) continue;
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
      t.slot_[d - 1] = static_cast<uint32_t>(t.rows_.size());
      Row& r = t.rows_.emplace_back();
      r.where = w;
      r.what = h;
      r.collaborative = Intern(collaborative_ids, t.wheres_[w].collaborative);
      docid_of.push_back(d);
    }
    std::vector<bool> has_return(t.rows_.size());
    std::string keys;                    // every sort key, end to end
    std::vector<size_t> key_start(t.rows_.size() + 1, 0);  // a row's key in `keys`
    std::vector<uint32_t> keyed;         // rows in the order their keys were read
    for (auto it = db.valuestream_begin(schema::kOrderSlot); it != db.valuestream_end(schema::kOrderSlot); ++it) {
      const Xapian::docid d = it.get_docid();
      if (d == 0 || d > t.slot_.size() || t.slot_[d - 1] == kNone) continue;
      const uint32_t i = t.slot_[d - 1];
      Row& r = t.rows_[i];
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
      has_return[i] = true;
      key_start[i] = keys.size();
      keyed.push_back(i);
      keys += key;
    }
    // A row's key ends where the next one read begins.
    std::vector<std::string_view> key_of(t.rows_.size());
    for (size_t k = 0; k < keyed.size(); ++k) {
      const size_t end = k + 1 < keyed.size() ? key_start[keyed[k + 1]] : keys.size();
      key_of[keyed[k]] = std::string_view(keys).substr(key_start[keyed[k]], end - key_start[keyed[k]]);
    }
    for (uint32_t i = 0; i < t.rows_.size(); ++i) {
      if (has_return[i]) {
        t.in_order_.push_back(docid_of[i]);
        ++t.comments_;
      } else {
        t.slot_[docid_of[i] - 1] = kNone;  // no sort key: not a comment this schema wrote
      }
    }
    t.docids_ = t.in_order_;  // rows are read in docid order: ascending
    // Appendix order: the sort keys sorted, ties by docid (as Xapian sorts by value).
    std::sort(t.in_order_.begin(), t.in_order_.end(), [&](unsigned a, unsigned b) {
      const int c = key_of[t.slot_[a - 1]].compare(key_of[t.slot_[b - 1]]);
      return c != 0 ? c < 0 : a < b;
    });
    t.rank_.assign(t.rows_.size(), kNone);
    for (uint32_t i = 0; i < t.in_order_.size(); ++i) t.rank_[t.slot_[t.in_order_[i] - 1]] = i;
    t.returns_ = return_ids.size();
    t.collaboratives_ = collaborative_ids.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the facet values: " + e.get_description());
  }
  return t;
}

}  // namespace returns
