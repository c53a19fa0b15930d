#include "index/query/facet_table.h"

#include <xapian.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "index/store/facet_value.h"
#include "index/store/schema.h"
#include "lexicon/codebook/theme_id.h"

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

void FacetTable::MakeFacetNames() {
  std::array<Index, kFacetKinds> number;
  auto id = [&](int kind, const std::string& name) {
    if (name.empty()) return kNone;  // no facet: as a search counts it
    const uint32_t n = Intern(number[kind], name);
    if (n == facet_names_[kind].size()) facet_names_[kind].push_back(name);
    return n;
  };
  place_names_.resize(wheres_.size());
  for (size_t w = 0; w < wheres_.size(); ++w) {
    place_names_[w] = {id(kDistrictFacet, wheres_[w].district), id(kCollaborativeFacet, wheres_[w].collaborative),
                       id(kQuestionFacet, wheres_[w].question), id(kRoundFacet, wheres_[w].round)};
  }
  theme_names_.assign(whats_.size(), {});
  pending_names_.assign(whats_.size(), {});
  for (size_t h = 0; h < whats_.size(); ++h) {
    for (const std::string& t : whats_[h].themes) {
      if (const uint32_t n = id(kThemeFacet, t); n != kNone) theme_names_[h].push_back(n);
    }
    for (const std::string& t : whats_[h].pending) {
      if (const uint32_t n = id(kPendingFacet, t); n != kNone) pending_names_[h].push_back(n);
    }
  }
}

void FacetTable::MakeGroups() {
  // A counting sort of the rows by place and by theme set: read in docid
  // order, each group's run stays in docid order.
  place_start_.assign(wheres_.size() + 1, 0);
  themes_start_.assign(whats_.size() + 1, 0);
  for (const unsigned d : docids_) {
    ++place_start_[row(d).where + 1];
    ++themes_start_[row(d).what + 1];
  }
  for (size_t i = 1; i < place_start_.size(); ++i) place_start_[i] += place_start_[i - 1];
  for (size_t i = 1; i < themes_start_.size(); ++i) themes_start_[i] += themes_start_[i - 1];
  by_place_.resize(docids_.size());
  by_themes_.resize(docids_.size());
  std::vector<uint32_t> place_next(place_start_.begin(), place_start_.end() - 1);
  std::vector<uint32_t> themes_next(themes_start_.begin(), themes_start_.end() - 1);
  for (const unsigned d : docids_) {
    const Row& r = row(d);
    by_place_[place_next[r.where]++] = {d, r.what};
    by_themes_[themes_next[r.what]++] = {d, r.where};
  }
}

