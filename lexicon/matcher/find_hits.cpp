// Tagging's first phases: the hits of word, phrase, acronym, NEAR and
// pattern rules (tag_phases.h).
#include "lexicon/matcher/tag_phases.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace returns {
namespace internal {
namespace {

// Bytes that end a unit: bit 1 a clause (NEAR rules), bit 2 a sentence (all rules).
constexpr uint8_t kClauseEnd = 1, kSentenceEnd = 2;
constexpr auto kUnitEnds = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : std::string_view(".!?\n")) t[c] = kClauseEnd | kSentenceEnd;
  t[static_cast<unsigned char>(';')] = kClauseEnd;
  return t;
}();

// Unit number of each token: a new unit after a byte of kind `ends` between two tokens.
std::vector<int> Units(std::string_view text, const std::vector<Token>& tokens, uint8_t ends) {
  std::vector<int> out(tokens.size(), 0);
  int s = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    for (size_t k = tokens[i - 1].end; k < tokens[i].start; ++k) {
      if (kUnitEnds[static_cast<unsigned char>(text[k])] & ends) {
        ++s;
        break;
      }
    }
    out[i] = s;
  }
  return out;
}

constexpr uint8_t kClauseEnds = kClauseEnd;      // NEAR rules: one clause (. ! ? ; or a line break)
constexpr uint8_t kSentenceEnds = kSentenceEnd;  // all rules: one sentence (. ! ? or a line break)

// "TAs", "TA's", "TA’s" → "TA"; empty when there is no such ending.
std::string_view WithoutPluralOrPossessive(std::string_view w) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "s"}) {
    if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return w.substr(0, w.size() - suffix.size());
  }
  return {};
}

// Do the words after the first of `use`'s follow token i? (Token i is the
// first word's: the term found there.) `hashes` are the tokens' FnvAdd
// hashes: a second word that is not the next token's is told by them,
// without reading the words. A single word has nothing after it.
inline bool RestAt(const TermUse& use, const std::vector<Token>& tokens, const std::vector<uint64_t>& hashes, size_t i) {
  if (use.n == 1) return true;
  if (i + use.n > tokens.size()) return false;
  if (use.second != 0 && hashes[i + 1] != use.second) return false;
  const std::vector<Term>& words = *use.words;  // read last: most uses are told without it
  for (size_t k = 1; k < words.size(); ++k) {
    if (!words[k].Matches(tokens[i + k])) return false;
  }
  return true;
}

// Token i matched `term`: a hit for each word rule using it, and each phrase
// rule whose phrase starts here; or a note of a NEAR side or of an all rule's part.
void Dispatch(const Matcher::Compiled& c, const std::vector<Token>& tokens, const std::vector<uint64_t>& hashes,
              size_t i, size_t term, int question, std::vector<Hit>& hits, PartPlaces& places) {
  for (uint32_t u = c.use_from[term]; u < c.use_from[term + 1]; ++u) {
    const TermUse& use = c.uses[u];
    if (!use.AppliesTo(question, c.rules)) continue;
    const size_t n = use.n;
    if (use.role != Role::kStart) {
      if (RestAt(use, tokens, hashes, i)) places.push_back({use.rule, use.part, {i, i + n - 1}});
    } else if (n == 1) {
      hits.push_back({use.rule, tokens[i].start, tokens[i].end});
    } else if (RestAt(use, tokens, hashes, i)) {
      hits.push_back({use.rule, tokens[i].start, tokens[i + n - 1].end});
    }
  }
}

// Acronym hits of a token: as written, or else without a plural or possessive ending (case-sensitive).
void FindAcronymHits(const Matcher::Compiled& c, const Token& tok, int question, std::vector<Hit>& hits) {
  for (std::string_view form : {std::string_view(tok.text), WithoutPluralOrPossessive(tok.text)}) {
    if (form.empty()) continue;
    const auto it = c.acronyms.find(form);
    if (it == c.acronyms.end()) continue;
    for (size_t rule_id : it->second) {
      if (c.rules[rule_id].AppliesTo(question)) hits.push_back({rule_id, tok.start, tok.end});
    }
    break;
  }
}

}  // namespace

void FindWordHits(const Matcher::Compiled& c, const std::vector<Token>& tokens, int question,
                  std::vector<Hit>& hits, PartPlaces& places) {
  std::vector<uint64_t> probes;                  // hashes of this token's prefixes some glob may have, shortest first
  std::vector<uint64_t> hashes(tokens.size());  // each token's whole folded word
  for (size_t i = 0; i < tokens.size(); ++i) hashes[i] = FnvAdd(kFnvOffset, tokens[i].folded);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    const std::string_view word = tok.folded;
    // Glob prefixes by length, in one pass of the hash; then the exact word.
    probes.clear();
    uint64_t h = kFnvOffset;
    size_t hashed = 0;
    for (size_t len : c.prefix_lengths) {
      if (len > word.size()) break;
      h = FnvAdd(h, word.substr(hashed, len - hashed));
      hashed = len;
      if (c.glob_screen.MayHave(h)) probes.push_back(h);
    }
    h = hashes[i];
    if (c.exact_screen.MayHave(h)) {
      c.exact_by_hash.ForEach(h, [&](uint32_t term) {
        if (c.terms[term].folded == word) Dispatch(c, tokens, hashes, i, term, question, hits, places);
      });
    }
    for (uint64_t prefix_hash : probes) {
      c.glob_by_hash.ForEach(prefix_hash, [&](uint32_t term) {
        if (c.terms[term].Matches(tok)) Dispatch(c, tokens, hashes, i, term, question, hits, places);
      });
    }
    // Acronyms are looked up only for tokens that start as one of them does.
    if (!tok.text.empty() && c.acronym_first_byte[static_cast<unsigned char>(tok.text.front())]) {
      FindAcronymHits(c, tok, question, hits);
    }
  }
}

