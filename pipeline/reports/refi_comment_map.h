// How a REFI-QDA text source holds comments — what `returns export` writes
// and `import-coding` reads (refi_export.h, refi_import.h).
//
// A return is one text source: its comments in order, joined by a blank line
// (kCommentGap). The source's description maps each comment, one line each
// under kCommentMapHeading:
//
//   Comments by character position (start-end id):
//   0-118 q2/ace/hamstreet-primary#1
//   120-304 q2/ace/hamstreet-primary#2
//
// Positions count Unicode code points from 0, the end exclusive (REFI-QDA
// 1.5, §10.2). A source without a usable map (another tool's, or a tool that
// dropped the description) is read as paragraphs between blank lines.
// Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns::refi {

// Between two comments of a return's text.
inline constexpr const char* kCommentGap = "\n\n";

// The first line of a source description that maps its comments.
inline constexpr const char* kCommentMapHeading = "Comments by character position (start-end id):";

// A comment's place in its source's text, in code points.
struct CommentSpan {
  size_t begin = 0, end = 0;
  std::string id;
};

// Appends the line of `span` to a map begun with kCommentMapHeading.
void AppendCommentMapLine(const CommentSpan& span, std::string& map);

// The spans `description` maps, when it holds the map and every span is in
// order within a text of `length` code points; else none.
std::vector<CommentSpan> ReadCommentMap(std::string_view description, size_t length);

// The paragraphs of `text` (UTF-8): runs of text between blank lines (lines
// of nothing but spaces), without the spaces around them, in code points;
// `at[i]` is the byte where code point i starts, at[n] the text's size. Each
// named `prefix#n`, from 1.
std::vector<CommentSpan> Paragraphs(std::string_view text, const std::vector<size_t>& at, const std::string& prefix);

}  // namespace returns::refi
