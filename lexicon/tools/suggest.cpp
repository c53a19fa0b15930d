#include "lexicon/tools/suggest.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "corpus/text/content_words.h"
#include "corpus/text/tokenize.h"

namespace returns {
namespace {

// Per comment: each term's frequency, and the number of content words.
struct CommentTerms {
  std::map<std::string, unsigned> counts;  // words and phrases
  std::set<std::string> phrases;
  unsigned words = 0;
};

CommentTerms Count(const std::string& text) {
  const ContentTerms t = FindContentTerms(text);
  CommentTerms out;
  out.words = static_cast<unsigned>(t.words.size());
  for (const std::string& w : t.words) ++out.counts[w];
  for (const std::string& p : t.pairs) {
    ++out.counts[p];
    out.phrases.insert(p);
  }
  return out;
}

// Where the term's words stand in `text`, as byte spans.
std::vector<std::pair<size_t, size_t>> TermSpans(const std::string& text, const std::string& term) {
  const size_t space = term.find(' ');
  const std::string first = term.substr(0, space);
  const std::string second = space == std::string::npos ? std::string() : term.substr(space + 1);
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].folded != first) continue;
    if (second.empty()) spans.emplace_back(tokens[i].start, tokens[i].end);
    else if (i + 1 < tokens.size() && tokens[i + 1].folded == second) spans.emplace_back(tokens[i].start, tokens[i + 1].end);
  }
  return spans;
}

}  // namespace

double LogLikelihood(double a, double b, double c, double d) {
  if (c + d == 0 || a + b == 0) return 0;
  const double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
  double g = 0;
  if (a > 0) g += a * std::log(a / e1);
  if (b > 0) g += b * std::log(b / e2);
  return 2 * g;
}

std::vector<ThemeSuggestions> Suggest(const std::vector<SuggestComment>& gold, const Matcher& matcher,
                                      const SuggestOptions& options) {
  std::vector<Tagging> tagged;
  std::vector<CommentTerms> terms;
  for (const SuggestComment& g : gold) {
    tagged.push_back(matcher.Tag(g.text, g.question));
    terms.push_back(Count(g.text));
  }
  auto has = [](const std::vector<std::string>& list, const std::string& x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  std::vector<ThemeSuggestions> out;
  for (const std::string& theme : matcher.theme_ids()) {
    ThemeSuggestions s;
    s.theme = theme;
    // Term frequencies in the missed comments and in the rest; comments holding each.
    std::map<std::string, unsigned> missed_freq, rest_freq, missed_comments, rest_comments;
    std::map<std::string, size_t> first_example;
    double missed_words = 0, rest_words = 0;
    std::map<std::string, OverFiring> fired;
    for (size_t i = 0; i < gold.size(); ++i) {
      const bool coded = has(gold[i].themes, theme), found = has(tagged[i].themes, theme);
      if (coded) ++s.coded;
      const bool missed = coded && !found;
      if (missed) ++s.missed;
      (missed ? missed_words : rest_words) += terms[i].words;
      for (const auto& [term, n] : terms[i].counts) {
        (missed ? missed_freq : rest_freq)[term] += n;
        ++(missed ? missed_comments : rest_comments)[term];
        if (missed) first_example.emplace(term, i);
      }
      if (coded || !found) continue;
      ++s.tagged_not_coded;
      std::set<std::string> rules;
      for (const ThemeMatch& m : tagged[i].matches) {
        if (m.theme == theme) rules.insert(m.rule);
      }
      for (const std::string& rule : rules) {
        OverFiring& f = fired[rule];
        if (f.comments++ > 0) continue;
        f.rule = rule;
        f.example = {gold[i].label, gold[i].text, {}};
        for (const ThemeMatch& m : tagged[i].matches) {
          if (m.theme == theme && m.rule == rule) f.example.spans.emplace_back(m.start, m.end);
        }
      }
    }
    for (const auto& [term, a] : missed_freq) {
      const unsigned held = missed_comments[term];
      if (held < options.min_comments) continue;
      const double b = rest_freq.count(term) ? rest_freq[term] : 0;
      if (a / missed_words <= b / std::max(rest_words, 1.0)) continue;
      Candidate c;
      c.term = term;
      c.phrase = term.find(' ') != std::string::npos;
      c.missed = held;
      c.rest = rest_comments.count(term) ? rest_comments[term] : 0;
      c.keyness = LogLikelihood(a, b, missed_words, rest_words);
      if (c.keyness < options.min_keyness) continue;
      const SuggestComment& e = gold[first_example[term]];
      c.example = {e.label, e.text, TermSpans(e.text, term)};
      s.candidates.push_back(std::move(c));
    }
    std::stable_sort(s.candidates.begin(), s.candidates.end(),
                     [](const Candidate& x, const Candidate& y) { return x.keyness > y.keyness; });
    if (s.candidates.size() > options.candidates) s.candidates.resize(options.candidates);
    for (auto& [rule, f] : fired) s.rules.push_back(std::move(f));
    std::stable_sort(s.rules.begin(), s.rules.end(),
                     [](const OverFiring& x, const OverFiring& y) { return x.comments > y.comments; });
    if (s.rules.size() > options.rules) s.rules.resize(options.rules);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace returns
