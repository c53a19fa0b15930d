// Which file on disk a source file of a round was read from. A comment's
// source is the path as given (`source`, SourceTerm in document_codec.h), and
// indexing that path again into the round replaces every comment it gave.
// Given relative to another folder, the same name can be another file: the
// `returns.csv` of Dover's folder, then the `returns.csv` of Thanet's. So
// the database keeps, for each source term, the file it was read from
// (schema::kSourceFileKeyPrefix), and the writer checks it before replacing:
//
//   - the same file (also by another resolved path: a folder moved and
//     linked back), or records whose source is not a file this run read (a
//     JSON record's `source` field, stdin), or a database that kept none:
//     replaced as before — records of the second kind leave no file kept;
//   - another file that is still there: the run fails, naming both, and
//     nothing is written (SourceFileConflict);
//   - another file that is gone (moved, deleted): replaced, and said
//     (DescribeReplacedFiles), so that it is never silent.
//
// Pure functions but for ResolvedFile, which asks the file system.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

// The regular file `source` names from this run's directory, absolute with
// symbolic links and ".." resolved; "" when there is none (stdin's "-", a
// path to nothing here).
std::string ResolvedFile(const std::string& source);

// The metadata key that keeps the file of `source_term`.
std::string SourceFileKey(const std::string& source_term);

// Comments of a round that a file of the same name, read from another place,
// replaced because the file they were read from is gone.
struct ReplacedFile {
  std::string round;
  std::string source;         // the path as given, the same for both
  std::string earlier_file;   // where the replaced comments were read from
  std::string file;           // where this run read
  unsigned long comments = 0;  // replaced
};

// The run's failure when `source` would replace `comments` comments of
// `round` read from `earlier_file`, another file still there: InvalidInput
// at `source`, both files named, and how to go on.
Status SourceFileConflict(const std::string& source, const std::string& round, unsigned long comments,
                          const std::string& earlier_file, const std::string& file);

// "returns.csv: replaced 12 comments of round 2014-03 read from
// /data/dover/returns.csv, which is no longer there, with this run's
// /data/thanet/returns.csv", one line each, for stderr.
std::vector<std::string> DescribeReplacedFiles(const std::vector<ReplacedFile>& replaced);

}  // namespace returns
