#include "corpus/text/no_answer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "corpus/text/words.h"

namespace returns {
namespace {

// Each as AsciiKey(…, ' ') writes it: "N/A" is "n a".
constexpr std::array<std::string_view, 28> kNoAnswerPhrases = {
    "n a", "na", "none", "nil", "nothing", "none to add", "none to report", "nothing to add", "nothing to report",
    "nothing further", "nothing further to add", "nothing else to add", "nothing more to add", "nothing new to report",
    "no comment", "no comments", "no further comment", "no further comments", "no additional comment",
    "no additional comments", "no other comment", "no other comments", "not applicable", "no answer", "no response",
    "not at this time", "nothing at all", "none whatsoever"};

// Words that may close such a phrase: "None at this time, thank you."
constexpr std::array<std::string_view, 8> kEndings = {" at this time", " at present", " at the moment", " at this stage",
                                                      " so far",       " yet",        " thank you",     " thanks"};

bool HasLetterOrDigit(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

bool Listed(std::string_view key) {
  return std::find(kNoAnswerPhrases.begin(), kNoAnswerPhrases.end(), key) != kNoAnswerPhrases.end();
}

}  // namespace

bool IsNoAnswer(std::string_view answer) {
  answer = Trim(answer);
  if (answer.empty()) return false;
  if (!HasLetterOrDigit(answer)) return true;
  if (answer.size() > 80) return false;  // longer than any phrase, whatever its punctuation
  std::string key = AsciiKey(answer, ' ');
  for (bool stripped = true; stripped;) {
    if (Listed(key)) return true;
    stripped = false;
    for (std::string_view ending : kEndings) {
      if (key.size() > ending.size() && key.compare(key.size() - ending.size(), ending.size(), ending) == 0) {
        key.resize(key.size() - ending.size());
        stripped = true;
        break;
      }
    }
  }
  return false;
}

}  // namespace returns
