// Internal to the lexicon library: the compiled form of a lexicon that
// internal::CompileLexicon builds (matcher_compile.cpp, behind
// Matcher::Compile) and Matcher::Tag's phases read (tag_phases.h). Immutable
// once built. Tests include this header to reach the compiled form directly.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/text/tokenize.h"
#include "lexicon/matcher/glob.h"
#include "lexicon/matcher/matcher.h"
#include "lexicon/matcher/pending.h"
#include "lexicon/matcher/term_table.h"

namespace returns {
namespace internal {

struct Term {
  std::string folded;
  bool glob = false;
  bool Matches(const Token& t) const { return glob ? GlobMatch(folded, t.folded) : folded == t.folded; }
};

// Do `words` match the tokens from tokens[i] on?
inline bool PhraseAt(const std::vector<Term>& words, const std::vector<Token>& tokens, size_t i) {
  if (i + words.size() > tokens.size()) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!words[k].Matches(tokens[i + k])) return false;
  }
  return true;
}

enum class Role { kStart, kNearA, kNearB, kAllPart };

struct CompiledRule;

// A rule using a term, and how: it starts the rule's word or phrase, or
// starts alternative `alt` of part `part` of a NEAR rule (part 0 side A,
// part 1 side B) or of an all rule.
struct TermUse {
  size_t rule;
  Role role;
  uint32_t n = 0;  // words in `words`, kept here so that a single word is told without reading the rule
  size_t part = 0, alt = 0;
  // Filled by Compiled::IndexUses once every rule is compiled, so that a
  // token's dispatch reads the use alone, not the rule (measured: loading
  // each rule's question list and words was a third of the word phase).
  uint64_t questions = ~uint64_t{0};         // bit q: applies to question q (1-63)
  const std::vector<Term>* words = nullptr;  // the word, phrase or alternative it starts
  uint64_t second = 0;                       // FnvAdd of words[1], an exact word; else 0

  // CompiledRule::AppliesTo, from the bits where they say it.
  bool AppliesTo(int question, const std::vector<CompiledRule>& rules) const;
};

// Hash lookups by string_view: a token's word or prefix without a copy.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// FNV-1a, one byte at a time, so that a token's hash grows with its prefix:
// every glob prefix length is probed from one pass over the token.
constexpr uint64_t kFnvOffset = 1469598103934665603ull;
inline uint64_t FnvAdd(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

// A bit per slot in front of a TermTable: most words and prefixes are in no
// rule, and a clear bit says so without the table's probe.
class HashScreen {
 public:
  void Add(uint64_t h) { bits_[Slot(h) >> 6] |= uint64_t{1} << (Slot(h) & 63); }
  bool MayHave(uint64_t h) const { return (bits_[Slot(h) >> 6] >> (Slot(h) & 63)) & 1u; }

 private:
  static size_t Slot(uint64_t h) { return static_cast<size_t>(h >> 48); }  // 65,536 slots, 8 KB
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024, 0);
};

struct CompiledRule {
  size_t theme = 0;
  RuleKind kind = RuleKind::kWord;
  std::string name;
  std::vector<int> questions;
  std::vector<Term> words;  // word: 1; phrase: n
  size_t within = 0;        // near
  // near: {side A, side B}; all: its parts. Each a list of alternatives, each alternative's words.
  std::vector<std::vector<std::vector<Term>>> parts;

  bool AppliesTo(int question) const {
    return question == 0 || questions.empty() ||
           std::find(questions.begin(), questions.end(), question) != questions.end();
  }
};

inline bool TermUse::AppliesTo(int question, const std::vector<CompiledRule>& rules) const {
  if (question == 0) return true;
  if (question > 0 && question < 64) return (questions >> question) & 1u;
  return rules[rule].AppliesTo(question);
}

struct CompiledExclusion {
  std::vector<Term> words;   // a phrase
  std::unique_ptr<RE2> re;   // or a pattern
  int set_index = -1;        // the pattern's index in Compiled::exclusion_set
};

// A theme's exclusions found fast: phrases by their first word, so that
// only those whose first word is at one of the few tokens up to a hit are
// tried there (indexes into the theme's exclusions).
struct ExclusionIndex {
  StringMap<std::vector<size_t>> by_first_word;  // a phrase's first word, when not a glob
  std::vector<size_t> glob_first;                // phrases whose first word is a glob
  size_t longest = 0;                            // words in the longest phrase
  bool has_patterns = false;
};

}  // namespace internal

