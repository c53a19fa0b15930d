// A coding: comments with the themes someone gave them — a careful human
// coder's gold file, or the tagger's output (`returns tag`), which has the
// same "themes" and "pending" fields. One JSON object a line:
//
//   {"id": "q2/…#3", "question": 2, "text": "…", "themes": ["moderation"], "pending": []}
//
// "text" and "themes" are required; "id", "question" and "pending" are not.
// "pending" lists the themes only planned there, so it must be a subset of
// "themes"; a record without it has no pending coding (and is left out of
// pending figures). Other fields (the tagger's "matches", a return's
// district…) are ignored. Pure; thread-safe.
#pragma once

#include <istream>
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

// Opens and reads the file at `path`.
Result<std::vector<CodedComment>> ReadCodingFile(const std::string& path);

}  // namespace returns
