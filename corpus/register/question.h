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

// The question a heading names, however a return words it — for text known
// to be a heading or a label (a Heading-style paragraph, a Markdown heading,
// a numbered line, a line asking a question). Case and punctuation aside:
// - numbered: "Question 3", "Q3.", "Q3 – …" (the number decides); "3." or
//   "3)" before words (the words decide, the number only when alone);
//   "Section 3:" or "Part 3:" before words (the words decide: a section's
//   number is not a question's);
// - worded: the start of a question's wording (as MatchQuestion), or only
//   that question's key words among asking and linking words — "Any other
//   comments", "Additional comments", "Strengths of the collaborative",
//   "Areas for development", "Progress against priorities", "Activities
//   undertaken". Words of two questions ("Strengths and areas for
//   development"), other words ("Next steps", "What went well?",
//   "Priorities") or more than twelve words are no question.
std::optional<int> MatchQuestionHeading(std::string_view text);

// The question a title line names: "Question 3: Strengths …" or "Q3 …" (as
// `returns appendix` titles its tables), or a question's whole wording. A
// bare number ("3 schools joined") is no title.
std::optional<int> MatchQuestionTitle(std::string_view text);

}  // namespace returns
