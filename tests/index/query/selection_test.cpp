#include "index/query/selection.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "index/store/index_writer.h"
#include "tests/corpus/bundled_records.h"
#include "tests/index/indexed_bundled.h"
#include "tests/lexicon/default_matcher.h"
#include "tests/temp_dir.h"

using returns::CommentRecord;
using returns::DescribeSelection;
using returns::IndexReader;
using returns::SearchRequest;
using returns::Select;
using returns::test::DefaultMatcher;

namespace {

// One index for the whole file: the bundled corpus as round 2014-03 and again as 2013-03.
using Indexed = returns::test::IndexedBundled;

const Indexed& Corpus() {
  static const Indexed indexed({"2014-03", "2013-03"});
  return indexed;
}

std::vector<CommentRecord> Run(SearchRequest request) {
  const auto index = IndexReader::Open(Corpus().dir.path.string());
  REQUIRE(index.ok());
  auto selected = Select(index.value(), std::move(request));
  REQUIRE(selected.ok());
  return std::move(selected).value();
}

// "<round> <comment id>": one comment of one round.
std::string Key(const CommentRecord& r) {
  std::string key = r.round;
  key += ' ';
  key += r.comment_key();
  return key;
}

// The keys of the indexed records that `keep` accepts, sorted.
template <typename Keep>
std::vector<std::string> ExpectedKeys(Keep keep) {
  std::vector<std::string> keys;
  for (const CommentRecord& r : Corpus().records) {
    if (keep(r)) keys.push_back(Key(r));
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::vector<std::string> SortedKeys(const std::vector<CommentRecord>& selected) {
  std::vector<std::string> keys;
  for (const CommentRecord& r : selected) keys.push_back(Key(r));
  std::sort(keys.begin(), keys.end());
  return keys;
}

bool HasTheme(const CommentRecord& r, const std::string& theme) {
  const auto& themes = r.tagging().themes;
  return std::find(themes.begin(), themes.end(), theme) != themes.end();
}

// Appendix order: district, collaborative, round, return, position; each step checked.
void CheckAppendixOrder(const std::vector<CommentRecord>& selected) {
  for (size_t i = 1; i < selected.size(); ++i) {
    const CommentRecord& a = selected[i - 1];
    const CommentRecord& b = selected[i];
    INFO(Key(a) << " before " << Key(b));
    CHECK(std::forward_as_tuple(a.district, a.collaborative_name(), a.round, a.return_key(), a.position) <
          std::forward_as_tuple(b.district, b.collaborative_name(), b.round, b.return_key(), b.position));
  }
}

}  // namespace

TEST_CASE("with no filter, every comment once, in appendix order", "[index][selection]") {
  const std::vector<CommentRecord> all = Run({});
  REQUIRE(all.size() == 2 * 445);
  const std::vector<std::string> keys = SortedKeys(all);
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
  CHECK(keys == ExpectedKeys([](const CommentRecord&) { return true; }));
  CheckAppendixOrder(all);
  CHECK(all.front().district == "Ashford");
  CHECK(all.front().round == "2013-03");  // indexed second, listed first
  CHECK(all.front().position == 1);

  // A return's comments are together, positions 1, 2, 3, …
  std::map<std::string, int> last_position;
  for (const CommentRecord& r : all) {
    const std::string ret = r.round + " " + r.return_key();
    INFO(ret);
    CHECK(r.position == last_position[ret] + 1);
    last_position[ret] = r.position;
  }
  CHECK(last_position.size() == 2 * 90);
}

TEST_CASE("limit and offset are ignored: the whole match set", "[index][selection]") {
  SearchRequest request;
  request.limit = 1;
  request.offset = 7;
  CHECK(Run(request).size() == 2 * 445);
}

TEST_CASE("filters select exactly the matching comments, still in appendix order", "[index][selection]") {
  SECTION("theme") {
    SearchRequest request;
    request.themes = {"moderation"};
    const auto got = Run(request);
    REQUIRE_FALSE(got.empty());
    CHECK(SortedKeys(got) == ExpectedKeys([](const CommentRecord& r) { return HasTheme(r, "moderation"); }));
    CheckAppendixOrder(got);
  }
  SECTION("district, question and round together") {
    SearchRequest request;
    request.district = "Dover";
    request.question = 3;
    request.round = "2014-03";
    const auto got = Run(request);
    REQUIRE_FALSE(got.empty());
    CHECK(SortedKeys(got) == ExpectedKeys([](const CommentRecord& r) {
            return r.district == "Dover" && r.question == 3 && r.round == "2014-03";
          }));
    CheckAppendixOrder(got);
  }
  SECTION("collaborative, as users write it") {
    SearchRequest request;
    request.collaborative = "sevenoaks cluster of schools";
    const auto got = Run(request);
    REQUIRE_FALSE(got.empty());
    CHECK(SortedKeys(got) == ExpectedKeys([](const CommentRecord& r) {
            return r.collaborative_name() == "Sevenoaks Cluster of Schools";
          }));
    CheckAppendixOrder(got);
  }
  SECTION("a query with a filter inside it") {
    SearchRequest request;
    request.query = "district:Dover";
    request.round = "2013-03";
    const auto got = Run(request);
    REQUIRE_FALSE(got.empty());
    CHECK(SortedKeys(got) == ExpectedKeys([](const CommentRecord& r) {
            return r.district == "Dover" && r.round == "2013-03";
          }));
    CheckAppendixOrder(got);
  }
  SECTION("a filter nothing matches") {
    SearchRequest request;
    request.district = "Atlantis";
    CHECK(Run(request).empty());
  }
}

TEST_CASE("a query the parser rejects is a failed status", "[index][selection]") {
  const auto index = IndexReader::Open(Corpus().dir.path.string());
  REQUIRE(index.ok());
  SearchRequest request;
  request.query = "moderation AND";
  const auto selected = Select(index.value(), request);
  REQUIRE_FALSE(selected.ok());
  CHECK(selected.status().ToString().find("moderation AND") != std::string::npos);
  request.query = "moderation AND (trust";
  CHECK(Select(index.value(), request).status().ToString() == "error: query: unbalanced '(' at position 16");
}

TEST_CASE("DescribeSelection names the filters and query in words", "[selection]") {
  struct Row {
    SearchRequest request;
    std::string expected;
  };
  auto request = [](auto fill) {
    SearchRequest r;
    fill(r);
    return r;
  };
  const std::vector<Row> rows = {
      {SearchRequest{}, "all comments"},
      {request([](SearchRequest& r) { r.limit = 3; r.offset = 2; }), "all comments"},
      {request([](SearchRequest& r) { r.themes = {"moderation"}; r.district = "Dover"; }),
       "theme moderation, district Dover"},
      {request([](SearchRequest& r) { r.themes = {"moderation", "peer-review"}; }),
       "theme moderation, theme peer-review"},
      {request([](SearchRequest& r) { r.question = 2; }), "question 2"},
      // A district as the register spells it, however typed; another name of it beside.
      {request([](SearchRequest& r) { r.district = "dover"; }), "district Dover"},
      {request([](SearchRequest& r) { r.district = "tonbridge and malling"; }), "district Tonbridge & Malling"},
      {request([](SearchRequest& r) { r.district = "tonbridge malling"; }), "district Tonbridge & Malling"},
      {request([](SearchRequest& r) { r.district = "Folkestone & Hythe"; }), "district Shepway (Folkestone & Hythe)"},
      {request([](SearchRequest& r) { r.district = "atlantis"; }), "district atlantis"},
      {request([](SearchRequest& r) { r.collaborative = "ACE"; r.round = "2013-03"; }),
       "collaborative ACE, round 2013-03"},
      {request([](SearchRequest& r) { r.query = "peer review"; }), "query \"peer review\""},
      {request([](SearchRequest& r) {
         r.query = "writing";
         r.round = "2014-03";
         r.collaborative = "EAS Hub";
         r.district = "Ashford";
         r.question = 4;
         r.themes = {"data"};
       }),
       "theme data, question 4, district Ashford, collaborative EAS Hub, round 2014-03, query \"writing\""},
  };
  for (const Row& row : rows) {
    INFO(row.expected);
    CHECK(DescribeSelection(row.request) == row.expected);
  }
}
