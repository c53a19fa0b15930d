#include "lexicon/matcher/pending.h"

#include <algorithm>
#include <array>
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
  o.set_max_mem(64 << 20);
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

// The bytes Units looks at: those that may end a unit, and the 'b' of " but ".
constexpr auto kMayEnd = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("\n.!?;,b")) t[c] = true;
  return t;
}();

// Unit numbers of a text: a new clause after . ! ? ; followed by a space or
// the end, at line breaks, at a comma before a coordinating conjunction
// (", and will compare…") and before "but"; a new sentence after . ! ? and
// at line breaks.
struct Units {
  std::vector<size_t> clause_ends, sentence_ends;  // byte offsets just past each end

  explicit Units(std::string_view text) {
    auto closes = [&](size_t i) { return i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'; };
    for (size_t i = 0; i < text.size(); ++i) {
      if (!kMayEnd[static_cast<unsigned char>(text[i])]) continue;  // most bytes: letters
      switch (text[i]) {
        case '\n':
          clause_ends.push_back(i + 1);
          sentence_ends.push_back(i + 1);
          break;
        case '.':
        case '!':
        case '?':
          if (closes(i)) {
            clause_ends.push_back(i + 1);
            sentence_ends.push_back(i + 1);
          }
          break;
        case ';':
          if (closes(i)) clause_ends.push_back(i + 1);
          break;
        case ',':
          if (ConjunctionAfter(text, i)) clause_ends.push_back(i + 1);
          break;
        case 'b':  // " but ": the clause ends after the space
          if (i > 0 && text[i - 1] == ' ' && text.compare(i - 1, 5, " but ") == 0) clause_ends.push_back(i);
          break;
        default:
          break;
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
  out->ahead_ = rules.ahead;
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
    if (!Applies(cue, question)) continue;
    for (const auto& [start, end] : Places(cue, text)) out.push_back({start, end, cue.done, cue.scope});
  }
  std::sort(out.begin(), out.end(), [](const Found& a, const Found& b) {
    return std::tie(a.start, a.end, a.done) < std::tie(b.start, b.end, b.done);
  });
  return out;
}

bool PendingCues::Applies(const CompiledCue& cue, int question) {
  return question == 0 || cue.questions.empty() ||
         std::find(cue.questions.begin(), cue.questions.end(), question) != cue.questions.end();
}

PendingCues::ClauseCues PendingCues::InClause(std::string_view clause, int question) const {
  ClauseCues out;
  std::vector<int> matched;
  if (!set_->Match(clause, &matched)) return out;
  std::vector<const CompiledCue*> pending, done;
  for (int index : matched) {
    const CompiledCue& cue = cues_[static_cast<size_t>(index)];
    if (!Applies(cue, question)) continue;
    if (cue.scope == CueScope::kMatch) {  // reaches only the matches inside its own text
      for (const auto& [start, end] : Places(cue, clause)) out.match_places.push_back({start, end, cue.done});
      continue;
    }
    (cue.done ? done : pending).push_back(&cue);
  }
  // Places are needed only to read a done cue inside a pending one ("not yet completed") as part of it.
  std::vector<std::pair<size_t, size_t>> pending_places;
  if (!done.empty() && !pending.empty()) {
    for (const CompiledCue* cue : pending) {
      for (const auto& place : Places(*cue, clause)) pending_places.push_back(place);
    }
  }
  for (const CompiledCue* cue : pending) {
    out.pending = true;
    out.pending_sentence = out.pending_sentence || cue->scope == CueScope::kSentence;
  }
  for (const CompiledCue* cue : done) {
    bool counts = pending_places.empty();
    if (!counts) {  // some place of it lies outside every pending cue
      for (const auto& place : Places(*cue, clause)) {  // (clang 14 cannot capture a structured binding)
        counts = counts || std::none_of(pending_places.begin(), pending_places.end(), [&](const auto& p) {
                   return p.first < place.second && place.first < p.second;
                 });
      }
    }
    if (!counts) continue;
    out.done = true;
    out.done_sentence = out.done_sentence || cue->scope == CueScope::kSentence;
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> PendingCues::Places(const CompiledCue& cue, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && cue.re->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    out.emplace_back(start, start + m.size());
    pos = start + std::max<size_t>(m.size(), 1);
  }
  return out;
}

std::vector<bool> PendingCues::Mark(std::string_view text, int question,
                                    const std::vector<std::pair<size_t, size_t>>& spans) const {
  // With no cue deciding, a match is pending only in an answer about work still ahead.
  const bool ahead = question != 0 && std::find(ahead_.begin(), ahead_.end(), question) != ahead_.end();
  std::vector<bool> out(spans.size(), ahead);
  if (spans.empty() || !set_) return out;
  const Units units(text);
  // Clause boundaries, and each clause's sentence.
  std::vector<size_t> starts{0};
  for (size_t end : units.clause_ends) starts.push_back(end);
  const size_t clauses = starts.size();
  auto clause_text = [&](size_t c) {  // (trimmed: its offset in `text` is its data() less text.data())
    const size_t from = starts[c], to = c + 1 < clauses ? starts[c + 1] : text.size();
    std::string_view t = text.substr(from, to - from);
    while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t')) t.remove_prefix(1);
    return t;
  };
  // The cues of every clause in a sentence holding a match, found once each;
  // then, per sentence, whether any of its clauses holds a cue reaching the
  // whole sentence. (A match's own clause, when it is read for the sentence's
  // cues, holds no cue, so counting it among the sentence's clauses changes nothing.)
  const size_t sentences = units.sentence_ends.size() + 1;
  std::vector<size_t> sentence_of(clauses);
  for (size_t c = 0; c < clauses; ++c) sentence_of[c] = units.Sentence(starts[c]);
  std::vector<char> needed(sentences, 0);
  for (const auto& span : spans) needed[units.Sentence(span.first)] = 1;
  std::vector<ClauseCues> found(clauses);
  std::vector<char> sentence_done(sentences, 0), sentence_pending(sentences, 0);
  for (size_t c = 0; c < clauses; ++c) {
    const size_t sentence = sentence_of[c];
    if (!needed[sentence]) continue;
    found[c] = InClause(clause_text(c), question);
    sentence_done[sentence] = sentence_done[sentence] || found[c].done_sentence;
    sentence_pending[sentence] = sentence_pending[sentence] || found[c].pending_sentence;
  }
  for (size_t k = 0; k < spans.size(); ++k) {
    const size_t clause = units.Clause(spans[k].first), sentence = units.Sentence(spans[k].first);
    const ClauseCues& own = found[clause];
    // A match-scoped cue whose text holds the match decides it (done wins).
    const size_t offset = static_cast<size_t>(clause_text(clause).data() - text.data());
    bool inside = false, inside_done = false;
    for (const ClauseCues::Place& place : own.match_places) {
      if (offset + place.start <= spans[k].first && spans[k].second <= offset + place.end) {
        inside = true;
        inside_done = inside_done || place.done;
      }
    }
    if (inside) {
      out[k] = !inside_done;
      continue;
    }
    if (own.done || own.pending) {
      out[k] = !own.done;
      continue;
    }
    out[k] = !sentence_done[sentence] && (sentence_pending[sentence] || ahead);
  }
  return out;
}

}  // namespace returns
