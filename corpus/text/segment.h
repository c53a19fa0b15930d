// Segmenting one return's answer into comments (the quote unit: one bullet
// item or paragraph) under the headings that organise it.
//
// Input is the answer's physical lines as extracted, so that layout cues
// survive: how wide the line was (a full-width line wrapped; a short one
// ended) or, read by position, whether it wrapped; and whether it began with a gap (a bullet glyph lost in extraction
// leaves a leading space). Output is the return's normalised text — each
// heading and comment on its own line — and the comments with byte spans
// into it. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/model/model.h"

namespace returns {

// What a document's structure says of a line beyond its text (a Word
// paragraph; typed text and extracted lines say nothing): it starts a
// paragraph of its own — never carrying on the line before, whatever its
// first letter — and may be a heading (a Heading style), heading the
// paragraphs after it.
enum class LineStart { kUnknown, kParagraph, kHeading };

struct AnswerLine {
  int line = 0;              // source line number
  std::string text;          // the answer part of the line
  size_t width = 0;          // code points of the answer part, spaces at both ends trimmed
  bool leading_gap = false;  // the answer part began after whitespace where a bullet would stand
  // Known from positions (a PDF read by position): whether the line ran to the
  // column's edge, so that its sentence goes on on the next line. When unset,
  // the width decides (see kFullLineWidth).
  std::optional<bool> wrapped;
  LineStart start = LineStart::kUnknown;
};

// Lines narrower than this never count as wrapped mid-sentence.
constexpr size_t kFullLineWidth = 85;

struct SegmentedAnswer {
  std::string text;
  std::vector<Comment> comments;
};

// An answer written as quotations (`returns appendix` output read back; see
// quoted_answer.h) gives its quotations as comments; any other is segmented
// by layout and wording as above.
SegmentedAnswer SegmentAnswer(const std::vector<AnswerLine>& lines);

// True when a heading line is a colon label ("PROGRESS:", "Evidence for
// comments:") — the only headings that end in ':' of their own; a Priority,
// Objective or Strand label, a "1)." number or capitals never end in one.
bool IsColonLabelHeading(std::string_view line);

}  // namespace returns