void FacetTable::MakeFilterTerms() {
  // A name's term once, not once for each place or theme set it is in.
  std::unordered_map<std::string, uint32_t> number;  // prefix + name -> its term's number, or kNone
  auto add = [&](std::vector<uint32_t>& out, const char* prefix, const std::string& name) {
    auto it = number.find(prefix + name);
    if (it == number.end()) {
      const std::string v = schema::FilterValue(name);
      uint32_t n = kNone;  // a name whose key is empty has no term
      if (!v.empty()) {
        const std::string term = prefix + v;
        const auto found = std::find(filter_terms_.begin(), filter_terms_.end(), term);
        n = static_cast<uint32_t>(found - filter_terms_.begin());
        if (found == filter_terms_.end()) filter_terms_.push_back(term);
      }
      it = number.emplace(prefix + name, n).first;
    }
    if (it->second != kNone) out.push_back(it->second);
  };
  place_terms_.assign(wheres_.size(), {});
  for (size_t i = 0; i < wheres_.size(); ++i) {
    const Where& w = wheres_[i];
    add(place_terms_[i], schema::kDistrictPrefix, w.district);
    add(place_terms_[i], schema::kCollaborativePrefix, w.collaborative);
    add(place_terms_[i], schema::kQuestionPrefix, w.question);
    add(place_terms_[i], schema::kRoundPrefix, w.round);
  }
  theme_terms_.assign(whats_.size(), {});
  for (size_t i = 0; i < whats_.size(); ++i) {
    for (const std::string& t : whats_[i].themes) add(theme_terms_[i], schema::kThemePrefix, t);
    if (whats_[i].themes.empty()) add(theme_terms_[i], schema::kThemePrefix, kNoThemeId);
    for (const std::string& t : whats_[i].pending) add(theme_terms_[i], schema::kPendingPrefix, t);
  }
  // And the other way: which places or theme sets have each term.
  having_term_.assign(filter_terms_.size(), {});
  for (uint32_t i = 0; i < place_terms_.size(); ++i) {
    for (const uint32_t t : place_terms_[i]) having_term_[t].push_back(i);
  }
  for (uint32_t i = 0; i < theme_terms_.size(); ++i) {
    for (const uint32_t t : theme_terms_[i]) having_term_[t].push_back(i);
  }
}

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
    Index where_ids, what_ids, collaborative_ids;
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
    // Every sort key, kept in blocks that never move (a view of each stays
    // valid): a million keys take their bytes and a few MB more, not twice
    // their bytes as one growing string would while it is copied.
    std::vector<std::unique_ptr<char[]>> blocks;
    constexpr size_t kBlock = size_t{4} << 20;
    size_t room = 0;
    char* next = nullptr;
    std::vector<std::string_view> key_of(t.rows_.size());  // empty: no sort key
    // A key's district and collaborative are its row's place's: kept once, as
    // the place's rank in their order, and only the rest of the key a row —
    // the same order, since names hold no \x1f (when one does, whole keys).
    bool tails = true;
    for (const Where& w : t.wheres_) {
      tails = tails && w.district.find('\x1f') == std::string::npos && w.collaborative.find('\x1f') == std::string::npos;
    }
    std::vector<uint32_t> prefix_rank(t.wheres_.size(), 0);
    if (tails) {
      // Ranked by the bytes the key begins with, separators included (a tab
      // in a name sorts before the separator, as in the key).
      std::vector<std::string> prefix(t.wheres_.size());
      for (size_t w = 0; w < prefix.size(); ++w) {
        prefix[w] = t.wheres_[w].district + '\x1f' + t.wheres_[w].collaborative + '\x1f';
      }
      std::vector<uint32_t> places(t.wheres_.size());
      for (uint32_t w = 0; w < places.size(); ++w) places[w] = w;
      std::sort(places.begin(), places.end(), [&](uint32_t a, uint32_t b) { return prefix[a] < prefix[b]; });
      for (size_t k = 1; k < places.size(); ++k) {
        prefix_rank[places[k]] = prefix_rank[places[k - 1]] + (prefix[places[k]] != prefix[places[k - 1]] ? 1 : 0);
      }
    }
    for (auto it = db.valuestream_begin(schema::kOrderSlot); it != db.valuestream_end(schema::kOrderSlot); ++it) {
      const Xapian::docid d = it.get_docid();
      if (d == 0 || d > t.slot_.size() || t.slot_[d - 1] == kNone) continue;
      const uint32_t i = t.slot_[d - 1];
      const std::string key = *it;
      const Where& w = t.wheres_[t.rows_[i].where];
      std::string_view ret;
      if (key.empty() || !ReturnInSortKey(key, w, ret)) {
        return Status::Corruption(index.dir(), "document " + std::to_string(d) + " has a sort key this schema did not write");
      }
      const std::string_view kept =
          tails ? std::string_view(key).substr(w.district.size() + w.collaborative.size() + 2) : std::string_view(key);
      if (kept.size() > room) {
        room = std::max(kBlock, kept.size());
        blocks.push_back(std::make_unique<char[]>(room));
        next = blocks.back().get();
      }
      std::memcpy(next, kept.data(), kept.size());
      key_of[i] = std::string_view(next, kept.size());
      next += kept.size();
      room -= kept.size();
    }
    for (uint32_t i = 0; i < t.rows_.size(); ++i) {
      if (!key_of[i].empty()) {
        t.in_order_.push_back(docid_of[i]);
        ++t.comments_;
      } else {
        t.slot_[docid_of[i] - 1] = kNone;  // no sort key: not a comment this schema wrote
      }
    }
    t.docids_ = t.in_order_;  // rows are read in docid order: ascending
    // A return is its round and its key: the comments sorted by both, a
    // number for each run of equal ones (a sort of 4 bytes a comment, where
    // a map of the names would hold each one again).
    const auto return_of = [&](uint32_t i) {
      std::string_view ret = key_of[i];
      if (tails) ret = ret.substr(0, ret.rfind('\x1f'));  // "return \x1f position"
      else ReturnInSortKey(ret, t.wheres_[t.rows_[i].where], ret);
      return std::pair<std::string_view, std::string_view>(t.wheres_[t.rows_[i].where].round, ret);
    };
    std::vector<uint32_t> by_return;
    by_return.reserve(t.comments_);
    for (unsigned d : t.docids_) by_return.push_back(t.slot_[d - 1]);
    std::sort(by_return.begin(), by_return.end(), [&](uint32_t a, uint32_t b) { return return_of(a) < return_of(b); });
    size_t returns = 0;
    for (size_t k = 0; k < by_return.size(); ++k) {
      if (k > 0 && return_of(by_return[k]) != return_of(by_return[k - 1])) ++returns;
      t.rows_[by_return[k]].ret = static_cast<uint32_t>(returns);
    }
    if (!by_return.empty()) ++returns;
    // Numbered again in order of first sight (docid order): a return's
    // comments mostly follow one another, so counting by return finds its
    // numbers already in order (summary_table.cpp).
    std::vector<uint32_t> renumbered(returns, kNone);
    uint32_t seen = 0;
    for (unsigned d : t.docids_) {
      uint32_t& n = renumbered[t.rows_[t.slot_[d - 1]].ret];
      if (n == kNone) n = seen++;
      t.rows_[t.slot_[d - 1]].ret = n;
    }
    std::vector<uint32_t>().swap(by_return);
    std::vector<uint32_t>().swap(renumbered);
    // Appendix order: the sort keys sorted, ties by docid (as Xapian sorts by value).
    std::sort(t.in_order_.begin(), t.in_order_.end(), [&](unsigned a, unsigned b) {
      const uint32_t i = t.slot_[a - 1], j = t.slot_[b - 1];
      const uint32_t pi = prefix_rank[t.rows_[i].where], pj = prefix_rank[t.rows_[j].where];
      if (pi != pj) return pi < pj;
      const int c = key_of[i].compare(key_of[j]);
      return c != 0 ? c < 0 : a < b;
    });
    t.rank_.assign(t.rows_.size(), kNone);
    for (uint32_t i = 0; i < t.in_order_.size(); ++i) t.rank_[t.slot_[t.in_order_[i] - 1]] = i;
    t.returns_ = returns;
    t.collaboratives_ = collaborative_ids.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the facet values: " + e.get_description());
  }
  t.MakeFilterTerms();  // the sort keys gone: not on top of them
  t.MakeGroups();
  t.MakeFacetNames();
  return t;
}

}  // namespace returns
