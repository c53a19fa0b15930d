// The five fixed questions of a narrative return, and recognising them from
// the wording a header or heading uses. Thread-safe (constant data).
#pragma once

#include <optional>
#include <string_view>

namespace returns {

constexpr int kQuestionCount = 5;

// Full wording of question `number` (1..5), as the returns form asks it.
std::string_view QuestionWording(int number);

// The question whose wording `text` starts with (case, punctuation and
// spacing ignored), or nullopt. Also accepts "Q2", "Question 2", "2".
std::optional<int> MatchQuestion(std::string_view text);

// The question a title line names: "Question 3: Strengths …" or "Q3 …" (as
// `returns appendix` titles its tables), or a question's whole wording. A
// bare number ("3 schools joined") is no title.
std::optional<int> MatchQuestionTitle(std::string_view text);

}  // namespace returns
