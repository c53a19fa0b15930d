// What every appendix format shares (appendix_format.cpp, appendix_docx.cpp,
// appendix_xlsx.cpp): comments grouped into a table row per return under
// their question, the theme matches to mark, the counts line, and when a
// comment's heading is shown (once for a run of comments under it).
// Pure functions over the caller's records; thread-safe.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "corpus/model/comment_record.h"
#include "pipeline/reports/appendix_format.h"

namespace returns::appendix {

// One table row: a return (in one round) and its comments, in order.
struct Row {
  const CommentRecord* first = nullptr;
  std::vector<const CommentRecord*> comments;
};

// Questions in order, each with its rows in selection order.
std::map<int, std::vector<Row>> Group(const std::vector<CommentRecord>& comments);

// The byte spans of `c` to mark: matches of the marked themes, merged.
std::vector<std::pair<size_t, size_t>> MarkedSpans(const CommentRecord& c, const AppendixOptions& o);

// "177 comments from 46 returns of 43 collaboratives".
std::string Counts(const std::vector<CommentRecord>& comments);

// True when the comments come from more than one round: the tables then have a round column.
bool SpansRounds(const std::vector<CommentRecord>& comments);

// The heading to show before comment `i` of `row`, ending in a colon; empty
// when it has none or the comment before it had the same one.
std::string HeadingBefore(const Row& row, size_t i);

// "Question 3: Strengths so far as a collaborative?"
std::string QuestionTitle(int question);

std::string Joined(const std::vector<std::string>& items, const std::string& sep);

}  // namespace returns::appendix
