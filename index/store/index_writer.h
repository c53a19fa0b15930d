// Writing comments into a Xapian database, one run all or nothing in bounded
// memory: the run is written into a new generation of the database (a copy
// of the current one, generations.h), committed as it goes, and made current
// by Commit() alone, every shard at once. A run that is killed or fails
// leaves the database as it was; readers never see part of a run.
// A return indexed again (same round and return id) replaces its earlier
// version whole: the first time a run adds one of its comments, the return's
// earlier comments are deleted. A source file indexed again into the same
// round (the comments' `source`, SourceTerm in document_codec.h) replaces
// every comment it gave before the same way, whatever their return ids were
// (a register change renames returns).
//
// Not thread-safe: one IndexWriter per database, used from one thread.
// The database stays locked against other writers until Commit() or until the
// writer is dropped (DIR/writer.lock). Documents are encoded on the threads
// AddBatch is given.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"
#include "index/store/replaced_returns.h"
#include "index/store/source_files.h"
#include "lexicon/matcher/matcher.h"

namespace returns {

struct IndexWriterOptions {
  bool wait_for_lock = false;  // wait for another writer to finish, else fail at once
  // Shards for a new database: >1 writes DIR/gen-N/shard-NN databases, which
  // the stub DIR/XAPIANDB lists and Xapian opens as one database. An existing
  // database keeps its shards (0 here: whatever it has).
  unsigned shards = 0;
  // Changes written to disk at once (Xapian keeps them in memory until then):
  // bounds the writer's memory whatever the run's size.
  unsigned long commit_every = 10000;
  // Compacts the run's generation before it becomes current (generations.h,
  // CompactDatabase) when the comments written or deleted since the last
  // compaction, this run's included, are at least an eighth as many as the
  // database then holds (schema::kUncompactedKey; a database never compacted
  // counts all its comments): a third smaller, for under a twentieth of the
  // CPU of a run written from scratch. Smaller runs leave their copy as it
  // is until together they reach the eighth: compacting a 1,000,000-comment
  // database costs 19 s, a run removing 3,903 of its comments 14 s without.
  // A comment replaced counts twice (deleted, written).
  bool compact = true;
  bool compact_always = false;  // whatever the changes (tests)
  std::string lexicon_name, lexicon_version, lexicon_source;
  // The lexicon file's text and format (load_lexicon.h), kept in the
  // database so that labels read later never depend on the file's path.
  std::string lexicon_text, lexicon_format;
  // Its themes' ids and labels, as KeptThemeNames (database_lexicon.h) writes
  // them; empty keeps none (readers then parse the lexicon).
  std::string lexicon_themes;
  // Opens a database of an older schema version (schema::kOldestUpgradable
  // on) too, for Retag() to rewrite every comment in this version.
  bool upgrade = false;
};

class IndexWriter {
 public:
  // Opens or creates `dir`. Fails (with the directory named) when another
  // writer holds the lock, the database is corrupt, or its schema differs.
  static Result<std::unique_ptr<IndexWriter>> Open(const std::string& dir, const IndexWriterOptions& options);
  ~IndexWriter();  // without Commit(), the run's generation is deleted

  // Fails (kInvalidInput, naming the comment's source and line) on a comment
  // with no round: it could not be replaced or removed later. The run is
  // unusable after a failure; drop the writer.
  Status Add(const CommentRecord& comment);
  // Adds many comments, each shard written on its own thread (up to `jobs`).
  // The result is the same as adding them one by one, in order.
  Status AddBatch(const std::vector<CommentRecord>& comments, int jobs);
  unsigned shard_count() const;
  // The returns of the run that replaced one the database held from another
  // file (replaced_returns.h), sorted by file name and line; valid after Commit too.
  std::vector<ReplacedReturn> replaced_from_other_files() const;
  // The comments of the run's source files that a file of the same name,
  // now gone, gave before (source_files.h), sorted by name; valid after
  // Commit too. A file of the same name still there fails Add instead.
  std::vector<ReplacedFile> replaced_files() const;
  // Deletes the comments of `round` (all rounds when empty is not allowed:
  // REQUIRES non-empty round), only of one collaborative when given.
  // Returns how many comments were removed.
  Result<unsigned> Remove(const std::string& round, const std::string& collaborative);
  // Re-tags every stored comment with `matcher`, in place (no source files
  // needed). Returns how many comments' tags changed.
  Result<unsigned> Retag(const Matcher& matcher);
  // Commits the run with the metadata, compacts it (`compact`: when enough
  // has changed since the last compaction) and makes it current (the stub switched); older generations are
  // deleted, but for the one before. The
  // writer is done afterwards.
  Status Commit();

  struct Impl;

 private:
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Checks a database's schema version; `dir` names it in the message, which
// says how to bring an older database up to date ("re-index with: returns
// reindex --db DIR --lexicon FILE"). With `upgrade`, an older version that
// `returns reindex` can rewrite passes.
Status CheckSchema(const std::string& schema_value, const std::string& dir, bool upgrade = false);

}  // namespace returns
