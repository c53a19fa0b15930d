// Test helper: the bundled corpus tagged with the default lexicon and indexed
// in a fresh directory — the rounds given, in that order (the same return
// keys in each: a return a round), in `shards` shards. `records` holds what
// was indexed, in order. Header-only; build one a test file (a static).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "index/store/index_writer.h"
#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

namespace returns::test {

struct IndexedBundled {
  TempDir dir;
  std::vector<CommentRecord> records;
  explicit IndexedBundled(const std::vector<std::string>& rounds, unsigned shards = 1) {
    IndexWriterOptions options;
    options.lexicon_name = DefaultMatcher().name();
    options.lexicon_version = DefaultMatcher().version();
    options.shards = shards;
    auto writer = IndexWriter::Open(dir.path.string(), options);
    REQUIRE(writer.ok());
    for (const std::string& round : rounds) {
      for (CommentRecord& r : BundledRecords(round)) {
        r.tags = DefaultMatcher().Tag(r.text, r.question);
        REQUIRE(writer.value()->Add(r).ok());
        records.push_back(std::move(r));
      }
    }
    REQUIRE(writer.value()->Commit().ok());
  }
};

// The bundled corpus as rounds 2014-03 and 2013-03 (the same return keys in
// two rounds: two returns each), in one database (shards 1) or two shards:
// built once for the test program.
inline const IndexedBundled& TwoRounds(unsigned shards) {
  if (shards == 1) {
    static const IndexedBundled one({"2014-03", "2013-03"}, 1);
    return one;
  }
  REQUIRE(shards == 2);
  static const IndexedBundled two({"2014-03", "2013-03"}, 2);
  return two;
}

}  // namespace returns::test
