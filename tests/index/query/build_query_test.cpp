#include "index/query/build_query.h"

#include <catch2/catch.hpp>

#include <string>

// Where a wildcard is one, and where a '*' is left to the parser as typed.
TEST_CASE("wildcards: each word* outside quotes and field values becomes a wildcard field", "[index][query]") {
  struct Row {
    const char* query;
    const char* rewritten;
  };
  const Row rows[] = {
      {"moderat*", "wildcard:moderat"},
      {"peer moderat*", "peer wildcard:moderat"},
      {"(moderat* OR trust)", "(wildcard:moderat OR trust)"},
      {"trust (moderat*)", "trust (wildcard:moderat)"},
      {"+moderat* -writ*", "+wildcard:moderat -wildcard:writ"},
      {"NOT moderat*\ttrust", "NOT wildcard:moderat\ttrust"},
      {"caf\xC3\xA9*", "wildcard:caf\xC3\xA9"},                // a word with a non-ASCII letter
      {"\"peer rev*\"", "\"peer rev*\""},                       // in a phrase: as typed (Xapian: no wildcard there)
      {"district:Dov*", "district:Dov*"},                       // a field's value
      {"co-moderat*", "co-moderat*"},                           // part of a hyphenated word
      {"moderat*ion", "moderat*ion"},                           // not at the word's end
      {"* moderation", "* moderation"},                         // no word before it
      {"\"a\" moderat* \"b c*\" d*", "\"a\" wildcard:moderat \"b c*\" wildcard:d"},
      {"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.query);
    CHECK(returns::RewriteWildcards(row.query) == row.rewritten);
  }
}
