#include "index/query/quotes.h"

#include <algorithm>
#include <set>

#include "corpus/text/tokenize.h"
#include "corpus/base/utf8.h"

namespace returns {
namespace {

std::set<std::string> WordSet(const std::string& text) {
  std::set<std::string> out;
  for (const Token& t : Tokenize(text)) out.insert(t.folded);
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

}  // namespace

double TypicalityScore(const CommentRecord& c, const std::string& theme) {
  size_t mine = 0;
  for (const ThemeMatch& m : c.tagging().matches) mine += m.theme == theme;
  if (mine == 0) return 0;
  const double focus = static_cast<double>(mine) / static_cast<double>(c.tagging().matches.size());
  const size_t length = CodePointCount(c.text);
  const double length_score = (length >= 60 && length <= 300) ? 1.0 : (length >= 30 && length <= 500) ? 0.5 : 0.0;
  const bool pending = std::find(c.tagging().pending.begin(), c.tagging().pending.end(), theme) != c.tagging().pending.end();
  return focus + 0.5 * static_cast<double>(std::min<size_t>(mine, 2)) + length_score - (pending ? 0.5 : 0.0);
}

std::vector<Quote> PickTypicalQuotes(const std::vector<CommentRecord>& comments, const std::string& theme,
                                     size_t count) {
  std::vector<Quote> candidates;
  for (const CommentRecord& c : comments) {
    const double score = TypicalityScore(c, theme);
    if (score > 0) candidates.push_back({&c, score});
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Quote& a, const Quote& b) { return a.score > b.score; });
  std::vector<Quote> picked;
  std::vector<std::set<std::string>> picked_words;
  std::set<std::string> collaboratives;
  for (int pass = 0; pass < 2 && picked.size() < count; ++pass) {
    for (const Quote& q : candidates) {
      if (picked.size() == count) break;
      if (std::any_of(picked.begin(), picked.end(), [&](const Quote& p) { return p.comment == q.comment; })) continue;
      if (pass == 0 && collaboratives.count(q.comment->collaborative_name())) continue;
      std::set<std::string> words = WordSet(q.comment->text);
      if (std::any_of(picked_words.begin(), picked_words.end(),
                      [&](const std::set<std::string>& w) { return Jaccard(w, words) >= 0.6; })) {
        continue;
      }
      picked.push_back(q);
      picked_words.push_back(std::move(words));
      collaboratives.insert(q.comment->collaborative_name());
    }
  }
  return picked;
}

}  // namespace returns