void KeepCompleteRules(const Matcher::Compiled& c, PartPlaces& places) {
  if (places.empty()) return;
  std::vector<uint64_t> found(c.every_part.size(), 0);  // by part rule index: the parts with a place
  auto bit = [](size_t part) { return part < 64 ? uint64_t{1} << part : 0; };
  for (const PartPlace& p : places) found[c.part_rule[p.rule]] |= bit(p.part);
  places.erase(std::remove_if(places.begin(), places.end(),
                              [&](const PartPlace& p) {
                                const uint32_t r = c.part_rule[p.rule];
                                return found[r] != c.every_part[r];
                              }),
               places.end());
}

void SortPlaces(PartPlaces& places) {
  std::sort(places.begin(), places.end());
  places.erase(std::unique(places.begin(), places.end()), places.end());  // an alternative found twice at one place
}

void FindNearHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                  const PartPlaces& places, std::vector<Hit>& hits) {
  std::vector<int> clause;  // worked out when a NEAR rule has both sides
  for (size_t from = 0; from < places.size();) {
    const size_t rule_id = places[from].rule;
    size_t to = from;
    while (to < places.size() && places[to].rule == rule_id) ++to;
    const CompiledRule& rule = c.rules[rule_id];
    // Side A is [from, b), side B is [b, to).
    size_t b = from;
    while (b < to && places[b].part == 0) ++b;
    if (rule.kind == RuleKind::kNear && b > from && b < to) {
      if (clause.empty()) clause = Units(text, tokens, kClauseEnds);
      for (size_t x = from; x < b; ++x) {
        const auto [a_first, a_last] = places[x].tokens;
        for (size_t y = b; y < to; ++y) {
          const auto [b_first, b_last] = places[y].tokens;
          if (a_first <= b_last && b_first <= a_last) continue;  // the sides overlap
          const size_t gap = a_last < b_first ? b_first - a_last : a_first - b_last;
          const size_t lo = std::min(a_first, b_first), hi = std::max(a_last, b_last);
          if (gap <= rule.within && clause[lo] == clause[hi]) hits.push_back({rule_id, tokens[lo].start, tokens[hi].end});
        }
      }
    }
    from = to;
  }
}

void FindAllHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                 const PartPlaces& places, std::vector<Hit>& hits) {
  std::vector<int> sentence;  // worked out when an all rule has every part
  for (size_t from = 0; from < places.size();) {
    const size_t rule_id = places[from].rule;
    size_t to = from;
    while (to < places.size() && places[to].rule == rule_id) ++to;
    const CompiledRule& rule = c.rules[rule_id];
    // Where each part's places begin in [from, to).
    std::vector<size_t> part_from(rule.parts.size() + 1, to);
    for (size_t k = to; k-- > from;) part_from[places[k].part] = k;
    for (size_t p = rule.parts.size(); p-- > 0;) part_from[p] = std::min(part_from[p], part_from[p + 1]);
    bool every_part = rule.kind == RuleKind::kAll;
    for (size_t p = 0; p < rule.parts.size() && every_part; ++p) every_part = part_from[p] < part_from[p + 1];
    if (every_part) {
      if (sentence.empty()) sentence = Units(text, tokens, kSentenceEnds);
      // Sentences holding part 0, then those that hold every other part too.
      int last = -1;
      for (size_t x = part_from[0]; x < part_from[1]; ++x) {
        const int s = sentence[places[x].tokens.first];
        if (s == last) continue;
        last = s;
        size_t start = std::string_view::npos, end = 0;
        bool every = true;
        for (size_t p = 0; p < rule.parts.size() && every; ++p) {
          every = false;
          for (size_t y = part_from[p]; y < part_from[p + 1]; ++y) {
            if (sentence[places[y].tokens.first] != s) continue;
            start = std::min(start, tokens[places[y].tokens.first].start);
            end = std::max(end, tokens[places[y].tokens.second].end);
            every = true;
            break;
          }
        }
        if (every) hits.push_back({rule_id, start, end});
      }
    }
    from = to;
  }
}

void FindPatternHits(const Matcher::Compiled& c, std::string_view text, int question, std::vector<Hit>& hits) {
  if (!c.pattern_set) return;
  std::vector<int> matched;
  if (!c.pattern_set->Match(text, &matched)) return;
  std::sort(matched.begin(), matched.end());  // lexicon order
  for (int p : matched) {
    const size_t rule_id = c.pattern_rule[static_cast<size_t>(p)];
    if (!c.rules[rule_id].AppliesTo(question)) continue;
    const RE2& re = *c.patterns[static_cast<size_t>(p)];
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t start = static_cast<size_t>(m.data() - text.data());
      if (m.empty()) {
        pos = start + 1;
        continue;
      }
      hits.push_back({rule_id, start, start + m.size()});
      pos = start + m.size();
    }
  }
}

}  // namespace internal
}  // namespace returns
