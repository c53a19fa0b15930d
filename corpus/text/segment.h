// Segmenting one return's answer into comments (the quote unit: one bullet
// item or paragraph) under the headings that organise it.
//
// Input is the answer's physical lines as extracted, so that layout cues
// survive: how wide the line was (a full-width line wrapped; a short one
// ended), and whether it began with a gap (a bullet glyph lost in extraction
// leaves a leading space). Output is the return's normalised text — each
// heading and comment on its own line — and the comments with byte spans
// into it. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/model/model.h"

namespace returns {

struct AnswerLine {
  int line = 0;              // source line number
  std::string text;          // the answer part of the line
  size_t width = 0;          // code points of the answer part, spaces at both ends trimmed
  bool leading_gap = false;  // the answer part began after whitespace where a bullet would stand
};

// Lines narrower than this never count as wrapped mid-sentence.
constexpr size_t kFullLineWidth = 85;

struct SegmentedAnswer {
  std::string text;
  std::vector<Comment> comments;
};

SegmentedAnswer SegmentAnswer(const std::vector<AnswerLine>& lines);

}  // namespace returns
