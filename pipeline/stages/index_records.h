// From a tagged record (the tag stage's output) to what the index stores.
#pragma once

#include <string>

#include "index/store/indexed_comment.h"
#include "pipeline/stages/tag_records.h"

namespace returns {

// Fields the record lacks fall back: comment id ← id, return id ← comment id,
// canonical collaborative ← collaborative, lead schools ← canonical ones.
IndexedComment ToIndexedComment(const TagRecord& record, Tagging tagging, const std::string& round);

}  // namespace returns
