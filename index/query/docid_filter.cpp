#include "index/query/docid_filter.h"

#include <algorithm>

namespace returns {

Xapian::Query DocidFilter::Make(const IndexReader& index, const std::vector<unsigned>& docids) {
  auto lists = std::make_shared<Lists>();
  const std::vector<Xapian::Database>& shards = index.shards();
  const unsigned n = static_cast<unsigned>(shards.size());
  for (const Xapian::Database& shard : shards) lists->uuids.push_back(shard.get_uuid());
  lists->local.resize(n);
  // Docid d of the whole is docid (d - 1) / n + 1 of shard (d - 1) % n.
  for (unsigned d : docids) lists->local[(d - 1) % n].push_back((d - 1) / n + 1);
  return Xapian::Query((new DocidFilter(std::move(lists)))->release());
}

void DocidFilter::init(const Xapian::Database& db) {
  const std::string uuid = db.get_uuid();
  const auto it = std::find(lists_->uuids.begin(), lists_->uuids.end(), uuid);
  if (it == lists_->uuids.end()) {
    // Not a shard it was made for: an error, not a page silently empty.
    throw Xapian::InvalidArgumentError("the docid filter was made for other shards than " + uuid);
  }
  list_ = &lists_->local[static_cast<size_t>(it - lists_->uuids.begin())];
  at_ = 0;
  started_ = false;
}

void DocidFilter::next(double) {
  if (started_) ++at_;
  started_ = true;
}

void DocidFilter::skip_to(Xapian::docid did, double) {
  if (list_ == nullptr) return;
  const auto from = list_->begin() + static_cast<std::ptrdiff_t>(started_ ? std::min(at_, list_->size()) : 0);
  at_ = static_cast<size_t>(std::lower_bound(from, list_->end(), did) - list_->begin());
  started_ = true;
}

}  // namespace returns
