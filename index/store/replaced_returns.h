// A return indexed again replaces the earlier one of its round and id
// (README: "a return indexed again replaces it"). When the earlier one came
// from another file — a correction file, or a row that names a known
// collaborative under another district — the officer is told which, so a
// replacement is never silent. Called by the index writer on each return of
// the run that the database held before it.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"

namespace returns {

struct ReplacedReturn {
  std::string round, return_id;
  std::string source;  // the file and line of the run's return
  int line = 0;
  std::string earlier_source;  // the file and line the replaced return was indexed from
  int earlier_line = 0;
};

// The replaced return, when `before`'s comments under `return_term` came
// from another file than `comment`'s: nullopt for the same file indexed
// again (the same path, or another path to it from this run's directory),
// and when either has no source (it cannot be told). REQUIRES: `before`
// holds `return_term`. May throw Xapian::Error (the writer's caller turns it
// into a Status).
std::optional<ReplacedReturn> ReplacedFromAnotherFile(const Xapian::Database& before, const std::string& return_term,
                                                      const CommentRecord& comment);

// "near.csv:2: replaced return q1/m7-partnership/minster-primary of round
// 2014-03, indexed from round2014.csv:4", one line each in the order given
// (at most `shown`, then "… and N more returns replaced that were indexed
// from other files"), for stderr.
std::vector<std::string> DescribeReplaced(const std::vector<ReplacedReturn>& replaced, size_t shown = 20);

}  // namespace returns
