#include "pipeline/stages/tag_stream.h"

#include <sstream>

#include "corpus/base/parallel.h"
#include "pipeline/writers/tagged_output.h"

namespace returns {
namespace {

std::string Serialise(const TagRecord& r, const Matcher& matcher, TagOutput format) {
  const Tagging tagging = matcher.Tag(r.text, r.question);
  std::ostringstream line;
  if (format == TagOutput::kCsv) WriteTaggedCsv(r, tagging, line);
  else WriteTaggedJsonl(r, tagging, matcher, line);
  return line.str();
}

constexpr size_t kBatch = 4096;

}  // namespace

void WriteTagged(const std::vector<TagRecord>& records, const Matcher& matcher, TagOutput format, int jobs,
                 std::ostream& out) {
  for (size_t start = 0; start < records.size(); start += kBatch) {
    const size_t n = std::min(kBatch, records.size() - start);
    std::vector<std::string> lines(n);
    ParallelFor(n, jobs, [&](size_t i) { lines[i] = Serialise(records[start + i], matcher, format); });
    for (const std::string& l : lines) out << l;
  }
}

size_t TagJsonlStream(std::istream& in, const std::string& source, const Matcher& matcher, TagOutput format, int jobs,
                      std::ostream& out, Ingested& intake) {
  ++intake.files;
  size_t tagged = 0;
  std::vector<std::pair<int, std::string>> batch;
  auto flush = [&] {
    std::vector<std::string> lines(batch.size());
    std::vector<Reject> rejects(batch.size());
    std::vector<char> ok(batch.size(), 0);
    ParallelFor(batch.size(), jobs, [&](size_t i) {
      TagRecord r;
      if (ParseJsonlRecord(batch[i].second, source, batch[i].first, r, rejects[i])) {
        lines[i] = Serialise(r, matcher, format);
        ok[i] = 1;
      }
    });
    for (size_t i = 0; i < batch.size(); ++i) {
      if (ok[i]) {
        out << lines[i];
        ++tagged;
      } else {
        intake.rejects.push_back(std::move(rejects[i]));
      }
    }
    batch.clear();
  };
  ForEachLine(in, [&](int number, const std::string& line) {
    ++intake.records;
    batch.emplace_back(number, line);
    if (batch.size() == kBatch) flush();
  });
  flush();
  return tagged;
}

}  // namespace returns
