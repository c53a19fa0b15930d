// Appendix-style quote collections, laid out like the seed appendices: a
// section per question headed by its wording; a table of District |
// Collaborative | Lead school(s) | Comments with one row per return, grouped
// by district then collaborative; each comment a quote with its heading, its
// theme matches marked (md: **bold**; html: <mark>). Every comment of the
// selection appears exactly once, in the selection's order.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"

namespace returns {

enum class AppendixFormat { kMarkdown, kHtml, kCsv };

struct AppendixOptions {
  std::vector<std::string> mark_themes;  // themes whose matches are marked; empty: all
  std::string selection;                 // the filters in words, for the title
};

// REQUIRES: `comments` in appendix order (see Select()).
void WriteAppendix(const std::vector<CommentRecord>& comments, const AppendixOptions& options, AppendixFormat format,
                   std::ostream& out);

}  // namespace returns
