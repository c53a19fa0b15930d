// Sinks that write records as bytes: JSON Lines through the comment codec
// (ingest's comments, tag's tagged records) and tag's CSV. Records are
// encoded on the run's threads and written in input order, so the output is
// byte-identical for any number of jobs.
#pragma once

#include <memory>
#include <string>

#include "corpus/codec/comment_json.h"
#include "corpus/model/record_sink.h"
#include "pipeline/writers/output.h"

namespace returns {

// One JSON object per line: the record as the codec writes it.
class JsonlSink : public RecordSink {
 public:
  // `lexicon_name` and `lexicon_version` (tag) add the "lexicon" object.
  JsonlSink(std::unique_ptr<Output> out, std::string lexicon_name = {}, std::string lexicon_version = {});
  Status Write(const std::vector<CommentRecord>& batch, int jobs) override;
  Status Finish() override { return out_->Commit(); }

 private:
  std::unique_ptr<Output> out_;
  std::string lexicon_name_, lexicon_version_;
  CommentJsonOptions options_;
  std::vector<std::string> encoded_;  // scratch, one per job, reused batch to batch
};

// Tagged records as CSV, one row each: id,question,themes,pending,matches,text
// — lists joined with ';', a match as theme@start-end; CRLF line ends.
class TaggedCsvSink : public RecordSink {
 public:
  explicit TaggedCsvSink(std::unique_ptr<Output> out);
  Status Write(const std::vector<CommentRecord>& batch, int jobs) override;
  Status Finish() override { return header_.ok() ? out_->Commit() : header_; }

 private:
  std::unique_ptr<Output> out_;
  Status header_;
  std::vector<std::string> encoded_;  // scratch, one per job, reused batch to batch
};

}  // namespace returns
