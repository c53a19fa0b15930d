// Opening a comments database for reading, with clear errors: no database
// at the path (nothing there, or a folder holding none: kNotFound, "no
// database here"), a file that is no stub (kInvalidInput), a corrupt database,
// another schema version.
// A reader is a snapshot; not safe to share between threads (Xapian's
// Database isn't), open one per thread.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct IndexInfo {
  unsigned documents = 0;
  unsigned returns = 0;
  std::vector<std::string> rounds;  // round filter values, sorted
  std::string lexicon_name, lexicon_version, lexicon_source;
  std::string lexicon_text, lexicon_format;  // the lexicon file itself (index_writer.h); empty if not kept
  std::string lexicon_themes;                // its theme ids and labels (schema.h); empty if not kept
  std::string schema_version, written_at;
};

class IndexReader {
 public:
  // A database directory, a sharded one (a directory with a XAPIANDB stub),
  // or a stub file (which may list remote shards: "remote HOST:PORT").
  static Result<IndexReader> Open(const std::string& dir);
  // Several databases searched as one.
  static Result<IndexReader> Open(const std::vector<std::string>& dirs);

  // For index/query only: code above the index never sees Xapian.
  const Xapian::Database& db() const { return db_; }
  // The databases db() is made of, in its order (a shard's docid d is db()'s
  // (d - 1) × shards + i + 1), each its own handle on the same revision;
  // empty when they are not all local databases (a stub listing remote
  // shards, or a stub file Xapian opened itself).
  const std::vector<Xapian::Database>& shards() const { return shards_; }
  const std::string& dir() const { return dir_; }
  // True when the facets of every comment are the frequencies of its filter
  // terms (one database, written so: schema.h, kFacetTermsKey). May throw
  // Xapian::Error (index/query catches it).
  bool FacetsFromTerms() const;
  // What the database holds; fails (the directory named) when Xapian does.
  // Counts the returns and lists the rounds by walking a term a return (a
  // fifth of a second at 1,000,000 comments): commands that need only the
  // kept lexicon or the document count ask Metadata().
  Result<IndexInfo> Info() const;
  // Info() without `returns` and `rounds` (left 0 and empty): the document
  // count and what the database keeps of itself, read without a walk.
  Result<IndexInfo> Metadata() const;

  // Every word of the comments' texts (vocabulary.h), of every database
  // given: what a wildcard expands against. Sorted, each once. Read once a
  // revision (`serve` expands many wildcards against one), kept until
  // Reopen moves the snapshot. Fails (the directory named) when Xapian does.
  Result<std::shared_ptr<const std::vector<std::string>>> Vocabulary() const;

  // Moves the snapshot to the latest committed revision (an `index` run that
  // committed since: a new generation, generations.h); cheap when nothing
  // changed. True when it may have moved
  // (Xapian's reopen()); false when it certainly did not. Fails, the directory
  // named, when the database can no longer be read there (removed, being
  // rebuilt): open it again then.
  Result<bool> Reopen();

 private:
  IndexReader(Xapian::Database db, std::vector<Xapian::Database> shards, std::string dir, std::vector<std::string> dirs,
              std::vector<std::string> stubs, std::vector<Xapian::Database> parts)
      : db_(std::move(db)),
        shards_(std::move(shards)),
        dir_(std::move(dir)),
        dirs_(std::move(dirs)),
        stubs_(std::move(stubs)),
        parts_(std::move(parts)) {}
  Xapian::Database db_;
  std::vector<Xapian::Database> shards_;  // sharing db_'s internals: a reopen moves both
  std::string dir_;
  std::vector<std::string> dirs_, stubs_;  // each database given, and its stub when opened
  // Each database given, as opened (sharing db_'s internals): the metadata of
  // a combination is its first database's (Xapian), so each is asked apart.
  std::vector<Xapian::Database> parts_;
  mutable std::shared_ptr<const std::vector<std::string>> vocabulary_;  // read at the first Vocabulary() of a revision
};

}  // namespace returns
