// `returns redactions`: every name redaction would take out of a selection,
// with its comment and the words around it, for a person to read before
// publishing (README "Redaction").
//
//   text  one block a redaction: comment id, collaborative and question, the
//         words and the rule, then the context (±40 bytes, on one line)
//   csv   id,district,collaborative,question,words,rule,replacement,start,end,context
//   json  {"selection", "comments", "redactions": [{"id", …, "context"}]}
//
// Pure functions; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"
#include "lexicon/redact/redactor.h"

namespace returns {

enum class RedactionsFormat { kText, kCsv, kJson };

// One comment's redactions, the spans in its text as it is in the database.
struct CommentRedactions {
  const CommentRecord* comment = nullptr;
  std::vector<Redaction> redactions;
};

// The redactions of every comment, in selection order (comments with none left out).
std::vector<CommentRedactions> FindRedactions(const std::vector<CommentRecord>& comments, const Redactor& redactor);

void WriteRedactions(const std::vector<CommentRedactions>& found, size_t comments, const std::string& selection,
                     RedactionsFormat format, std::ostream& out);

}  // namespace returns
