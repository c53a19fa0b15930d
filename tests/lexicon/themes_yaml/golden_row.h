// The golden-table row for the default lexicon's tests (themes_test.cpp,
// pending_test.cpp): a sentence, the themes and pending themes a careful
// coder of lexicon/CODEBOOK.md gives it, and the question it answers.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/lexicon/default_matcher.h"

namespace returns::test {

struct Row {
  const char* text;
  std::vector<std::string> themes;
  std::vector<std::string> pending = {};
  int question = 0;
};

// Tags each row's text with the default lexicon and checks both lists.
inline void Check(const std::vector<Row>& table) {
  for (const Row& row : table) {
    INFO(row.text << " (question " << row.question << ")");
    const auto t = DefaultMatcher().Tag(row.text, row.question);
    CHECK(t.themes == row.themes);
    CHECK(t.pending == row.pending);
  }
}

}  // namespace returns::test
