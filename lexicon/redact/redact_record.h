// Redacting a comment record before it is published: its text and heading,
// with the theme matches' spans moved to where their words now stand (a
// match overlapping a redaction takes in its replacement).
//
// Pure; thread-safe with a shared Redactor.
#pragma once

#include <vector>

#include "corpus/model/comment_record.h"
#include "lexicon/redact/redactor.h"

namespace returns {

// Rewrites `record`; returns the text's redactions (spans in the text as it was).
std::vector<Redaction> RedactRecord(CommentRecord& record, const Redactor& redactor);

// Every record of `records`.
void RedactRecords(std::vector<CommentRecord>& records, const Redactor& redactor);

// Where byte `at` of the text before `redactions` is in the text after them;
// inside a redaction: its replacement's start (`end_of_span` false) or end.
size_t MoveOffset(size_t at, const std::vector<Redaction>& redactions, bool end_of_span);

}  // namespace returns
