// Pending marks: does the work a theme's match talks about still lie ahead?
// The lexicon's `pending:` section says how to read it (README "Lexicon
// format", "Pending"): cues that the work has not happened yet ("not yet",
// "booked for", "To develop…") and cues that some of it has ("took place",
// "completed"), each reaching its clause or its sentence.
//
// Units of text: a clause runs between . ! ? ; (followed by a space or the
// end), line breaks, a comma before a coordinating conjunction (and, but,
// while, whereas, although, though, so, yet: "…expectations for reading, and
// will compare judgements in June") and the word "but"; a sentence between
// . ! ? and line breaks. Dashes end neither ("Training – still to be finalised" is one
// clause), and a line break ends both, so a heading's cue stays on its line.
//
// A done cue that overlaps a pending cue is read as part of it and does not
// count: in "not yet completed" (a pending cue) "completed" is no done cue.
//
// A match is decided by the nearest unit holding a cue that reaches it:
//   0. a match-scoped cue (`scope: match`) whose text holds the match: done
//      means not pending, else pending. Such a cue reaches nothing else:
//      "Extend learning walks to include middle leaders" (a done cue over
//      "Extend learning walks to") says the walks exist, and leaves
//      "middle leaders" to the other cues or to `ahead`;
//   1. cues in the match's own clause (clause or sentence scope): a done cue
//      means not pending; else a pending cue means pending;
//   2. otherwise sentence-scoped cues elsewhere in its sentence, the same way;
//   3. otherwise not pending -- or pending, when the record answers one of the
//      section's `ahead` questions (question 4, "Areas for further
//      development": work still ahead). An unknown question (0) is not one.
// A theme is pending in a comment when all its matches are (matches.cpp).
//
// Phrase cues are compiled into patterns: the words in order, case-folded,
// '*' any word characters, ' and ’ alike, separated by spaces or dashes.
// Cues are looked for clause by clause, in the sentences that hold a match:
// every cue runs as one RE2::Set over each such clause (leading white space
// trimmed, so '^' is the clause's start). Places are found only where a
// clause holds both kinds, to read a done cue inside a pending one.
//
// A lexicon without a `pending:` section gets DefaultPendingRules(): the cues
// the tagger used before the section existed, clause-scoped, with no done
// cues, so older lexicons and imported dictionaries mark pending as before.
// An empty section (`pending: {}`) marks nothing pending.
//
// Immutable after Compile; thread-safe.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

// The built-in pending rules for a lexicon without a `pending:` section.
PendingRules DefaultPendingRules();

// A phrase cue as the RE2 pattern it is compiled to:
// "not yet" → (?i)\bnot(?:\s|-|–|—)+yet\b
std::string CuePhrasePattern(std::string_view phrase);

class PendingCues {
 public:
  // Fails, located at "source:line", on an invalid cue pattern.
  static Result<std::unique_ptr<PendingCues>> Compile(const PendingRules& rules, const std::string& source);
  ~PendingCues();
  PendingCues(const PendingCues&) = delete;
  PendingCues& operator=(const PendingCues&) = delete;

  // For each byte span of `text` (the start counts): is the work pending?
  // Cues limited to questions apply to `question` (0, unknown: every cue).
  std::vector<bool> Mark(std::string_view text, int question,
                         const std::vector<std::pair<size_t, size_t>>& spans) const;

  // A cue found in a text (for tests and --show).
  struct Found {
    size_t start = 0, end = 0;
    bool done = false;  // a cue that some of the work has happened
    CueScope scope = CueScope::kClause;
  };
  // Every cue's places in `text`, by start.
  std::vector<Found> Find(std::string_view text, int question = 0) const;

 private:
  PendingCues() = default;
  struct CompiledCue {
    std::unique_ptr<re2::RE2> re;
    bool done = false;
    CueScope scope = CueScope::kClause;
    std::vector<int> questions;
  };
  // Which kinds of cue a clause holds that count (a done cue inside a pending one does not),
  // and the places of its match-scoped cues (offsets in the clause).
  struct ClauseCues {
    bool pending = false, done = false;                    // clause or sentence scope
    bool pending_sentence = false, done_sentence = false;  // sentence-scoped
    struct Place {
      size_t start = 0, end = 0;
      bool done = false;
    };
    std::vector<Place> match_places;  // match-scoped cues
  };
  static bool Applies(const CompiledCue& cue, int question);
  static std::vector<std::pair<size_t, size_t>> Places(const CompiledCue& cue, std::string_view text);
  ClauseCues InClause(std::string_view clause, int question) const;
  std::vector<CompiledCue> cues_;       // pending cues, then done cues
  std::vector<int> ahead_;              // questions answered with work still ahead
  std::unique_ptr<re2::RE2::Set> set_;  // every cue, in cues_ order; null when there are none
};

}  // namespace returns
