#include "corpus/register/question.h"

#include <array>
#include <string>

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

}  // namespace

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
