// A lexicon compiled for tagging: built once, immutable, shared by threads.
//
// Tagging is linear in the text: every token is looked up once in a hash of
// exact words and a hash of glob prefixes (one probe per prefix length), and
// the hits dispatch to the rules that use them (word, phrase start, proximity
// side); acronyms are a hash on the token as written; all patterns run as one
// RE2::Set, and only the patterns that matched are run again for spans.
//
// A hit lying inside one of its theme's exclusions is dropped. A hit is
// marked pending as the lexicon's pending cues in its clause and sentence say
// (pending.h: "not yet", "booked for May", "To develop…", unless "took
// place" or another done cue is nearer); a theme is pending in a text when
// all its hits are.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/tagging.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

class Matcher {
 public:
  // Fails with file:line on text a lexicon may not hold (lexicon_text.h: not
  // UTF-8, NUL or control characters, an id that is not a theme id, a pattern
  // using \C), an invalid RE2 pattern, a malformed NEAR rule, a duplicate
  // theme id, an unknown parent or a parent cycle. Every match span of the
  // matcher then lies on UTF-8 character boundaries.
  static Result<Matcher> Compile(const Lexicon& lexicon);

  // `question` 1-5, or 0 when unknown (then every rule applies).
  // Thread-safe. REQUIRES: valid UTF-8.
  Tagging Tag(std::string_view text, int question = 0) const;

  // A text and its question, for TagAll.
  struct Input {
    std::string_view text;
    int question = 0;
  };
  // The taggings Tag gives each input, worked out phase by phase across the
  // inputs (every text's words, then every text's patterns, exclusions,
  // pending marks): each phase's RE2 automaton and tables stay in the cache
  // from one text to the next. A few dozen inputs at a time is enough.
  // Thread-safe. REQUIRES: valid UTF-8.
  std::vector<Tagging> TagAll(const std::vector<Input>& inputs) const;

  // Names of every rule that hits the text (after exclusions), sorted, each
  // once: what `lexicon check --corpus` counts. Tag does not work them out.
  std::vector<std::string> RulesFired(std::string_view text, int question = 0) const;

  const std::string& name() const;
  const std::string& version() const;
  // Theme ids in lexicon order, and each theme's ancestors (parent first).
  const std::vector<std::string>& theme_ids() const;
  std::vector<std::string> Ancestors(const std::string& theme) const;

  struct Compiled;

 private:
  explicit Matcher(std::shared_ptr<const Compiled> c) : c_(std::move(c)) {}
  std::shared_ptr<const Compiled> c_;
};

}  // namespace returns
