// A filter that matches exactly the documents whose docids are listed (for
// search.cpp: the ranked page of a query whose matches are already known).
// A phrase is checked against word positions; the match pass (facet_counts.h)
// has checked it for every candidate already, so the ranked pass filters the
// query by the matches it found, and checks positions again only there:
//
//   Xapian::Query ranked(Xapian::Query::OP_FILTER, query,
//                        DocidFilter::Make(index, docids));
//
// The filter adds no weight: the weights, and so the order, are the query's
// own. Each shard of a database (a stub's) gets its own list, found by its
// UUID; in a database not one it was made for, the search fails
// (Xapian::InvalidArgumentError) rather than show an empty page.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "index/store/index_reader.h"

namespace returns {

class DocidFilter : public Xapian::PostingSource {
 public:
  // The query for `docids` (ascending, the whole database's). REQUIRES:
  // index.shards() holds every shard (local shards, not remote ones).
  static Xapian::Query Make(const IndexReader& index, const std::vector<unsigned>& docids);

  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return size(); }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return list_ == nullptr || at_ >= list_->size(); }
  Xapian::docid get_docid() const override { return (*list_)[at_]; }
  Xapian::PostingSource* clone() const override { return new DocidFilter(lists_); }
  std::string get_description() const override { return "returns.DocidFilter"; }

 private:
  struct Lists {
    std::vector<std::string> uuids;            // a shard's UUID …
    std::vector<std::vector<unsigned>> local;  // … and its own docids
  };
  explicit DocidFilter(std::shared_ptr<const Lists> lists) : lists_(std::move(lists)) {}
  Xapian::doccount size() const { return list_ ? static_cast<Xapian::doccount>(list_->size()) : 0; }

  std::shared_ptr<const Lists> lists_;
  const std::vector<unsigned>* list_ = nullptr;  // this shard's, once init() has run
  size_t at_ = 0;
  bool started_ = false;
};

}  // namespace returns
