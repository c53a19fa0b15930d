#include "pipeline/stages/index_sink.h"

#include <cstdlib>

namespace returns {

Status IndexSink::Write(const std::vector<CommentRecord>& batch, int jobs) {
  if (Status s = writer_->AddBatch(batch, jobs); !s.ok()) return s;
  added_ += static_cast<long>(batch.size());
  if (abort_after_ > 0 && added_ >= abort_after_) std::abort();
  return Status::OK();
}

}  // namespace returns
