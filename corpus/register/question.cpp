#include "corpus/register/question.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "corpus/text/words.h"

namespace returns {
namespace {

constexpr std::array<std::string_view, kQuestionCount> kWordings = {
    "What activity have you undertaken to date?",
    "What progress do you feel you have made against your priorities?",
    "Strengths so far as a collaborative?",
    "Areas for further development as a collaborative?",
    "Additional comments.",
};

// The form in which two wordings are compared.
std::string Simplify(std::string_view text) { return AsciiKey(text, ' '); }

std::optional<int> MatchNumber(const std::string& simple) {
  for (std::string_view prefix : {"question ", "q", ""}) {
    if (simple.rfind(prefix, 0) != 0) continue;
    const std::string rest = simple.substr(prefix.size());
    if (rest.size() >= 1 && rest[0] >= '1' && rest[0] <= '5' &&
        (rest.size() == 1 || rest[1] == ' ')) {
      return rest[0] - '0';
    }
  }
  return std::nullopt;
}

// Words a heading may hold around a question's key words: asking, linking,
// and naming the collaborative or the time.
constexpr std::string_view kLinkWords[] = {
    "a",      "about",   "against", "an",    "and",       "any",           "are",           "as",
    "at",     "been",    "by",      "cluster", "collaboration", "collaborative", "current", "date",
    "did",    "do",      "does",    "far",   "feel",      "for",           "further",       "group",
    "had",    "has",     "have",    "i",     "in",        "is",            "its",           "key",
    "main",   "of",      "on",      "our",   "partnership", "please",      "so",            "term",
    "that",   "the",     "their",   "this",  "to",        "was",           "we",            "were",
    "what",   "which",   "with",    "you",   "your",
};

// Each question's key words: a heading's other words must all be one
// question's, and name it by one of its anchors.
struct KeyWords {
  std::vector<std::string_view> words;
  std::vector<std::string_view> anchors;
};

const std::array<KeyWords, kQuestionCount>& QuestionKeyWords() {
  static const std::array<KeyWords, kQuestionCount> kKeys = {{
      {{"activity", "activities", "undertaken", "actions", "action", "taken", "carried", "out", "work", "done",
        "completed"},
       {"activity", "activities", "actions", "undertaken"}},
      {{"progress", "priorities", "priority", "towards", "toward", "made", "achieved"}, {"progress"}},
      {{"strengths", "strength"}, {"strengths", "strength"}},
      {{"areas", "area", "development", "developments", "develop", "improvement", "improvements", "improve",
        "future"},
       {"development", "developments", "develop", "improvement", "improvements"}},
      {{"comments", "comment", "additional", "other", "anything", "else", "information", "final", "general",
        "remarks"},
       {"comments", "comment", "information", "remarks", "else"}},
  }};
  return kKeys;
}

template <typename List>
bool Holds(const List& list, std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// The question whose key words `words` are, among link words.
std::optional<int> MatchKeyWords(const std::vector<std::string>& words) {
  constexpr size_t kMaxWords = 12;
  if (words.empty() || words.size() > kMaxWords) return std::nullopt;
  std::optional<int> found;
  for (int q = 1; q <= kQuestionCount; ++q) {
    const KeyWords& keys = QuestionKeyWords()[static_cast<size_t>(q - 1)];
    bool all = true, anchored = false;
    for (const std::string& w : words) {
      if (Holds(keys.anchors, w)) anchored = true;
      if (!Holds(keys.words, w) && !Holds(kLinkWords, w)) all = false;
    }
    if (!all || !anchored) continue;
    if (found) return std::nullopt;  // two questions' words
    found = q;
  }
  return found;
}

bool IsNumber(const std::string& word) {
  return !word.empty() && word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words (not a number) that name a question: its wording's start, or its key words.
std::optional<int> MatchWords(const std::vector<std::string>& words) {
  if (words.empty()) return std::nullopt;
  std::string simple;
  for (const std::string& w : words) simple += (simple.empty() ? "" : " ") + w;
  for (int q = 1; q <= kQuestionCount; ++q) {
    if (simple.rfind(Simplify(kWordings[static_cast<size_t>(q - 1)]), 0) == 0) return q;
  }
  return MatchKeyWords(words);
}

}  // namespace

std::optional<int> MatchQuestionHeading(std::string_view text) {
  const std::vector<std::string> words = AsciiKeyWords(text);
  if (words.empty()) return std::nullopt;
  const std::string& first = words[0];
  // "Question 3 …", "Q 3 …", "Q3 …": the number is the question's.
  std::optional<std::string> number;
  if ((first == "question" || first == "q") && words.size() >= 2 && IsNumber(words[1])) {
    number = words[1];
  } else if (first.size() >= 2 && first[0] == 'q' && IsNumber(first.substr(1))) {
    number = first.substr(1);
  }
  if (number) {
    const int n = std::stoi(*number);
    if (n >= 1 && n <= kQuestionCount) return n;
    return std::nullopt;
  }
  // "Section 3: …", "Part 3 …": the words decide.
  if ((first == "section" || first == "part") && words.size() >= 2 && IsNumber(words[1])) {
    return MatchWords(std::vector<std::string>(words.begin() + 2, words.end()));
  }
  // "3. …": the words decide; "3" alone is question 3.
  if (IsNumber(first)) {
    if (words.size() == 1) {
      const int n = std::stoi(first);
      if (n >= 1 && n <= kQuestionCount) return n;
      return std::nullopt;
    }
    return MatchWords(std::vector<std::string>(words.begin() + 1, words.end()));
  }
  return MatchWords(words);
}

std::string_view QuestionWording(int number) {
  if (number < 1 || number > kQuestionCount) return {};
  return kWordings[static_cast<size_t>(number - 1)];
}

std::optional<int> MatchQuestion(std::string_view text) {
  const std::string simple = Simplify(text);
  if (simple.empty()) return std::nullopt;
  for (int q = 1; q <= kQuestionCount; ++q) {
    const std::string wording = Simplify(kWordings[static_cast<size_t>(q - 1)]);
    if (simple.rfind(wording, 0) == 0) return q;
  }
  return MatchNumber(simple);
}

std::optional<int> MatchQuestionTitle(std::string_view text) {
  const std::string key = Simplify(text);
  const std::optional<int> q = MatchQuestion(text);
  if (!q) return std::nullopt;
  const bool numbered = key.rfind("question ", 0) == 0 ||
                        (key.size() >= 2 && key[0] == 'q' && key[1] >= '1' && key[1] <= '5' && (key.size() == 2 || key[2] == ' '));
  if (numbered) return q;
  // The wording itself, not a number that happens to start the line.
  if (key.rfind(Simplify(kWordings[static_cast<size_t>(*q - 1)]), 0) == 0) return q;
  return std::nullopt;
}

}  // namespace returns
