// The words of a comment that say something: tokens (tokenize.h), case
// folded, without English function words ("the", "and", "will" — the
// Snowball English stop list and a few words every return uses the same way),
// numbers and one-letter tokens. For word lists an officer reads: the
// frequent words of untagged comments, candidate lexicon words and phrases.
// Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

// True for a stop word, given case folded ("the", "we’ll" and "we'll").
bool IsStopWord(std::string_view folded);

// A word worth listing: not a stop word, holds a letter, more than one character.
bool IsContentWord(std::string_view folded);

// The content words of `text` (REQUIRES: valid UTF-8), case folded, in order,
// with repeats; and the phrases of two content words next to each other
// (nothing but spaces or one hyphen between them): "learning walk".
struct ContentTerms {
  std::vector<std::string> words;
  std::vector<std::string> pairs;
};
ContentTerms FindContentTerms(std::string_view text);

struct WordCount {
  std::string word;
  unsigned comments = 0;  // how many of the texts hold it
};

// The `top` content words held by most of `texts`, most first, ties in
// alphabetical order.
std::vector<WordCount> FrequentWords(const std::vector<std::string_view>& texts, size_t top);

}  // namespace returns
