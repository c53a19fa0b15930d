// Building a Return from typed fields (a CSV row, a return document, a JSON
// record): the collaborative and lead schools matched to the register, the
// answer segmented into comments, the id made. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "corpus/model/model.h"
#include "corpus/register/register.h"
#include "corpus/text/segment.h"

namespace returns {

struct ReturnFields {
  std::string district;
  std::string collaborative;
  std::vector<std::string> lead_schools;
  int question = 0;
  std::string answer;  // typed text: one paragraph or bullet per line
  std::string source;
  int line = 0;
  // The source line of each line of `answer`, where they are not line,
  // line + 1, … (a Word document's lines are numbered by paragraph).
  std::vector<int> answer_lines;
  // What the document says of each line of `answer` (a Word paragraph starts, a heading); may be empty.
  std::vector<LineStart> answer_starts;
  std::vector<std::pair<std::string, std::string>> attributes;  // name → text, kept on the return
};

Return BuildReturn(const ReturnFields& fields, const Register& reg);

// The same with the answer as extracted lines, layout cues kept (an appendix
// read by position); `fields.answer` is not used.
Return BuildReturn(const ReturnFields& fields, const std::vector<AnswerLine>& answer, const Register& reg);

// The schools a typed Lead school(s) field lists, known to the register or
// not: ';' always separates; ',' where both sides end like a school
// (name_cues.h: "Lyminge CEP, Elham CEP", not "Stone, St Mary's"); " and "
// or " & " only where both sides end like a school and each has a word of
// its own besides school words ("Lyminge CEP and Elham CEP", not "St Mary's
// and St John's CEP", "Ashford Oaks Primary and Nursery School" or "Sandwich
// Infant and Junior School"). Else the whole text is one school. With `reg`,
// a lead school the register knows whose name holds a separator is found
// first and kept whole ("Kings Hill School Primary and Nursery, Discovery
// School" with the first in the register); the rest is split as above.
std::vector<std::string> SplitLeadSchools(const std::string& text, const Register* reg = nullptr);

}  // namespace returns
