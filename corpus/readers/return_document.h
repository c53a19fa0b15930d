// A single return document in plain text or Markdown: a collaborative's form,
// details at the top ("District:", "Collaborative:", "Lead school:"), then
// the questions as headings — numbered ("1.", "Q1", "Question 1", "## 1 …")
// or by wording — each followed by its answer. Each answer is a record.
// Other document formats (Word, docx_return.h) are read by turning them into
// these lines, each numbered with its place in the source. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/model/intake.h"
#include "corpus/register/register.h"
#include "corpus/text/segment.h"
#include "corpus/base/status.h"

namespace returns {

// True when the text looks like a return document (a "Collaborative:" line
// before any question heading).
bool LooksLikeReturnDocument(std::string_view text);

// REQUIRES: valid UTF-8. Fails (unusable) when no question heading is found.
Result<IntakeResult> ReadReturnDocument(std::string_view text, const std::string& source, const Register& reg);

// One line of a return document and where it is in its source: its line
// number, or for a Word document its paragraph number (several lines may
// share one; numbers never go down).
struct DocumentLine {
  int number = 0;
  std::string text;  // one line, no line break; valid UTF-8, NFC
  // The line's heading level: a Markdown heading's number of '#', a Word
  // heading's (Heading 2 is 2, Title 1); 0 when it is no heading.
  int heading = 0;
  // A Word paragraph's first line starts a paragraph of its own, or a
  // heading (a Heading style that is no question): segment.h's LineStart.
  LineStart start = LineStart::kUnknown;
};

// The same reading over lines already split and numbered: records, comments
// and rejects carry the lines' numbers.
//
// A question heading is also found by MatchQuestionHeading (question.h:
// "Section 3: Strengths of the collaborative", "Any other comments?") on a
// line that is a heading, is numbered ("Q3.", "Section 3:", "3)") or asks
// (ends in '?'). A heading after the first question that names none of the
// five, at the level of the question's heading or above (or any level when
// the question's heading was no heading), is a warning naming its line —
// "heading 'X' is not one of the five questions; its text is kept under
// question N" — never merged silently; a deeper one ("### Priority 1" under
// "## Q1") is the heading of the comments under it. A Markdown heading in an
// answer ("### Priority 1") is given without its '#'s and started as a heading
// (LineStart::kHeading), as a Word heading is: it heads the comments after it.
// Text before the first question that is no detail line is under no question:
// not read, and said — a warning at the first line of each run of such lines
// ("text before the first question is under no question and is not read:
// 'We met twice…' (and 2 more lines)"), a heading as the document's title.
Result<IntakeResult> ReadReturnDocumentLines(const std::vector<DocumentLine>& lines, const std::string& source,
                                             const Register& reg);

// True when `label` names a detail of the top of a return ("District",
// "Collaborative:", "Lead school(s)") — a table cell that labels the next.
bool IsReturnDetailLabel(std::string_view label);

}  // namespace returns
