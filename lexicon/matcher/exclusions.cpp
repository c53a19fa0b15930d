// Tagging's exclusion phase: a theme's hit inside one of that theme's
// exclusions does not count (tag_phases.h).
#include "lexicon/matcher/tag_phases.h"

#include <algorithm>
#include <map>

namespace returns {
namespace internal {

void AppendExclusionSpans(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                          size_t theme, std::vector<std::pair<size_t, size_t>>& spans,
                          const std::vector<int>* set_matches) {
  for (const CompiledExclusion& ex : c.exclusions[theme]) {
    if (ex.re) {
      if (set_matches && !std::binary_search(set_matches->begin(), set_matches->end(), ex.set_index)) continue;
      re2::StringPiece m;
      size_t pos = 0;
      while (pos < text.size() && ex.re->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const size_t start = static_cast<size_t>(m.data() - text.data());
        spans.emplace_back(start, start + m.size());
        pos = start + std::max<size_t>(m.size(), 1);
      }
    } else {
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (PhraseAt(ex.words, tokens, i)) spans.emplace_back(tokens[i].start, tokens[i + ex.words.size() - 1].end);
      }
    }
  }
}

namespace {

// Does a phrase exclusion of `theme` cover hit `h`? Only phrases starting at
// the hit's first token or the few before it can, so only those are tried:
// at each such token, the phrases whose first word it is, and those whose
// first word is a glob.
bool InExcludedPhrase(const Matcher::Compiled& c, const std::vector<Token>& tokens, size_t theme, const Hit& h) {
  const ExclusionIndex& index = c.exclusion_index[theme];
  if (index.longest == 0) return false;
  // The last token starting at or before the hit.
  const auto after = std::upper_bound(tokens.begin(), tokens.end(), h.start,
                                      [](size_t pos, const Token& t) { return pos < t.start; });
  if (after == tokens.begin()) return false;
  const size_t k = static_cast<size_t>(after - tokens.begin()) - 1;
  auto covers = [&](size_t e, size_t i) {
    const std::vector<Term>& words = c.exclusions[theme][e].words;
    const size_t n = words.size();
    return i + n > k && PhraseAt(words, tokens, i) && tokens[i].start <= h.start && tokens[i + n - 1].end >= h.end;
  };
  for (size_t i = k + 1 >= index.longest ? k + 1 - index.longest : 0; i <= k; ++i) {
    if (const auto it = index.by_first_word.find(tokens[i].folded); it != index.by_first_word.end()) {
      for (size_t e : it->second) {
        if (covers(e, i)) return true;
      }
    }
    for (size_t e : index.glob_first) {
      if (covers(e, i)) return true;
    }
  }
  return false;
}

}  // namespace

void DropExcludedHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                      std::vector<Hit>& hits) {
  // Pattern exclusions' spans, per theme with hits, from the patterns that match the text at all.
  std::map<size_t, std::vector<std::pair<size_t, size_t>>> pattern_spans;
  std::vector<int> set_matches;
  bool set_run = false;
  for (const Hit& h : hits) {
    const size_t theme = c.rules[h.rule].theme;
    if (pattern_spans.count(theme) || !c.exclusion_index[theme].has_patterns) continue;
    if (!set_run) {
      c.exclusion_set->Match(text, &set_matches);
      std::sort(set_matches.begin(), set_matches.end());
      set_run = true;
    }
    auto& spans = pattern_spans[theme];
    if (set_matches.empty()) continue;
    for (const CompiledExclusion& ex : c.exclusions[theme]) {
      if (!ex.re || !std::binary_search(set_matches.begin(), set_matches.end(), ex.set_index)) continue;
      re2::StringPiece m;
      size_t pos = 0;
      while (pos < text.size() && ex.re->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const size_t start = static_cast<size_t>(m.data() - text.data());
        spans.emplace_back(start, start + m.size());
        pos = start + std::max<size_t>(m.size(), 1);
      }
    }
  }
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const Hit& h) {
                              const size_t theme = c.rules[h.rule].theme;
                              if (c.exclusions[theme].empty()) return false;
                              if (const auto it = pattern_spans.find(theme); it != pattern_spans.end()) {
                                for (const auto& [s, e] : it->second) {
                                  if (h.start >= s && h.end <= e) return true;
                                }
                              }
                              return InExcludedPhrase(c, tokens, theme, h);
                            }),
             hits.end());
}

}  // namespace internal
}  // namespace returns
