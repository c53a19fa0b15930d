#include "index/query/match_pass.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "corpus/base/parallel.h"
#include "index/query/boolean_match.h"
#include "index/query/facet_counts.h"
#include "index/store/schema.h"

namespace returns {
namespace {

// Collects the docid of every match (of one database: a spy sees a shard's own docids).
class DocidSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override { docids_.push_back(doc.get_docid()); }
  std::string name() const override { return "returns.DocidSpy"; }
  std::vector<unsigned>& docids() { return docids_; }

 private:
  std::vector<unsigned> docids_;
};

Xapian::Enquire EveryMatch(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // every match, no ranking
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  return enquire;
}

using Keyed = std::pair<std::string, unsigned>;  // sort key, docid of the whole

// What one shard's thread finds.
struct ShardPass {
  std::vector<unsigned> docids;  // the whole database's, ascending
  FacetSpy facets;
  std::vector<Keyed> first;  // the shard's first so many in appendix order (a heap while collected)
};

void PassOverShard(const Xapian::Database& shard, const Xapian::Query& query, unsigned i, unsigned n,
                   const MatchPassOptions& options, ShardPass& out) {
  std::vector<unsigned> local;
  if (std::optional<std::vector<unsigned>> read = BooleanMatches(shard, query)) {
    local = std::move(*read);
  } else {
    Xapian::Enquire enquire = EveryMatch(shard, query);
    DocidSpy spy;
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, shard.get_doccount());
    local = std::move(spy.docids());
  }
  auto whole = [&](unsigned d) { return (d - 1) * n + i + 1; };
  if (options.facets) {
    Xapian::ValueIterator v = shard.valuestream_begin(schema::kFacetsSlot);
    const Xapian::ValueIterator end = shard.valuestream_end(schema::kFacetsSlot);
    for (unsigned d : local) {
      v.skip_to(d);
      if (v == end) break;
      if (v.get_docid() == d) out.facets.Count(*v);
    }
  }
  if (options.first > 0) {
    // A bounded max-heap: the worst of the best so far on top.
    Xapian::ValueIterator v = shard.valuestream_begin(schema::kOrderSlot);
    const Xapian::ValueIterator end = shard.valuestream_end(schema::kOrderSlot);
    for (unsigned d : local) {
      if (v != end) v.skip_to(d);
      Keyed k(v != end && v.get_docid() == d ? *v : std::string(), whole(d));  // no key sorts first, as Xapian's
      if (out.first.size() < options.first) {
        out.first.push_back(std::move(k));
        std::push_heap(out.first.begin(), out.first.end());
      } else if (k < out.first.front()) {
        std::pop_heap(out.first.begin(), out.first.end());
        out.first.back() = std::move(k);
        std::push_heap(out.first.begin(), out.first.end());
      }
    }
  }
  out.docids.reserve(local.size());
  for (unsigned d : local) out.docids.push_back(whole(d));
}

}  // namespace

MatchPass PassOverMatches(const IndexReader& index, const Xapian::Query& query, const MatchPassOptions& options) {
  const Xapian::Database& db = index.db();
  MatchPass pass;
  const std::vector<Xapian::Database>& shards = index.shards();
  if (shards.size() != db.size()) {
    const Xapian::MSet all = EveryMatch(db, query).get_mset(0, db.get_doccount());
    pass.docids.reserve(all.size());
    for (auto it = all.begin(); it != all.end(); ++it) pass.docids.push_back(*it);
    std::sort(pass.docids.begin(), pass.docids.end());
    return pass;
  }
  // A shard a thread: each its own database handle and its own copy of the
  // query (a Query's parts are shared, not thread-safe, so it goes across as
  // its serialised form); an exception comes back to this thread.
  const unsigned n = static_cast<unsigned>(shards.size());
  const std::string serialised = n > 1 ? query.serialise() : std::string();
  std::vector<ShardPass> found(n);
  std::vector<std::exception_ptr> failed(n);
  ParallelFor(n, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), [&](size_t i) {
    try {
      PassOverShard(shards[i], n > 1 ? Xapian::Query::unserialise(serialised) : query, static_cast<unsigned>(i), n,
                    options, found[i]);
    } catch (...) {
      failed[i] = std::current_exception();
    }
  });
  for (const std::exception_ptr& e : failed) {
    if (e) std::rethrow_exception(e);
  }
  // Each shard's list is ascending once mapped: merged, not sorted.
  std::vector<Keyed> first;
  for (ShardPass& f : found) {
    std::vector<unsigned> merged;
    merged.reserve(pass.docids.size() + f.docids.size());
    std::merge(pass.docids.begin(), pass.docids.end(), f.docids.begin(), f.docids.end(), std::back_inserter(merged));
    pass.docids.swap(merged);
    if (options.facets) f.facets.AddTo(*options.facets);
    std::move(f.first.begin(), f.first.end(), std::back_inserter(first));
  }
  pass.counted = options.facets != nullptr;
  if (options.first > 0) {
    const size_t k = std::min(options.first, first.size());
    std::partial_sort(first.begin(), first.begin() + static_cast<std::ptrdiff_t>(k), first.end());
    for (size_t j = 0; j < k; ++j) pass.first_in_order.push_back(first[j].second);
    pass.ordered = true;
  }
  return pass;
}

}  // namespace returns
