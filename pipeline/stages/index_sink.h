// The index as a sink: records go into an IndexWriter's run, and Finish()
// commits the run — all or nothing (index/store/index_writer.h).
#pragma once

#include <memory>

#include "corpus/model/record_sink.h"
#include "index/store/index_writer.h"

namespace returns {

class IndexSink : public RecordSink {
 public:
  // `abort_after` > 0: abort() once that many records are added, as a kill
  // would (the crash-safety test's hook, RETURNS_TEST_ABORT_AFTER).
  explicit IndexSink(std::unique_ptr<IndexWriter> writer, long abort_after = -1)
      : writer_(std::move(writer)), abort_after_(abort_after) {}
  Status Write(const std::vector<CommentRecord>& batch, int jobs) override;
  Status Finish() override { return writer_->Commit(); }
  // The writer's (index_writer.h): returns replaced that came from other files.
  std::vector<ReplacedReturn> replaced_from_other_files() const { return writer_->replaced_from_other_files(); }
  std::vector<ReplacedFile> replaced_files() const { return writer_->replaced_files(); }

 private:
  std::unique_ptr<IndexWriter> writer_;
  long abort_after_;
  long added_ = 0;
};

}  // namespace returns
