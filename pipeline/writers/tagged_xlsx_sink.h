// Tagged records as an Excel workbook (tag --format xlsx): one row per record
// — id, round, district, collaborative, question, position, heading, text,
// themes, pending, matches — under a heading row kept in view with filters.
// Text cells are strings whatever they start with; question and position
// are numbers. The workbook is built as records arrive and written to the
// Output whole at Finish() (xlsx.h); a sheet holds 1,048,575 records.
// Not thread-safe (the runner calls Write in input order).
#pragma once

#include <memory>

#include "corpus/model/record_sink.h"
#include "pipeline/writers/output.h"
#include "pipeline/writers/xlsx.h"

namespace returns {

class TaggedXlsxSink : public RecordSink {
 public:
  // IOError when no temporary workbook can be made.
  static Result<std::unique_ptr<TaggedXlsxSink>> Open(std::unique_ptr<Output> out);
  Status Write(const std::vector<CommentRecord>& batch, int jobs) override;
  Status Finish() override;

 private:
  TaggedXlsxSink(std::unique_ptr<Output> out, std::unique_ptr<WorkbookWriter> book);
  std::unique_ptr<Output> out_;
  std::unique_ptr<WorkbookWriter> book_;
  XlsxSheet sheet_;
  unsigned row_ = 0;
};

}  // namespace returns
