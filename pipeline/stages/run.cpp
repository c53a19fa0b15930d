#include "pipeline/stages/run.h"

#include "corpus/base/parallel.h"

namespace returns {

void TagRecord(const Matcher& matcher, CommentRecord& record) { record.tags = matcher.Tag(record.text, record.question); }

Result<size_t> RunStages(RecordSource& source, RecordSink& sink, const StageOptions& options) {
  // Measured (scripts/bench-tag, 2 cores): reading the next batch on a third
  // thread while this one is tagged cost more CPU than it saved wall time.
  std::vector<CommentRecord> batch;
  size_t written = 0;
  while (source.Next(batch, options.batch)) {
    if (options.matcher) {
      ParallelFor(batch.size(), options.jobs, [&](size_t i) { TagRecord(*options.matcher, batch[i]); });
    }
    if (Status s = sink.Write(batch, options.jobs); !s.ok()) return s;
    written += batch.size();
    if (options.progress) options.progress(written);
  }
  if (!source.status().ok()) return source.status();
  return written;
}

}  // namespace returns
