#include "corpus/text/no_answer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("answers that say nothing", "[no answer]") {
  const std::vector<std::string> nothing = {
      "N/A", "n/a", "NA", "N.A.", "n/a.", " N/A ", "None", "none", "None.", "None at this time.",
      "NONE AT THIS TIME", "None at present", "-", "—", "–", "...", "…", "/", "- -", "Nothing to add",
      "Nothing to add.", "No comment", "No comments.", "No further comments", "Not applicable", "Nil",
      "None, thank you.", "Nothing further to add - thanks", "No additional comments at this time"};
  for (const std::string& a : nothing) {
    INFO(a);
    CHECK(returns::IsNoAnswer(a));
  }
}

TEST_CASE("answers that say something, and empty answers, are not 'no answer'", "[no answer]") {
  const std::vector<std::string> something = {
      "",  // empty: the readers reject it as an empty answer
      "   ",
      "None of the schools had moderated writing together before; now all of them do.",
      "None yet, but moderation is booked for Term 5.",
      "N/A for this term: see question 2.",
      "No",  // a word that answers a question
      "Nothing has changed in the partnership's priorities.",
      "Y6",
      "5",
      "日本語の回答",  // letters of another script are an answer
      "See above."};
  for (const std::string& a : something) {
    INFO(a);
    CHECK_FALSE(returns::IsNoAnswer(a));
  }
}
