#include "corpus/register/question.h"

#include <catch2/catch.hpp>

TEST_CASE("the five question wordings are recognised", "[question]") {
  for (int q = 1; q <= 5; ++q) CHECK(returns::MatchQuestion(returns::QuestionWording(q)) == q);
  CHECK(returns::MatchQuestion(" What progress do you feel you have made against your priorities? ") == 2);
  CHECK(returns::MatchQuestion("Strengths so far as a collaborative:  ") == 3);
  CHECK(returns::MatchQuestion("AREAS FOR FURTHER DEVELOPMENT AS A COLLABORATIVE") == 4);
  CHECK(returns::MatchQuestion("Q1") == 1);
  CHECK(returns::MatchQuestion("Question 5") == 5);
  CHECK(returns::MatchQuestion("4") == 4);
}

TEST_CASE("other text is no question", "[question]") {
  CHECK_FALSE(returns::MatchQuestion("What went well?").has_value());
  CHECK_FALSE(returns::MatchQuestion("Q6").has_value());
  CHECK_FALSE(returns::MatchQuestion("").has_value());
  CHECK_FALSE(returns::MatchQuestion("42 schools").has_value());
}

// Issue 11: a Word return's headings as people reword them. Golden table of
// heading → question; 0 where the heading must name no question.
TEST_CASE("a heading names a question however it is worded or numbered", "[question]") {
  const struct {
    const char* heading;
    int question;
  } kRows[] = {
      // The form's wordings and numbers, as MatchQuestion takes them.
      {"What activity have you undertaken to date?", 1},
      {"Question 2", 2},
      {"Q3", 3},
      {"4", 4},
      {"5. Additional comments.", 5},
      // Numbering: "Question N"/"QN" decide; "Section N" and "N." leave it to the words.
      {"Q3. Strengths", 3},
      {"Question 4 – Areas for further development", 4},
      {"Q2: anything at all", 2},
      {"Section 3: Strengths of the collaborative", 3},
      {"Section 1: Activities undertaken", 1},
      {"Part 2 – Progress against our priorities", 2},
      {"3. Any other comments", 5},
      {"2) Areas for improvement", 4},
      // Key words among asking and linking words.
      {"Any other comments?", 5},
      {"Additional comments", 5},
      {"Other comments", 5},
      {"Further comments:", 5},
      {"Anything else?", 5},
      {"Additional information", 5},
      {"Strengths of the collaborative", 3},
      {"Our key strengths", 3},
      {"STRENGTHS", 3},
      {"Areas for development", 4},
      {"Areas for further development", 4},
      {"Development areas", 4},
      {"Progress against priorities", 2},
      {"What progress have you made?", 2},
      {"Activity to date", 1},
      {"Actions taken this term", 1},
      // No question: other words, two questions' words, no key word, too long, numbers out of range.
      {"Next steps", 0},
      {"What went well?", 0},
      {"Priorities", 0},
      {"Strengths and areas for development", 0},
      {"Progress and next steps", 0},
      {"Other", 0},
      {"Additional", 0},
      {"The collaborative", 0},
      {"Section 3", 0},
      {"Section 3: Budget", 0},
      {"Priority 1: Writing", 0},
      {"Narrative return – spring term", 0},
      {"Strengths of the collaborative include trust between the heads", 0},
      {"Comments on the progress of pupils in writing at the end of the year across all six of our schools", 0},
      {"Q6", 0},
      {"Question 7: Any other comments", 0},
      {"2014: progress", 0},
      {"", 0},
  };
  for (const auto& row : kRows) {
    INFO(row.heading);
    const std::optional<int> got = returns::MatchQuestionHeading(row.heading);
    CHECK(got.value_or(0) == row.question);
  }
}

TEST_CASE("MatchQuestion itself stays with the form's wording", "[question]") {
  // The variants are for headings: a column or a line of text still needs the wording.
  CHECK_FALSE(returns::MatchQuestion("Any other comments?").has_value());
  CHECK_FALSE(returns::MatchQuestion("Strengths of the collaborative").has_value());
}
