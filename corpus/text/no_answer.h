// Answers that say nothing: "N/A", "n/a", "NA", "None", "None at this time.",
// "-", "—", "Nothing to add", "No comment", "Not applicable", "Nil"… A
// return whose whole answer is one of these is not a comment: the record
// source counts it as "no answer" (neither taken nor rejected) and nothing
// of it is indexed. A longer answer that merely contains such words ("None
// of the schools had moderated before") is an answer like any other.
//
// The rule: the answer, case, punctuation and spacing aside (the letters and
// digits of AsciiKey), is one of the phrases of kNoAnswerPhrases (no_answer.cpp),
// optionally followed by any of "at this time", "at present", "at the
// moment", "at this stage", "so far", "yet", "thank you", "thanks"; or it holds no letter or digit at all
// (in any script) but is not empty — "-", "—", "…", "/". An empty answer is
// not "no answer": the readers reject it as an empty answer.
//
// Pure function; thread-safe.
#pragma once

#include <string_view>

namespace returns {

bool IsNoAnswer(std::string_view answer);

}  // namespace returns
