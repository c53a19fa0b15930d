#include "corpus/text/content_words.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "corpus/text/tokenize.h"

namespace returns {
namespace {

// The Snowball English stop list (snowballstem.org/algorithms/english/stop.txt),
// then words that returns use in every kind of sentence.
const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
      "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
      "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
      "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
      "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "i'm", "you're", "he's",
      "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd",
      "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't", "aren't",
      "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't",
      "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's", "who's", "what's",
      "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the", "and", "but", "if", "or",
      "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between",
      "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in",
      "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
      "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such",
      "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
      // returns' own: modal and filler words
      "will", "can", "may", "must", "shall", "also", "well", "within", "across", "via", "etc", "e.g", "i.e",
  };
  return kWords;
}

// Curly apostrophes as straight ones, for the stop list.
std::string Straight(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += folded[i];
    }
  }
  return out;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return true;  // non-ASCII: a letter of another script, most likely
  }
  return false;
}

// Only spaces, or one hyphen among spaces, between two tokens.
bool Adjacent(std::string_view between) {
  int hyphens = 0;
  for (char c : between) {
    if (c == '-') ++hyphens;
    else if (c != ' ') return false;
  }
  return hyphens <= 1;
}

}  // namespace

bool IsStopWord(std::string_view folded) {
  const std::string s = Straight(folded);
  return StopWords().count(s) > 0;
}

bool IsContentWord(std::string_view folded) {
  if (!HasLetter(folded) || IsStopWord(folded)) return false;
  size_t characters = 0;
  for (unsigned char c : folded) characters += (c & 0xC0) != 0x80;
  return characters > 1;
}

ContentTerms FindContentTerms(std::string_view text) {
  ContentTerms out;
  const std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!IsContentWord(tokens[i].folded)) continue;
    out.words.push_back(tokens[i].folded);
    if (i + 1 < tokens.size() && IsContentWord(tokens[i + 1].folded) &&
        Adjacent(text.substr(tokens[i].end, tokens[i + 1].start - tokens[i].end))) {
      out.pairs.push_back(tokens[i].folded + " " + tokens[i + 1].folded);
    }
  }
  return out;
}

std::vector<WordCount> FrequentWords(const std::vector<std::string_view>& texts, size_t top) {
  std::map<std::string, unsigned> counts;
  for (std::string_view text : texts) {
    const ContentTerms terms = FindContentTerms(text);
    for (const std::string& w : std::set<std::string>(terms.words.begin(), terms.words.end())) ++counts[w];
  }
  std::vector<WordCount> out;
  for (const auto& [word, n] : counts) out.push_back({word, n});
  std::stable_sort(out.begin(), out.end(), [](const WordCount& a, const WordCount& b) { return a.comments > b.comments; });
  if (out.size() > top) out.resize(top);
  return out;
}

}  // namespace returns
