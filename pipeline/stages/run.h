// The stage runner: source → tag in parallel batches → sink.
//
//   RecordSource ──batch──► Tag (jobs threads) ──batch──► RecordSink
//
// Batches keep input order, so output is byte-identical for any `jobs`;
// the tagging threads take groups of kTagGroup records (TagRecords).
// With one job memory holds one batch at a time (2,048 records unless
// told); with more, two: the calling thread reads the next batch while the
// others tag this one, then joins them. Without a matcher (ingest) records
// pass through untagged. The runner neither finishes the sink nor judges
// rejects: the command does both, once it knows whether the run is good.
#pragma once

#include <cstddef>
#include <functional>

#include "corpus/intake/record_source.h"
#include "corpus/model/record_sink.h"
#include "lexicon/matcher/matcher.h"

namespace returns {

struct StageOptions {
  const Matcher* matcher = nullptr;  // tag with this; none: pass through
  int jobs = 1;
  // Records a batch holds. Each record held costs about 4 KB with its
  // tagging and encoded output (measured: a batch of 4096 added 17 MB to
  // tag's peak memory), so a batch is kept small; at 1024 the two threads
  // of --jobs 2 waited on each other (5.3 s against 4.1 s at 2048 on the
  // 100 MB corpus, 2026-12-01), so not smaller.
  size_t batch = 2048;
  // After each batch, with the records written so far; may be empty.
  std::function<void(size_t written)> progress;
};

// Tags `record` (its text, for its question) with `matcher`.
void TagRecord(const Matcher& matcher, CommentRecord& record);

// Tags records[0] … records[n-1] as TagRecord does each, by one
// Matcher::TagAll. The runner tags kTagGroup records at a time (measured,
// README "Speed": about a tenth less CPU than one by one; groups of 8 to 64
// did alike, and small groups keep the threads evenly loaded).
constexpr size_t kTagGroup = 64;
void TagRecords(const Matcher& matcher, CommentRecord* records, size_t n);

// Runs the stages until the source is done. Returns the records written, or
// the first failure of the source (status()) or the sink.
Result<size_t> RunStages(RecordSource& source, RecordSink& sink, const StageOptions& options);

}  // namespace returns
