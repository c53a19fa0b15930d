#include "index/query/return_lookup.h"

#include <xapian.h>

#include <algorithm>

#include "index/store/document_codec.h"

namespace returns {
namespace {

// Documents indexed by `term`, decoded; at most `limit`.
Result<std::vector<CommentRecord>> WithTerm(const IndexReader& index, const std::string& term, unsigned limit) {
  std::vector<CommentRecord> out;
  try {
    Xapian::Enquire enquire(index.db());
    enquire.set_query(Xapian::Query(term));
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Result<CommentRecord> c = DecodeComment(it.get_document());
      if (!c.ok()) return Status::Corruption(index.dir(), c.status().message());
      out.push_back(std::move(c).value());
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    return Status::IOError(index.dir(), "the database changed while reading; try again");
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the database: " + e.get_description());
  }
  return out;
}

}  // namespace

Result<std::optional<CommentRecord>> FindComment(const IndexReader& index, const std::string& round,
                                                 const std::string& comment_key) {
  CommentRecord key;
  key.round = round;
  key.comment_id = comment_key;
  Result<std::vector<CommentRecord>> found = WithTerm(index, IdTerm(key), 1);
  if (!found.ok()) return found.status();
  if (found.value().empty()) return std::optional<CommentRecord>();
  return std::optional<CommentRecord>(std::move(found.value().front()));
}

Result<std::vector<CommentRecord>> ReturnComments(const IndexReader& index, const CommentRecord& comment) {
  // A return has a few dozen comments; the bound only guards against a runaway.
  constexpr unsigned kMaxComments = 100000;
  Result<std::vector<CommentRecord>> all = WithTerm(index, ReturnTerm(comment), kMaxComments);
  if (!all.ok()) return all.status();
  std::vector<CommentRecord> comments = std::move(all).value();
  std::stable_sort(comments.begin(), comments.end(),
                   [](const CommentRecord& a, const CommentRecord& b) { return a.position < b.position; });
  return comments;
}

}  // namespace returns
