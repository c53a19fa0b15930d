#include "pipeline/stages/run.h"

#include <algorithm>

#include "corpus/base/parallel.h"

namespace returns {

void TagRecord(const Matcher& matcher, CommentRecord& record) { record.tags = matcher.Tag(record.text, record.question); }

void TagRecords(const Matcher& matcher, CommentRecord* records, size_t n) {
  std::vector<Matcher::Input> inputs;
  inputs.reserve(n);
  for (size_t i = 0; i < n; ++i) inputs.push_back({records[i].text, records[i].question});
  std::vector<Tagging> tags = matcher.TagAll(inputs);
  for (size_t i = 0; i < n; ++i) records[i].tags = std::move(tags[i]);
}

Result<size_t> RunStages(RecordSource& source, RecordSink& sink, const StageOptions& options) {
  // With several threads the next batch is read while this one is tagged:
  // the calling thread reads, then joins the others in tagging (measured,
  // scripts/bench-tag: reading alone while the others waited left a core
  // idle for a tenth of a JSON Lines run and nearly half a CSV one). One
  // thread reads after writing, so it holds one batch at a time.
  const bool read_ahead = options.matcher && options.jobs > 1;
  std::vector<CommentRecord> batch, ahead;
  bool more = source.Next(batch, options.batch);
  size_t written = 0;
  while (more) {
    auto read_next = [&] { more = source.Next(ahead, options.batch); };
    // Tagged kTagGroup records at a time, phase by phase (Matcher::TagAll).
    const size_t groups = (batch.size() + kTagGroup - 1) / kTagGroup;
    auto tag = [&](size_t g) {
      const size_t from = g * kTagGroup;
      TagRecords(*options.matcher, batch.data() + from, std::min(kTagGroup, batch.size() - from));
    };
    if (read_ahead) {
      ParallelForAlongside(groups, options.jobs, read_next, tag, 1);  // a group is chunk enough
    } else if (options.matcher) {
      ParallelFor(groups, options.jobs, tag);
    }
    if (Status s = sink.Write(batch, options.jobs); !s.ok()) return s;
    written += batch.size();
    if (options.progress) options.progress(written);
    if (!read_ahead) {
      batch.clear();  // one batch held at a time
      read_next();
    }
    std::swap(batch, ahead);
  }
  if (!source.status().ok()) return source.status();
  return written;
}

}  // namespace returns
