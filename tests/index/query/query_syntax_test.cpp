#include "index/query/query_syntax.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

struct Case {
  const char* query;
  const char* problem;  // empty: accepted
};

// Golden table: each query and what the check says of it.
const Case kCases[] = {
    {"", ""},
    {"moderation", ""},
    {"(moderation OR trust) AND district:Dover", ""},
    {"((a OR b) AND (c OR d))", ""},
    {"\"a (phrase\" OR trust", ""},                // '(' inside a phrase is text
    {"collaborative:\"Schools (CATS\" moderation", ""},
    {"(moderation OR trust", "query: unbalanced '(' at position 1"},
    {"moderation) trust", "query: unbalanced ')' at position 11"},
    {"(a OR (b AND c)", "query: unbalanced '(' at position 1"},
    {"(a) b) c", "query: unbalanced ')' at position 6"},
    {"(a OR \"b)\"", "query: unbalanced '(' at position 1"},  // the ')' is in the phrase
    {"\"open phrase (", ""},                                    // a quote left open runs to the end
    {"résumé (", "query: unbalanced '(' at position 8"},      // characters, not bytes
    {"“curly” ) x", "query: unbalanced ')' at position 9"},
};

}  // namespace

TEST_CASE("a query's parentheses pair outside phrases, or the first unpaired one is named", "[query][syntax]") {
  for (const Case& c : kCases) {
    INFO(c.query);
    const returns::Status s = returns::CheckQuerySyntax(c.query);
    if (std::string(c.problem).empty()) {
      CHECK(s.ok());
    } else {
      CHECK(s.code() == returns::Status::Code::kInvalidInput);
      CHECK(s.ToString() == std::string("error: ") + c.problem);
    }
  }
}
