// The returns a run has read, for the duplicate check, in memory that hardly
// grows with the run: about 2 bytes a return (4 MB for the 2.4 million
// returns of a 1 GB CSV of the generated corpus) and 3 MB more at most.
//
// Each return is a 64-bit fingerprint of its round and id, with where it was
// first read (one 32-bit number counting lines across the run's files). The
// latest 65,536 are kept in a hash table; when it is full they are written,
// sorted, to a temporary file as one "run" (12 bytes a return; the file is
// deleted when the process ends, however it ends), and only a filter of the
// run (a split-block Bloom filter, 16 bits a return) and the first
// fingerprint of every 256 stay in memory. A return is looked up in the
// table, then in each run whose filter may hold it (one read of at most 3 KB
// from the file, usually from the page cache). Where no temporary file can be
// made, runs stay in memory (12 bytes a return).
//
// Two different returns share a fingerprint with odds of about n²/2⁶⁵ (one
// in six million at 2.4 million returns); the later would then be refused as
// a duplicate of the earlier. Not thread-safe; not copyable.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace returns {

class SeenReturns {
 public:
  struct Where {
    uint32_t file = 0;  // the file's number in the run, counted from 0, never decreasing
    int32_t line = 0;
  };

  // `run`: how many returns the table holds before they are written out (a
  // power of two; tests make it small).
  explicit SeenReturns(size_t run = size_t{1} << 16);
  ~SeenReturns();
  SeenReturns(const SeenReturns&) = delete;
  SeenReturns& operator=(const SeenReturns&) = delete;

  // Records a return; false (and where the first was read) when its round
  // and id were recorded before. REQUIRES: `where.file` never decreases
  // from one call to the next.
  bool Insert(std::string_view round, std::string_view id, Where where, Where& first);
  size_t size() const { return size_; }
  // How many runs were written out so far (for tests).
  size_t runs() const { return runs_.size(); }

 private:
  // A sorted run of returns written out, and what stays in memory of it.
  struct Run {
    std::vector<uint32_t> filter;  // split-block Bloom filter: blocks of 8 words
    std::vector<uint64_t> index;   // the first fingerprint of every kIndexed returns
    uint64_t offset = 0;           // where the run starts in the file
    size_t count = 0;
    std::string bytes;             // the run itself, when there is no file
  };

  static uint64_t Fingerprint(std::string_view round, std::string_view id);
  uint32_t Global(Where w);
  Where Local(uint32_t g) const;
  bool FindInRuns(uint64_t fp, uint32_t& line) const;
  bool FindInRun(const Run& run, uint64_t fp, uint32_t& line) const;
  void WriteRun();

  size_t run_;
  std::vector<uint64_t> fps_;    // the table: run_ * 2 slots, 0 empty
  std::vector<uint32_t> lines_;  // where each was first read (Global)
  size_t count_ = 0;             // returns in the table
  std::vector<Run> runs_;
  std::FILE* file_ = nullptr;    // the runs written out; none: in memory
  bool no_file_ = false;         // no temporary file could be made
  uint64_t file_size_ = 0;

  std::vector<uint64_t> bases_;  // each file's first Global line, by file number
  uint64_t next_base_ = 0;
  size_t size_ = 0;
};

}  // namespace returns
