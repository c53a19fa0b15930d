#include "pipeline/writers/record_writers.h"

#include "corpus/base/parallel.h"
#include "pipeline/writers/csv_field.h"

namespace returns {
namespace {

// Encodes the batch on `jobs` threads, one string per thread's share, and
// writes the strings in order. `encoded` is the sink's scratch: its strings
// keep their capacity from batch to batch (measured: growing fresh buffers
// every batch cost page faults and copies).
template <typename Encode>
Status WriteEncoded(const std::vector<CommentRecord>& batch, int jobs, Output& out,
                    std::vector<std::string>& encoded, Encode encode) {
  const size_t parts = static_cast<size_t>(std::max(jobs, 1));
  encoded.resize(parts);
  ParallelFor(parts, jobs, [&](size_t p) {
    encoded[p].clear();
    for (size_t i = batch.size() * p / parts; i < batch.size() * (p + 1) / parts; ++i) encode(batch[i], encoded[p]);
  });
  for (const std::string& s : encoded) {
    if (Status st = out.Write(s); !st.ok()) return st;
  }
  return Status::OK();
}

void AppendJoined(const std::vector<std::string>& items, std::string& out) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ';';
    out += items[i];
  }
}

}  // namespace

JsonlSink::JsonlSink(std::unique_ptr<Output> out, std::string lexicon_name, std::string lexicon_version)
    : out_(std::move(out)), lexicon_name_(std::move(lexicon_name)), lexicon_version_(std::move(lexicon_version)) {
  if (!lexicon_name_.empty()) {
    options_.lexicon_name = &lexicon_name_;
    options_.lexicon_version = &lexicon_version_;
  }
}

Status JsonlSink::Write(const std::vector<CommentRecord>& batch, int jobs) {
  return WriteEncoded(batch, jobs, *out_, encoded_,
                      [&](const CommentRecord& r, std::string& s) { AppendCommentJsonLine(r, s, options_); });
}

TaggedCsvSink::TaggedCsvSink(std::unique_ptr<Output> out) : out_(std::move(out)) {
  header_ = out_->Write(CsvHeader({"id", "question", "themes", "pending", "matches", "text"}));
}

Status TaggedCsvSink::Write(const std::vector<CommentRecord>& batch, int jobs) {
  if (!header_.ok()) return header_;
  return WriteEncoded(batch, jobs, *out_, encoded_, [](const CommentRecord& r, std::string& s) {
    static const Tagging kNone;
    const Tagging& t = r.tags ? *r.tags : kNone;
    std::string themes, pending, matches;
    AppendJoined(t.themes, themes);
    AppendJoined(t.pending, pending);
    for (const ThemeMatch& m : t.matches) {
      if (!matches.empty()) matches += ';';
      matches += m.theme + "@" + std::to_string(m.start) + "-" + std::to_string(m.end);
    }
    AppendCsvRow({CsvField(r.id), r.question ? CsvField(r.question) : CsvCell(), CsvField(themes), CsvField(pending),
                  CsvField(matches), CsvField(r.text)},
                 s);
  });
}

}  // namespace returns
