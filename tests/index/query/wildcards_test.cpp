#include "index/query/wildcards.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "index/query/search.h"
#include "tests/index/indexed_bundled.h"

namespace {

using Words = std::vector<std::string>;

Xapian::Query Parse(const std::string& text) {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_boolean_prefix("theme", "XT");
  return qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                  Xapian::QueryParser::FLAG_PURE_NOT);
}

std::string Expanded(const std::string& text, const Words& vocabulary) {
  return returns::ExpandWildcards(Parse(text), vocabulary, Xapian::Stem("english")).get_description();
}

}  // namespace

TEST_CASE("a wildcard's pattern is read from the parser's leaf", "[index][wildcards]") {
  CHECK(returns::WildcardPattern(Parse("moder*")) == "moder");
  CHECK(returns::WildcardPattern(Parse("Moder*")) == "moder");  // lower case, as the parser makes it
  CHECK(returns::WildcardPattern(Parse("zoë*")) == "zoë");
  CHECK(returns::WildcardPattern(Parse("AT&T*")) == "at&t");
  CHECK(returns::WildcardPattern(Parse("moderation")).empty());
  CHECK(returns::WildcardPattern(Parse("moder* trust")).empty());  // an AND, not a wildcard
}

TEST_CASE("wildcards expand to the stems of the vocabulary's words that start with them", "[index][wildcards]") {
  const Words vocabulary{"moderate", "moderated", "moderation", "modern", "studies",
                         "study",    "trust",     "universal",  "university"};
  // Golden: each wildcard where it was, as the stems (each once) of its words.
  const std::vector<std::pair<std::string, std::string>> table = {
      {"moder*", "Query((Zmoder SYNONYM Zmodern))"},
      {"moderat*", "Query(Zmoder)"},  // one stem: no SYNONYM of one
      {"studi*", "Query(Zstudi)"},    // "studies" stems as "study" does: both found
      {"zzz*", "Query()"},             // no word: nothing found
      {"moder* trust", "Query(((Zmoder SYNONYM Zmodern) AND Ztrust@2))"},
      {"trust -moderat*", "Query((Ztrust@1 AND_NOT Zmoder))"},
      {"NOT moderat*", "Query((<alldocuments> AND_NOT Zmoder))"},
      {"moderat* OR stud*", "Query((Zmoder OR Zstudi))"},
      {"moderat* theme:trust", "Query((Zmoder FILTER XTtrust))"},
      {"\"trust moder*\"", "Query((Ztrust@1 PHRASE 2 Zmoder@2))"},  // in a phrase '*' is no wildcard (Xapian)
      {"trust", "Query(Ztrust@1)"},                                   // no wildcard: as parsed
      // Stemmed, a wildcard finds what its words find: "university" and
      // "universal" share a stem (as the query "university" finds "universal").
      {"universit*", "Query(Zunivers)"},
  };
  for (const auto& [query, expected] : table) {
    INFO(query);
    CHECK(Expanded(query, vocabulary) == expected);
  }
  CHECK(Expanded("moder*", {}) == "Query()");
}

TEST_CASE("a wildcard search finds each comment holding a word that starts with it, or another form of one",
          "[index][wildcards]") {
  // Counted here from each comment's own words: the words as written that
  // Xapian makes, and their stems.
  const auto& indexed = returns::test::TwoRounds(2);
  auto reader = returns::IndexReader::Open(indexed.dir.path.string());
  REQUIRE(reader.ok());
  Xapian::TermGenerator words;
  words.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  const Xapian::Stem stem("english");
  for (const std::string prefix : {"moder", "train", "lead", "stud", "collab", "q", "zzz"}) {
    std::set<std::string> stems;  // of every word starting with the prefix, in any comment
    std::vector<std::set<std::string>> comment_stems;
    for (const returns::CommentRecord& r : indexed.records) {
      Xapian::Document doc;
      words.set_document(doc);
      words.index_text_without_positions(r.text);
      std::set<std::string> own;
      for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        own.insert(stem(*it));
        if ((*it).rfind(prefix, 0) == 0) stems.insert(stem(*it));
      }
      comment_stems.push_back(std::move(own));
    }
    std::multiset<std::string> expected;
    for (size_t i = 0; i < indexed.records.size(); ++i) {
      for (const std::string& s : comment_stems[i]) {
        if (stems.count(s)) {
          expected.insert(indexed.records[i].round + "/" + indexed.records[i].comment_key());
          break;
        }
      }
    }
    returns::SearchRequest request;
    request.query = prefix + "*";
    request.limit = 2000;
    request.facets = false;
    auto found = returns::Search(reader.value(), request);
    REQUIRE(found.ok());
    std::multiset<std::string> got;
    for (const returns::SearchHit& h : found.value().hits) got.insert(h.comment.round + "/" + h.comment.comment_key());
    INFO(prefix);
    CHECK(got == expected);
    if (std::string(prefix) != "zzz") CHECK(!expected.empty());
  }
}
