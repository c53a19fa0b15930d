// Word tokens of normalised text (ICU word breaking and case folding), with
// UTF-8 byte offsets into that text.
//
// Domain tokens stay whole where ICU would split them: T&L, G&T (short
// capitals around '&'), Y6/7, 4/5/6, KS2/KS3 (numbers joined by '/'), £125,
// 79%. ICU already keeps KS2, L5, NQT's and 1.1 whole.
// Thread-safe: each thread uses its own break iterator.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

struct Token {
  std::string text;    // as in the text
  std::string folded;  // Unicode case-folded
  size_t start = 0;    // byte span [start, end) in the text
  size_t end = 0;
};

// REQUIRES: valid UTF-8.
//
// Runs of ASCII between white space are broken by the word-break rules
// written out for ASCII (what ICU does there, without ICU's cost); other runs
// by ICU. tests/corpus/text/tokenize_test.cpp holds the two to the same
// tokens on the bundled corpus, a generated corpus and random text.
std::vector<Token> Tokenize(std::string_view utf8);

// The same tokens with ICU breaking the whole text: the reference for tests.
std::vector<Token> TokenizeWithIcuOnly(std::string_view utf8);

// Unicode case folding, as tokens are folded.
std::string FoldCase(std::string_view utf8);

}  // namespace returns