struct Matcher::Compiled {
  std::string name, version;
  std::vector<std::string> theme_ids;
  std::vector<int> parent;  // index or -1
  std::vector<internal::CompiledRule> rules;
  // Single-token tests, each distinct word or glob once, and the rules that use them.
  std::vector<internal::Term> terms;
  std::vector<std::vector<internal::TermUse>> users;
  // The same uses laid end to end, term after term (IndexUses): term t's are
  // [use_from[t], use_from[t + 1]) of `uses`, what the word phase reads.
  std::vector<internal::TermUse> uses;
  std::vector<uint32_t> use_from;
  internal::StringMap<std::vector<size_t>> exact;        // folded word → terms
  internal::StringMap<std::vector<size_t>> glob_prefix;  // glob prefix → terms
  std::vector<size_t> prefix_lengths;                    // distinct glob prefix lengths, ascending
  // Terms by FnvAdd of the word, and of the glob prefix. A hash may be
  // shared, so every term found is checked against the token (Term::Matches).
  internal::TermTable exact_by_hash, glob_by_hash;
  internal::HashScreen exact_screen, glob_screen;
  internal::StringMap<std::vector<size_t>> acronyms;     // token as written → rules
  std::vector<bool> acronym_first_byte = std::vector<bool>(256, false);  // bytes an acronym starts with
  std::unique_ptr<RE2::Set> pattern_set;
  std::vector<std::unique_ptr<RE2>> patterns;
  std::vector<size_t> pattern_rule;
  std::vector<std::vector<internal::CompiledExclusion>> exclusions;  // per theme
  std::vector<internal::ExclusionIndex> exclusion_index;             // per theme
  // Every exclusion pattern in one set: one pass says which can match a text
  // at all, and only those are run for their spans.
  std::unique_ptr<RE2::Set> exclusion_set;
  std::unique_ptr<PendingCues> pending;
  // NEAR and all rules, for KeepCompleteRules: each rule's index among them
  // (or kNoParts), and by that index the bits of every part (part 0 bit 0;
  // a part past the 64th sets no bit, so such a rule is kept on its first 64).
  static constexpr uint32_t kNoParts = ~uint32_t{0};
  std::vector<uint32_t> part_rule;
  std::vector<uint64_t> every_part;

  // Fills each TermUse's copy of what dispatching it reads: its rule's
  // questions, its words and their number, the hash of its second word; and
  // the NEAR and all rules' part bits above; lays the uses end to end and
  // the term tables out. Call once the rules are all in place (their
  // vectors no longer move).
  void IndexUses() {
    part_rule.assign(rules.size(), kNoParts);
    for (size_t r = 0; r < rules.size(); ++r) {
      if (rules[r].kind != RuleKind::kNear && rules[r].kind != RuleKind::kAll) continue;
      const size_t parts = std::min<size_t>(rules[r].parts.size(), 64);
      part_rule[r] = static_cast<uint32_t>(every_part.size());
      every_part.push_back(parts == 64 ? ~uint64_t{0} : (uint64_t{1} << parts) - 1);
    }
    for (std::vector<internal::TermUse>& term_uses : users) {
      for (internal::TermUse& use : term_uses) {
        const internal::CompiledRule& rule = rules[use.rule];
        if (!rule.questions.empty()) {
          use.questions = 0;
          for (int q : rule.questions) {
            if (q > 0 && q < 64) use.questions |= uint64_t{1} << q;
          }
        }
        use.words = use.role == internal::Role::kStart ? &rule.words : &rule.parts[use.part][use.alt];
        const std::vector<internal::Term>& words = *use.words;
        use.n = static_cast<uint32_t>(words.size());
        use.second = words.size() > 1 && !words[1].glob ? internal::FnvAdd(internal::kFnvOffset, words[1].folded) : 0;
      }
    }
    uses.clear();
    use_from.assign(1, 0);
    for (const std::vector<internal::TermUse>& term_uses : users) {
      uses.insert(uses.end(), term_uses.begin(), term_uses.end());
      use_from.push_back(static_cast<uint32_t>(uses.size()));
    }
    exact_by_hash.Build();
    glob_by_hash.Build();
  }

  // A term already known (the same word or glob) gains a user: each distinct
  // term is compared with a token once, however many rules use it.
  void AddTerm(const internal::Term& term, size_t rule, internal::Role role, size_t part = 0, size_t alt = 0) {
    const internal::TermUse use{.rule = rule, .role = role, .part = part, .alt = alt};
    if (term.glob) {
      const auto known = glob_prefix.find(GlobPrefix(term.folded));
      if (known != glob_prefix.end()) {
        for (size_t id : known->second) {
          if (terms[id].folded == term.folded) {
            users[id].push_back(use);
            return;
          }
        }
      }
    } else if (const auto known = exact.find(term.folded); known != exact.end()) {
      users[known->second.front()].push_back(use);
      return;
    }
    terms.push_back(term);
    users.push_back({use});
    const size_t id = terms.size() - 1;
    if (term.glob) {
      const std::string prefix(GlobPrefix(term.folded));
      glob_prefix[prefix].push_back(id);
      const uint64_t h = internal::FnvAdd(internal::kFnvOffset, prefix);
      glob_by_hash.Add(h, static_cast<uint32_t>(id));
      glob_screen.Add(h);
      const auto at = std::lower_bound(prefix_lengths.begin(), prefix_lengths.end(), prefix.size());
      if (at == prefix_lengths.end() || *at != prefix.size()) prefix_lengths.insert(at, prefix.size());
    } else {
      exact[term.folded].push_back(id);
      const uint64_t h = internal::FnvAdd(internal::kFnvOffset, term.folded);
      exact_by_hash.Add(h, static_cast<uint32_t>(id));
      exact_screen.Add(h);
    }
  }
};

namespace internal {

// The body of Matcher::Compile, for tests that need the compiled form
// itself. Fails as Matcher::Compile does.
Result<std::shared_ptr<const Matcher::Compiled>> CompileLexicon(const Lexicon& lexicon);

}  // namespace internal

}  // namespace returns
