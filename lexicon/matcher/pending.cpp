#include "lexicon/matcher/pending.h"

#include <re2/re2.h>

#include <algorithm>

namespace returns {
namespace {

// ASCII word boundaries keep RE2 on its fast path.
constexpr const char* kCue =
    R"((?i)\b(?:)"
    R"(not\s+yet|yet\s+to\s+(?:be|take|start|begin|happen|inform|make|see)\b)"
    R"(|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:happened|started|begun|taken\s+place|been\s+(?:possible|achieved|completed|held)))"
    R"(|did\s+not\s+(?:happen|take\s+place)|postponed|deferred)"
    R"(|still\s+to\s+(?:be|take)\b|no\s+progress\s+has\s+been\s+made)"
    R"(|to\s+be\s+(?:finalised|finalized|confirmed|arranged|organised|organized|booked|held|delivered|rolled\s+out|developed|established|agreed)\b)"
    R"(|(?:now|is|are|being|been)\s+planned|planned\s+for|plan\s+to|planning\s+to|will\s+(?:now\s+)?(?:be|take\s+place|begin|start|commence|happen)\b)"
    R"(|booked|(?:is|are)\s+being\s+(?:explored|considered|discussed|planned|organised|organized|developed))"
    R"(|exploring|considering|ready\s+to\s+(?:go|begin|start)|(?:candidates|coaches)\s+(?:have\s+been\s+)?identified)"
    R"(|next\s+(?:term|year|academic\s+year)|in\s+the\s+(?:near\s+)?future)"
    R"())";

}  // namespace

PendingCues::PendingCues() : cue_(std::make_unique<re2::RE2>(kCue)) {}
PendingCues::~PendingCues() = default;

std::vector<std::pair<size_t, size_t>> PendingCues::Cues(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && cue_->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    out.emplace_back(start, start + m.size());
    pos = start + std::max<size_t>(m.size(), 1);
  }
  return out;
}

std::vector<bool> PendingCues::Mark(std::string_view text,
                                    const std::vector<std::pair<size_t, size_t>>& spans) const {
  std::vector<bool> out(spans.size(), false);
  if (spans.empty()) return out;
  const auto cues = Cues(text);
  if (cues.empty()) return out;
  // Clause ends: after . ! ? ; followed by space or the end, and at line breaks.
  std::vector<size_t> ends;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?' || ch == ';') &&
                       (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'))) {
      ends.push_back(i + 1);
    }
  }
  auto clause = [&](size_t pos) {
    return static_cast<size_t>(std::upper_bound(ends.begin(), ends.end(), pos) - ends.begin());
  };
  std::vector<size_t> pending_clauses;
  for (const auto& [s, e] : cues) pending_clauses.push_back(clause(s));
  for (size_t k = 0; k < spans.size(); ++k) {
    const size_t c = clause(spans[k].first);
    out[k] = std::find(pending_clauses.begin(), pending_clauses.end(), c) != pending_clauses.end();
  }
  return out;
}

}  // namespace returns
