#include "lexicon/matcher/pending.h"

#include <algorithm>
#include <tuple>

#include "lexicon/codebook/lexicon_text.h"

namespace returns {
namespace {

// The cues the tagger used before lexicons had a `pending:` section: the
// default for a lexicon without one. ASCII word boundaries keep RE2 fast.
constexpr const char* kDefaultCue =
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

RE2::Options CueOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

bool IsAsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Does a conjunction that starts a coordinate clause follow text[i] (a
// comma), after one space: ", and", ", but", ", while", …?
bool ConjunctionAfter(std::string_view text, size_t i) {
  static constexpr std::string_view kConjunctions[] = {"and ",     "but ",   "while ", "whereas ",
                                                       "although ", "though ", "so ",    "yet "};
  if (i + 2 >= text.size() || text[i + 1] != ' ') return false;
  const std::string_view rest = text.substr(i + 2);
  for (std::string_view c : kConjunctions) {
    if (rest.size() >= c.size() && rest.compare(0, c.size(), c) == 0) return true;
  }
  return false;
}

// Unit numbers of a text: a new clause after . ! ? ; followed by a space or
// the end, at line breaks, and at a comma before a coordinating conjunction
// (", and will compare…"); a new sentence after . ! ? and at line breaks.
struct Units {
  std::vector<size_t> clause_ends, sentence_ends;  // byte offsets just past each end

  explicit Units(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      const char ch = text[i];
      const bool closes = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
      if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && closes)) {
        clause_ends.push_back(i + 1);
        sentence_ends.push_back(i + 1);
      } else if ((ch == ';' && closes) || (ch == ',' && ConjunctionAfter(text, i))) {
        clause_ends.push_back(i + 1);
      }
    }
  }
  static size_t Of(const std::vector<size_t>& ends, size_t pos) {
    return static_cast<size_t>(std::upper_bound(ends.begin(), ends.end(), pos) - ends.begin());
  }
  size_t Clause(size_t pos) const { return Of(clause_ends, pos); }
  size_t Sentence(size_t pos) const { return Of(sentence_ends, pos); }
};

}  // namespace

PendingRules DefaultPendingRules() {
  PendingRules rules;
  rules.pending.push_back({true, kDefaultCue, CueScope::kClause, {}, 0});
  return rules;
}

std::string CuePhrasePattern(std::string_view phrase) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '-') flush();
    else current += c;
  }
  flush();
  std::string out = "(?i)";
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string& word = words[w];
    if (w > 0) out += R"((?:\s|-|–|—)+)";
    if (w == 0 && IsAsciiWordByte(word.front())) out += R"(\b)";
    for (size_t i = 0; i < word.size(); ++i) {
      if (word[i] == '*') {
        out += R"(\w*)";
      } else if (word[i] == '\'') {
        out += "['’]";
      } else if (word.compare(i, 3, "’") == 0) {
        out += "['’]";
        i += 2;
      } else {
        out += RE2::QuoteMeta(std::string_view(&word[i], 1));
      }
    }
    if (w + 1 == words.size() && IsAsciiWordByte(word.back())) out += R"(\b)";
  }
  return out;
}

Result<std::unique_ptr<PendingCues>> PendingCues::Compile(const PendingRules& rules, const std::string& source) {
  std::unique_ptr<PendingCues> out(new PendingCues());
  for (const bool done : {false, true}) {
    for (const Cue& cue : done ? rules.done : rules.pending) {
      const std::string pattern = cue.pattern ? cue.text : CuePhrasePattern(cue.text);
      auto re = std::make_unique<re2::RE2>(pattern, CueOptions());
      const std::string where = source.empty() ? std::string("lexicon") : source + ":" + std::to_string(cue.line);
      if (!re->ok()) {
        return Status::InvalidInput(where, std::string(cue.pattern ? "invalid RE2 pattern '" : "invalid cue phrase '") +
                                               Printable(cue.text) + "': " + Printable(re->error()));
      }
      if (!out->set_) out->set_ = std::make_unique<re2::RE2::Set>(CueOptions(), re2::RE2::UNANCHORED);
      std::string error;
      if (out->set_->Add(pattern, &error) < 0) return Status::InvalidInput(where, "cue: " + Printable(error));
      out->cues_.push_back({std::move(re), done, cue.scope, cue.questions});
    }
  }
  if (out->set_ && !out->set_->Compile()) return Status::Internal("lexicon", "the pending cues are too many to compile");
  return out;
}

PendingCues::~PendingCues() = default;

std::vector<PendingCues::Found> PendingCues::Find(std::string_view text, int question) const {
  std::vector<Found> out;
  std::vector<int> matched;
  if (!set_ || !set_->Match(text, &matched)) return out;
  for (int index : matched) {
    const CompiledCue& cue = cues_[static_cast<size_t>(index)];
    if (question != 0 && !cue.questions.empty() &&
        std::find(cue.questions.begin(), cue.questions.end(), question) == cue.questions.end()) {
      continue;
    }
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() && cue.re->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
      const size_t start = static_cast<size_t>(m.data() - text.data());
      out.push_back({start, start + m.size(), cue.done, cue.scope});
      pos = start + std::max<size_t>(m.size(), 1);
    }
  }
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) {
    return std::tie(a.start, a.end, a.done) < std::tie(b.start, b.end, b.done);
  });
  return out;
}

std::vector<bool> PendingCues::Mark(std::string_view text, int question,
                                    const std::vector<std::pair<size_t, size_t>>& spans) const {
  std::vector<bool> out(spans.size(), false);
  if (spans.empty()) return out;
  const std::vector<Found> found = Find(text, question);
  if (found.empty()) return out;
  // A done cue inside or across a pending one is read as part of it: "not yet completed".
  std::vector<Found> cues;
  for (const Found& f : found) {
    const bool within_pending = f.done && std::any_of(found.begin(), found.end(), [&](const Found& p) {
                                  return !p.done && p.start < f.end && f.start < p.end;
                                });
    if (!within_pending) cues.push_back(f);
  }
  const Units units(text);
  for (size_t k = 0; k < spans.size(); ++k) {
    const size_t clause = units.Clause(spans[k].first), sentence = units.Sentence(spans[k].first);
    bool clause_pending = false, clause_done = false, sentence_pending = false, sentence_done = false;
    for (const Found& cue : cues) {
      if (units.Clause(cue.start) == clause) {
        (cue.done ? clause_done : clause_pending) = true;
      } else if (cue.scope == CueScope::kSentence && units.Sentence(cue.start) == sentence) {
        (cue.done ? sentence_done : sentence_pending) = true;
      }
    }
    out[k] = clause_done ? false : clause_pending ? true : !sentence_done && sentence_pending;
  }
  return out;
}

}  // namespace returns
