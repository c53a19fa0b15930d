// The bundled corpus (corpus/kent-2013) as comment records, read through the
// record source as `tag` and `index` read it: 445 records of 90 returns.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "corpus/intake/record_source.h"
#include "tests/corpus/seed_corpus.h"

namespace returns::test {

inline std::vector<CommentRecord> BundledRecords(const std::string& round = "2013-03") {
  SourceOptions options;
  options.intake.round = round;
  auto source = RecordSource::Open({std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013"}, BundledRegister(), options);
  REQUIRE(source.ok());
  std::vector<CommentRecord> all, batch;
  while (source.value()->Next(batch, 100)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(source.value()->status().ok());
  REQUIRE(all.size() == 445);
  return all;
}

}  // namespace returns::test
