// Finding one comment by its id and the whole return it belongs to: what a
// reader needs to see a comment in its context (the web page's comment view).
// The comment is named as the index names it: its round and its comment id
// (the record id when it has none); the return by its round and return id.
// Reads through the reader; not thread-safe (neither is the reader).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"
#include "index/store/index_reader.h"

namespace returns {

// The comment, or nullopt when the database holds no comment of that id in that round.
Result<std::optional<CommentRecord>> FindComment(const IndexReader& index, const std::string& round,
                                                 const std::string& comment_key);

// Every comment of the return `comment` belongs to (the same round and
// return id), in position order; `comment` itself among them.
Result<std::vector<CommentRecord>> ReturnComments(const IndexReader& index, const CommentRecord& comment);

}  // namespace returns
