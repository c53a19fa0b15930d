// Where records go: the outputs of a run (tagged JSON Lines, tagged CSV, the
// index writer, later XLSX or REFI-QDA writers), in ripgrep's manner of
// sinks. The stage runner (pipeline/stages/run.h) hands a sink batches of
// records in input order; the sink makes the run visible only on Finish(),
// so a failed or stopped run leaves nothing half written.
#pragma once

#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"

namespace returns {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Writes the batch after everything written before, in order. May use up
  // to `jobs` threads for work on the records (encoding), not for order.
  virtual Status Write(const std::vector<CommentRecord>& batch, int jobs) = 0;
  // Makes the whole run visible at once (file renamed into place, index
  // committed). A sink destroyed without Finish() leaves no trace.
  virtual Status Finish() = 0;
};

}  // namespace returns
