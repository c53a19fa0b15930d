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
