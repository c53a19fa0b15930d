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

void DropExcludedHits(const Matcher::Compiled& c, std::string_view text, const std::vector<Token>& tokens,
                      std::vector<Hit>& hits) {
  std::map<size_t, std::vector<std::pair<size_t, size_t>>> excluded;  // theme → its exclusion spans
  std::vector<int> set_matches;  // exclusion patterns that match at all: one pass, when first needed
  bool set_run = false;
  for (const Hit& h : hits) {
    const size_t theme = c.rules[h.rule].theme;
    if (c.exclusions[theme].empty() || excluded.count(theme)) continue;
    if (!set_run && c.exclusion_set) {
      c.exclusion_set->Match(text, &set_matches);
      std::sort(set_matches.begin(), set_matches.end());
      set_run = true;
    }
    AppendExclusionSpans(c, text, tokens, theme, excluded[theme], c.exclusion_set ? &set_matches : nullptr);
  }
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const Hit& h) {
                              const auto it = excluded.find(c.rules[h.rule].theme);
                              if (it == excluded.end()) return false;
                              for (const auto& [s, e] : it->second) {
                                if (h.start >= s && h.end <= e) return true;
                              }
                              return false;
                            }),
             hits.end());
}

}  // namespace internal
}  // namespace returns
