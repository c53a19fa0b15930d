// A coding: comments with the themes someone gave them — a careful human
// coder's gold file, or the tagger's output (`returns tag`), which has the
// same "themes" and "pending" fields. One JSON object a line:
//
//   {"id": "q2/…#3", "question": 2, "text": "…", "themes": ["moderation"], "pending": []}
//
// "text" and "themes" are required; "id", "question" and "pending" are not.
// Without "id", "comment_id" is the id: `ingest` output with themes added.
// "pending" lists the themes only planned there, so it must be a subset of
// "themes"; a record without it has no pending coding (and is left out of
// pending figures). Other fields (the tagger's "matches", a return's
// district…) are ignored. Pure; thread-safe.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct CodedComment {
  std::string id;     // as given; empty when the record has none
  std::string where;  // "file:line" of the record
  std::string text;   // Unicode NFC
  int question = 0;   // 0 when not given
  std::vector<std::string> themes;   // sorted, each once
  std::vector<std::string> pending;  // sorted, each once, a subset of themes
  bool pending_coded = false;        // the record had a "pending" list
  // Earlier records of the same comment this one replaced ("file:line" each).
  std::vector<std::string> replaced;

  // The id, or "file:line" when the record has none: what reports show.
  const std::string& label() const { return id.empty() ? where : id; }
  bool has(const std::string& theme) const;
  bool is_pending(const std::string& theme) const;
};

// Every record — a later one with the same "id" (and "round") in place of
// the earlier, as a corrections file settles a comment — or the first bad one as "file:line: error: …" (not JSON, no
// "text" string, no "themes" list, a theme that is not a string, a pending
// theme not among the themes, bytes that are not UTF-8).
Result<std::vector<CodedComment>> ReadCoding(std::istream& in, const std::string& source);

// "g.jsonl: note: 2 records were replaced by a later one of the same comment
// (the last coding counts): a at g.jsonl:3 (by g.jsonl:9), …" — at most
// three named — for stderr; "" when none was. A coder who repeats an id by
// mistake learns it here.
std::string DescribeReplacedCodings(const std::vector<CodedComment>& coded, const std::string& source);

// Opens and reads the file at `path`; a file with no record (empty, blank
// lines only) fails: there is nothing to score. With `notes` (stderr), the
// records replaced by a later one are said there (DescribeReplacedCodings).
Result<std::vector<CodedComment>> ReadCodingFile(const std::string& path, std::ostream* notes = nullptr);

}  // namespace returns
