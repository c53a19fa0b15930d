// Finding personal names in a comment and replacing them, before a document
// is published: "Delivered by Jackie Cox/Veronica Smith" → "Delivered by
// [name]/[name]". Compile once (the names to keep, the names to redact, the
// word list), then run on every comment.
//
// The rule (README "Redaction" says it for users). Words are ICU word tokens;
// a capitalised word starts with a capital and has a lower-case letter
// ("Smith", not "SPAG" or "I"); a run is capitalised words with only white
// space between them.
//  1. Kept, whatever else holds: the names to keep — the register's
//     collaboratives, aliases, lead schools (also without their ending:
//     "Hugh Christie" of "Hugh Christie TC") and districts, the lexicon's
//     theme labels and phrases, the user's keep list — wherever they stand
//     (case aside); a run ending like a school, a collaborative or another
//     body ("… Academy", "… Partnership", "… University", "… Award"); a run
//     after "St" ("St Mary’s").
//  2. Redacted: the user's names to redact, wherever they stand (case
//     aside), even inside a kept name.
//  3. Cues. After a title (Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Sir, Dame): the
//     run that follows, up to three words ("title"). After "led by" or
//     "delivered by": the run that follows, up to three words, unless every
//     word of it is a common English word and no proper noun ("led by",
//     "delivered by"). Before "Training –" (a dash after it): the run before,
//     the same way ("Training –").
//  4. A given name and a surname ("given name"): a run's word the word list
//     has capitalised (a proper noun) — not at the start of a sentence when it
//     is also a common word ("Bill", "Penny"), and not the first word of a
//     collaborative's or district's name ("Hythe"), nor a word opening place
//     names (North, South, East, West, Upper, Lower, Great, Little, New,
//     Old, High, Nether, Mid: "East Stour"), nor a stop word (the list
//     has "In", indium: "In July") — followed by a
//     capitalised word, which is not a common word when the first is one too
//     ("Nick Hind", not "Senior Leaders" or "Cage Green"): both
//     are the name, and a third too when the second and third are not common
//     words only ("Bruce Potts", "Veronica Smith"). When the second is a
//     common word only, the run must end there ("Laura Bunny" yes, "Kent
//     Agreed Syllabus" no).
//  5. Next to a name ("next to a name"): a run joined to a found name by "/"
//     or "&" ("Jackie Cox/Veronica Smith").
// Not found: a name standing alone ("Potts said"), a name in capitals, a
// first name only, a place or a body written like a name and not known to
// the register, the lexicon or the keep list ("London Gifted").
//
// A Redactor is immutable once compiled; share it freely between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/redact/english_words.h"

namespace returns {

enum class RedactStyle {
  kName,      // "[name]"
  kInitials,  // "B.P." for "Bruce Potts"
};

struct RedactorOptions {
  RedactStyle style = RedactStyle::kName;
  std::vector<std::string> keep;     // names never redacted (phrases; case aside)
  std::vector<std::string> redact;   // names always redacted (phrases; case aside)
  std::vector<std::string> places;   // words never a given name (first words of collaboratives' names)
};

// One redaction: where in the text it was, what it said and why.
struct Redaction {
  size_t start = 0;  // byte span [start, end) in the text given to Redact
  size_t end = 0;
  std::string words;        // the text of the span
  std::string rule;         // "title", "led by", "delivered by", "Training –", "given name", "next to a name", "redact list"
  std::string replacement;  // "[name]" or the initials
};

struct Redacted {
  std::string text;                     // the text with each redaction replaced
  std::vector<Redaction> redactions;    // in text order, not overlapping
};

class Redactor {
 public:
  // InvalidInput when a keep or redact name has no word in it.
  static Result<Redactor> Compile(const RedactorOptions& options, EnglishWords words);

  // REQUIRES: valid UTF-8.
  Redacted Redact(std::string_view text) const;

  RedactStyle style() const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> c_;
};

// The ±`width` bytes around [start, end) of `text` on one line, cut at
// character boundaries, with "…" where cut: what `returns redactions` shows.
std::string RedactionContext(std::string_view text, size_t start, size_t end, size_t width = 40);

}  // namespace returns
