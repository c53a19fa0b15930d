// A database directory as generations: how a run of any size stays all or
// nothing in bounded memory.
//
//   DIR/XAPIANDB        the stub Xapian opens: "auto gen-000007" (or one line
//                       per shard, "auto gen-000007/shard-00" …)
//   DIR/gen-000007/     the current generation: Xapian databases
//   DIR/writer.lock     held (flock) by the one writer
//   DIR/facet-table     a cache of the current revision's facets, written
//                       after a run is current (index/query/facet_table_file.h)
//
// A writer copies the current generation into the next one, writes its run
// there, committing as often as memory asks, compacts it when enough has
// changed since the last compaction (CompactDatabase), and makes it current
// by renaming a new stub over the old one: a run killed at any moment leaves
// the stub naming the old generation whole. Readers open through the stub; the
// previous generation is kept for readers opening at the moment of a switch,
// older ones and unfinished ones are deleted by the next writer.
// A directory written before generations (a Xapian database in DIR itself, or
// shards DIR/shard-NN listed by the stub) is read as it is and becomes a
// generation at the next write.
//
// Functions are safe from any thread; the lock is for one process at a time.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

// The stub's text, empty when there is none (or `dir` is not a directory).
std::string ReadStub(const std::string& dir);

// The databases of the current generation, as paths relative to `dir`: "."
// for a database in `dir` itself; empty for a new directory. Fails when the
// stub lists anything but local ("auto") databases.
Result<std::vector<std::string>> CurrentShards(const std::string& dir);

// The writer's lock on `dir` (created when missing), released when dropped or
// when the process dies. Fails at once when another writer holds it, unless
// `wait`.
class WriterLock {
 public:
  static Result<std::unique_ptr<WriterLock>> Acquire(const std::string& dir, bool wait);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_;
};

// The next generation's directory name ("gen-000008"), one past the largest
// in `dir`, finished or not.
std::string NextGeneration(const std::string& dir);

// Copies the files of database `from` (relative to `dir`; "." copies the
// Xapian files of `dir` itself) into the new directory `to`.
Status CopyDatabase(const std::string& dir, const std::string& from, const std::string& to);

// Compacts database `path` (relative to `dir`), committed and closed, in
// place: Xapian's B-trees written anew with full blocks into `path`/compact,
// which then takes the place of `path`'s files; docids are kept. A third
// smaller for a run written from scratch (122 against 82 MiB on 48,818
// generated comments). REQUIRES: `path` is not current — a failure or a kill
// part way leaves it unusable, for the caller (or the next writer, as any
// unfinished generation) to delete.
Status CompactDatabase(const std::string& dir, const std::string& path);

// Makes `shards` (relative to `dir`) the current generation: the stub written
// to a temporary file, synced, renamed over DIR/XAPIANDB, the directory
// synced. REQUIRES: the writer's lock; the databases committed and closed.
Status SwitchTo(const std::string& dir, const std::vector<std::string>& shards);

// Deletes what no reader will open again: generations other than `current`
// and `previous`, and a database from before generations (in `dir` itself or
// shard-NN). Best effort. REQUIRES: the writer's lock.
void RemoveStale(const std::string& dir, const std::string& current, const std::string& previous);

}  // namespace returns
