#include "index/query/filter_values.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "tests/corpus/bundled_records.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

using returns::CheckEmptySelection;
using returns::IndexReader;
using returns::Lexicon;
using returns::NearestValues;
using returns::ResolveQueryThemes;
using returns::ResolveThemes;
using returns::SearchRequest;
using returns::Status;

namespace {

const returns::ThemeNames& Default() {
  static const returns::ThemeNames names =
      returns::ThemeNamesOf(returns::LoadLexicon(returns::DefaultLexiconPath()).value());
  return names;
}

// The bundled corpus, tagged, as round 2013-03.
struct Indexed {
  returns::test::TempDir dir;
  Indexed() {
    returns::IndexWriterOptions options;
    auto writer = returns::IndexWriter::Open(dir.path.string(), options);
    REQUIRE(writer.ok());
    for (returns::CommentRecord& r : returns::test::BundledRecords("2013-03")) {
      r.tags = returns::test::DefaultMatcher().Tag(r.text, r.question);
      REQUIRE(writer.value()->Add(r).ok());
    }
    REQUIRE(writer.value()->Commit().ok());
  }
};

Status Check(const SearchRequest& request) {
  static const Indexed indexed;
  const auto index = IndexReader::Open(indexed.dir.path.string());
  REQUIRE(index.ok());
  return CheckEmptySelection(index.value(), request, nullptr);
}

}  // namespace

TEST_CASE("NearestValues: likely slips only, nearest first") {
  const std::vector<std::string> districts{"Ashford", "Dover", "Shepway", "Tonbridge & Malling", "Dartford"};
  struct Row {
    std::string typed;
    std::vector<std::string> nearest;
  };
  const std::vector<Row> rows = {
      {"Dovr", {"Dover"}},                          // one letter out
      {"dover", {"Dover"}},                         // case
      {"tonbridge", {"Tonbridge & Malling"}},       // a part of the name
      {"Tunbridge Malling", {"Tonbridge & Malling"}},
      {"Canterbury", {}},                           // nothing like it
      {"Dartfrod", {"Dartford"}},
  };
  for (const Row& row : rows) {
    INFO(row.typed);
    CHECK(NearestValues(row.typed, districts) == row.nearest);
  }
  CHECK(NearestValues("x", districts).empty());
}

TEST_CASE("ResolveThemes: an id or a label, any case, names the theme") {
  std::vector<std::string> names{"relationships", "Trust and relationships", "PEER_REVIEW", "joint training and cpd",
                                 "learning walks", "none"};
  REQUIRE(ResolveThemes(names, Default()).ok());
  CHECK(names == std::vector<std::string>{"relationships", "relationships", "peer_review", "professional_development",
                                          "learning_walks", "none"});
}

TEST_CASE("ResolveThemes: an unknown theme is an error naming the nearest, or listing them all") {
  std::vector<std::string> typo{"mathematcs"};
  const Status near = ResolveThemes(typo, Default());
  REQUIRE_FALSE(near.ok());
  CHECK(near.code() == Status::Code::kInvalidInput);
  CHECK_THAT(near.ToString(), Catch::Contains("no theme 'mathematcs'") && Catch::Contains("did you mean 'mathematics'"));

  std::vector<std::string> unknown{"ict"};
  const Status far = ResolveThemes(unknown, Default());
  REQUIRE_FALSE(far.ok());
  CHECK_THAT(far.ToString(), Catch::Contains("themes are moderation, learning_walks") &&
                                 Catch::Contains("more_able") && !Catch::Contains("did you mean"));
}

TEST_CASE("ResolveQueryThemes: theme: and pending: values become ids, the rest is left as typed") {
  struct Row {
    std::string query, resolved;
  };
  const std::vector<Row> rows = {
      {R"(theme:"Trust and relationships" trust)", "theme:relationships trust"},
      {"theme:Moderation AND district:Dover", "theme:moderation AND district:Dover"},
      {"(pending:Governance OR theme:peer_review)", "(pending:governance OR theme:peer_review)"},
      {"NOT theme:none", "NOT theme:none"},
      {"-theme:Literacy maths", "-theme:literacy maths"},
      {"mytheme:x theme", "mytheme:x theme"},  // not a field: a word that ends in 'theme'
      {R"("learning walk")", R"("learning walk")"},
  };
  for (const Row& row : rows) {
    INFO(row.query);
    const auto resolved = ResolveQueryThemes(row.query, Default());
    REQUIRE(resolved.ok());
    CHECK(resolved.value() == row.resolved);
  }
  const auto bad = ResolveQueryThemes("moderation theme:moderaton", Default());
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().ToString(), Catch::Contains("did you mean 'moderation'"));
}

TEST_CASE("CheckEmptySelection: a value the database does not hold is an error with the nearest") {
  SearchRequest typo;
  typo.district = "Dovr";
  const Status district = Check(typo);
  REQUIRE_FALSE(district.ok());
  CHECK_THAT(district.ToString(), Catch::Contains("no district 'Dovr'") && Catch::Contains("did you mean 'Dover'"));

  SearchRequest round;
  round.round = "2014-3";
  CHECK_THAT(Check(round).ToString(), Catch::Contains("no round '2014-3'") && Catch::Contains("2013-03"));

  SearchRequest question;
  question.question = 5;  // the bundled appendices answer questions 2 and 3
  CHECK_THAT(Check(question).ToString(), Catch::Contains("no question '5'") && Catch::Contains("it holds 2, 3"));

  SearchRequest in_query;
  in_query.query = "moderation district:\"Tonbrige & Malling\"";
  CHECK_THAT(Check(in_query).ToString(), Catch::Contains("did you mean 'Tonbridge & Malling'"));

  SearchRequest collaborative;
  collaborative.collaborative = "Raising Achievement in Dovr";
  CHECK_THAT(Check(collaborative).ToString(), Catch::Contains("did you mean 'Raising Achievement in Dover (RAiD)'"));
}

TEST_CASE("CheckEmptySelection: known values with no comment between them are an empty answer, not an error") {
  SearchRequest known;
  known.district = "dover";  // any case, as filters are
  known.round = "2013-03";
  known.question = 2;
  known.query = "zzzzword district:Dover";
  CHECK(Check(known).ok());
  CHECK(Check(SearchRequest{}).ok());
}
