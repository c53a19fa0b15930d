#include "pipeline/stages/run.h"

#include <future>

#include "corpus/base/parallel.h"

namespace returns {

void TagRecord(const Matcher& matcher, CommentRecord& record) { record.tags = matcher.Tag(record.text, record.question); }

Result<size_t> RunStages(RecordSource& source, RecordSink& sink, const StageOptions& options) {
  // Reading overlaps the work on the batch before: while batch k is tagged
  // and written, batch k+1 is read (the source is used by one thread at a time).
  std::vector<CommentRecord> batch, next;
  auto read = [&] { return source.Next(next, options.batch); };
  bool more = read();
  size_t written = 0;
  while (more) {
    batch.swap(next);
    std::future<bool> reading = std::async(std::launch::async, read);
    if (options.matcher) {
      ParallelFor(batch.size(), options.jobs, [&](size_t i) { TagRecord(*options.matcher, batch[i]); });
    }
    Status s = sink.Write(batch, options.jobs);
    more = reading.get();
    if (!s.ok()) return s;
    written += batch.size();
    if (options.progress) options.progress(written);
  }
  if (!source.status().ok()) return source.status();
  return written;
}

}  // namespace returns
