#include "corpus/text/content_words.h"

#include <catch2/catch.hpp>

TEST_CASE("stop words, numbers and one-letter words are not content words", "[content_words]") {
  struct Row {
    const char* word;
    bool content;
  };
  const Row rows[] = {
      {"moderation", true}, {"the", false},  {"will", false}, {"we'll", false}, {"we\xE2\x80\x99ll", false},
      {"2013", false},      {"y6", true},    {"a", false},    {"é", false},     {"ks2", true},
  };
  for (const Row& r : rows) {
    INFO(r.word);
    CHECK(returns::IsContentWord(r.word) == r.content);
  }
}

TEST_CASE("content terms: words in order and the pairs side by side", "[content_words]") {
  const returns::ContentTerms t = returns::FindContentTerms("Learning walks and peer-review visits. Staff then met.");
  CHECK(t.words == std::vector<std::string>{"learning", "walks", "peer", "review", "visits", "staff", "met"});
  // No pair across "and", a full stop or "then"; the hyphen joins.
  CHECK(t.pairs == std::vector<std::string>{"learning walks", "peer review", "review visits"});
}

TEST_CASE("frequent words count comments, not repeats", "[content_words]") {
  const std::vector<std::string_view> texts = {"Pupils, pupils and more pupils.", "Pupils visited.", "Staff visited staff."};
  const auto words = returns::FrequentWords(texts, 2);
  REQUIRE(words.size() == 2);
  CHECK(words[0].word == "pupils");
  CHECK(words[0].comments == 2);
  CHECK(words[1].word == "visited");  // 2 comments, after "pupils" alphabetically; "staff" is in 1
}
