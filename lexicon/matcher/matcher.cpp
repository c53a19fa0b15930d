#include "lexicon/matcher/matcher.h"

#include <map>
#include <set>

#include "lexicon/matcher/compiled_lexicon.h"

namespace returns {

using internal::CompiledExclusion;
using internal::CompiledRule;
using internal::Role;
using internal::Term;

namespace {

struct Hit {
  size_t rule;
  size_t start, end;
};

// Sentence number of each token: a new sentence after . ! ? ; or a line break.
std::vector<int> Sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<int> out(tokens.size(), 0);
  int s = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::string_view gap = text.substr(tokens[i - 1].end, tokens[i].start - tokens[i - 1].end);
    if (gap.find_first_of(".!?;\n") != std::string_view::npos) ++s;
    out[i] = s;
  }
  return out;
}

std::string_view WithoutPluralOrPossessive(std::string_view w) {
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s", "s"}) {
    if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return w.substr(0, w.size() - suffix.size());
  }
  return {};
}

bool PhraseAt(const std::vector<Term>& words, const std::vector<Token>& tokens, size_t i) {
  if (i + words.size() > tokens.size()) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!words[k].Matches(tokens[i + k])) return false;
  }
  return true;
}

}  // namespace

Tagging Matcher::Tag(std::string_view text, int question) const {
  const Compiled& c = *c_;
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Hit> hits;
  std::map<size_t, std::pair<std::vector<size_t>, std::vector<size_t>>> near_sides;

  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    auto dispatch = [&](size_t term) {
      for (const auto& [rule_id, role] : c.users[term]) {
        const CompiledRule& rule = c.rules[rule_id];
        if (!rule.AppliesTo(question)) continue;
        if (role == Role::kNearA) near_sides[rule_id].first.push_back(i);
        else if (role == Role::kNearB) near_sides[rule_id].second.push_back(i);
        else if (rule.words.size() == 1) hits.push_back({rule_id, tok.start, tok.end});
        else if (PhraseAt(rule.words, tokens, i)) hits.push_back({rule_id, tok.start, tokens[i + rule.words.size() - 1].end});
      }
    };
    if (const auto it = c.exact.find(tok.folded); it != c.exact.end()) {
      for (size_t term : it->second) dispatch(term);
    }
    for (size_t len : c.prefix_lengths) {
      if (len > tok.folded.size()) continue;
      const auto it = c.glob_prefix.find(tok.folded.substr(0, len));
      if (it == c.glob_prefix.end()) continue;
      for (size_t term : it->second) {
        if (c.terms[term].Matches(tok)) dispatch(term);
      }
    }
    if (!c.acronyms.empty()) {
      for (std::string_view form : {std::string_view(tok.text), WithoutPluralOrPossessive(tok.text)}) {
        if (form.empty()) continue;
        const auto it = c.acronyms.find(std::string(form));
        if (it == c.acronyms.end()) continue;
        for (size_t rule_id : it->second) {
          if (c.rules[rule_id].AppliesTo(question)) hits.push_back({rule_id, tok.start, tok.end});
        }
        break;
      }
    }
  }

  if (!near_sides.empty()) {
    const std::vector<int> sentence = Sentences(text, tokens);
    for (const auto& [rule_id, sides] : near_sides) {
      const size_t within = c.rules[rule_id].within;
      for (size_t a : sides.first) {
        for (size_t b : sides.second) {
          const size_t lo = std::min(a, b), hi = std::max(a, b);
          if (a != b && hi - lo <= within && sentence[a] == sentence[b]) {
            hits.push_back({rule_id, tokens[lo].start, tokens[hi].end});
          }
        }
      }
    }
  }

  if (c.pattern_set) {
    std::vector<int> matched;
    if (c.pattern_set->Match(text, &matched)) {
      std::sort(matched.begin(), matched.end());
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
  }

  // Exclusions: a theme's hit inside one of its exclusion spans does not count.
  std::map<size_t, std::vector<std::pair<size_t, size_t>>> excluded;
  for (const Hit& h : hits) {
    const size_t theme = c.rules[h.rule].theme;
    if (c.exclusions[theme].empty() || excluded.count(theme)) continue;
    std::vector<std::pair<size_t, size_t>>& spans = excluded[theme];
    for (const CompiledExclusion& ex : c.exclusions[theme]) {
      if (ex.re) {
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

  // One match per theme and span: the first rule in lexicon order.
  std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    return std::tie(a.start, a.end, c.rules[a.rule].theme, a.rule) < std::tie(b.start, b.end, c.rules[b.rule].theme, b.rule);
  });
  const std::vector<bool> pending = c.pending.Mark(text, [&] {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const Hit& h : hits) spans.emplace_back(h.start, h.end);
    return spans;
  }());

  Tagging out;
  std::set<std::string> fired;
  for (const Hit& h : hits) fired.insert(c.rules[h.rule].name);
  out.fired.assign(fired.begin(), fired.end());
  std::map<std::string, bool> all_pending;
  for (size_t k = 0; k < hits.size(); ++k) {
    const Hit& h = hits[k];
    const CompiledRule& rule = c.rules[h.rule];
    if (k > 0 && hits[k - 1].start == h.start && hits[k - 1].end == h.end &&
        c.rules[hits[k - 1].rule].theme == rule.theme) {
      continue;
    }
    ThemeMatch m;
    m.theme = c.theme_ids[rule.theme];
    m.rule = rule.name;
    m.start = h.start;
    m.end = h.end;
    m.text = std::string(text.substr(h.start, h.end - h.start));
    m.pending = pending[k];
    auto [it, inserted] = all_pending.emplace(m.theme, m.pending);
    if (!inserted) it->second = it->second && m.pending;
    out.matches.push_back(std::move(m));
  }
  // Counts roll up: a theme's match also tags its ancestors, pending only if
  // every match below them is.
  std::map<std::string, bool> rolled = all_pending;
  for (const auto& [theme, is_pending] : all_pending) {
    const auto it = std::find(c.theme_ids.begin(), c.theme_ids.end(), theme);
    for (int p = c.parent[static_cast<size_t>(it - c.theme_ids.begin())]; p >= 0; p = c.parent[static_cast<size_t>(p)]) {
      auto [entry, inserted] = rolled.emplace(c.theme_ids[static_cast<size_t>(p)], is_pending);
      if (!inserted) entry->second = entry->second && is_pending;
    }
  }
  for (const auto& [theme, is_pending] : rolled) {
    out.themes.push_back(theme);
    if (is_pending) out.pending.push_back(theme);
  }
  return out;
}

const std::string& Matcher::name() const { return c_->name; }
const std::string& Matcher::version() const { return c_->version; }
const std::vector<std::string>& Matcher::theme_ids() const { return c_->theme_ids; }

std::vector<std::string> Matcher::Ancestors(const std::string& theme) const {
  std::vector<std::string> out;
  const auto it = std::find(c_->theme_ids.begin(), c_->theme_ids.end(), theme);
  if (it == c_->theme_ids.end()) return out;
  for (int p = c_->parent[static_cast<size_t>(it - c_->theme_ids.begin())]; p >= 0;
       p = c_->parent[static_cast<size_t>(p)]) {
    out.push_back(c_->theme_ids[static_cast<size_t>(p)]);
  }
  return out;
}

}  // namespace returns
