#include "lexicon/redact/redact_record.h"

namespace returns {

size_t MoveOffset(size_t at, const std::vector<Redaction>& redactions, bool end_of_span) {
  long long shift = 0;
  for (const Redaction& r : redactions) {
    if (at <= r.start) break;
    if (at < r.end) {
      const size_t start = static_cast<size_t>(static_cast<long long>(r.start) + shift);
      return end_of_span ? start + r.replacement.size() : start;
    }
    shift += static_cast<long long>(r.replacement.size()) - static_cast<long long>(r.end - r.start);
  }
  return static_cast<size_t>(static_cast<long long>(at) + shift);
}

std::vector<Redaction> RedactRecord(CommentRecord& record, const Redactor& redactor) {
  Redacted text = redactor.Redact(record.text);
  if (record.heading) record.heading = redactor.Redact(*record.heading).text;
  if (text.redactions.empty()) return {};
  if (record.tags) {
    for (ThemeMatch& m : record.tags->matches) {
      const size_t start = MoveOffset(m.start, text.redactions, false);
      const size_t end = MoveOffset(m.end, text.redactions, true);
      m.start = start;
      m.end = end;
      if (end >= start && end <= text.text.size()) m.text = text.text.substr(start, end - start);
    }
  }
  record.text = std::move(text.text);
  return std::move(text.redactions);
}

void RedactRecords(std::vector<CommentRecord>& records, const Redactor& redactor) {
  for (CommentRecord& r : records) RedactRecord(r, redactor);
}

}  // namespace returns
