#include "pipeline/serve/search_state.h"

#include <catch2/catch.hpp>

using namespace returns::serve;

namespace {

HttpRequest With(std::initializer_list<std::pair<const std::string, std::string>> params) {
  HttpRequest r;
  r.params = params;
  return r;
}

}  // namespace

TEST_CASE("search state: the URL's parameters become the search", "[serve][state]") {
  const auto state = ReadSearchState(With({{"q", "\"learning walk\""}, {"theme", "moderation"}, {"theme", "literacy"},
                                           {"theme", "moderation"}, {"district", "Dover"}, {"question", "2"},
                                           {"round", "2013-03"}, {"page", "3"}}));
  REQUIRE(state.ok());
  const SearchState& s = state.value();
  CHECK(s.query == "\"learning walk\"");
  CHECK(s.themes == std::vector<std::string>{"moderation", "literacy"});  // each once
  CHECK(s.district == "Dover");
  CHECK(s.question == 2);
  CHECK(s.page == 3);
  const returns::SearchRequest r = ToSearchRequest(s, 20);
  CHECK(r.offset == 40);
  CHECK(r.limit == 20);
  CHECK(r.themes == s.themes);
  CHECK(r.round == "2013-03");
}

TEST_CASE("search state: written back to a URL and read again, it is the same", "[serve][state]") {
  SearchState s;
  s.query = "moderat* & <b>";
  s.themes = {"moderation", "parents"};
  s.collaborative = "St Mary's & St John's";
  s.question = 4;
  s.page = 2;
  const std::string url = SearchUrl(s);
  CHECK(url.rfind("/?q=", 0) == 0);
  CHECK(url.find('<') == std::string::npos);
  CHECK(url.find(' ') == std::string::npos);
  HttpRequest again;
  for (const auto& [k, v] : StateParams(s)) {
    if (!v.empty()) again.params.emplace(k, v);
  }
  const auto read = ReadSearchState(again);
  REQUIRE(read.ok());
  CHECK(read.value().query == s.query);
  CHECK(read.value().themes == s.themes);
  CHECK(read.value().collaborative == s.collaborative);
  CHECK(read.value().question == 4);
  CHECK(read.value().page == 2);
  CHECK(SearchUrl(SearchState{}) == "/");
}

TEST_CASE("search state: a change goes back to page 1", "[serve][state]") {
  SearchState s;
  s.page = 5;
  s.themes = {"a"};
  CHECK(WithTheme(s, "b").themes == std::vector<std::string>{"a", "b"});
  CHECK(WithTheme(s, "a").themes.size() == 1);
  CHECK(WithTheme(s, "b").page == 1);
  CHECK(WithoutTheme(s, "a").themes.empty());
  CHECK(WithFilter(s, "district", "Dover").district == "Dover");
  CHECK(WithFilter(WithFilter(s, "district", "Dover"), "district", "").district.empty());
  CHECK(WithQuestion(s, 3).question == 3);
  CHECK(WithQuestion(s, 3).page == 1);
  CHECK_FALSE(Narrowed(SearchState{}));
  CHECK(Narrowed(s));
}

TEST_CASE("search state: unusable values are refused with what to change", "[serve][state][errors]") {
  const std::pair<HttpRequest, std::string> table[] = {
      {With({{"q", std::string(1001, 'a')}}), "the query is 1001 bytes long; at most 1000 are taken"},
      {With({{"q", "\xff\xfe"}}), "the query is not valid UTF-8 text"},
      {With({{"district", std::string(301, 'd')}}), "the district is 301 bytes long"},
      {With({{"question", "6"}}), "the question is a number from 1 to 5"},
      {With({{"question", "2x"}}), "the question is a number from 1 to 5"},
      {With({{"page", "0"}}), "the page is a number from 1 to 100000"},
      {With({{"page", "-1"}}), "the page is a number"},
      {With({{"page", "99999999999999999999"}}), "the page is a number"},
  };
  for (const auto& [request, message] : table) {
    const auto s = ReadSearchState(request);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == returns::Status::Code::kInvalidInput);
    CHECK_THAT(s.status().message(), Catch::Contains(message));
  }
  HttpRequest many;
  for (int i = 0; i < 21; ++i) many.params.emplace("theme", std::to_string(i) + "t");
  CHECK_FALSE(ReadSearchState(many).ok());
}

TEST_CASE("search state: attribute=NAME=VALUE filters, each once, written back, taken away", "[serve][state][attributes]") {
  const auto state = ReadSearchState(With({{"attribute", "email=jo@school.org"}, {"attribute", "respondent=Jo Smith"},
                                           {"attribute", "email=jo@school.org"}, {"attribute", ""}}));
  REQUIRE(state.ok());
  const SearchState& s = state.value();
  CHECK(s.attributes == std::vector<std::string>{"email=jo@school.org", "respondent=Jo Smith"});
  CHECK(Narrowed(s));
  const returns::SearchRequest r = ToSearchRequest(s, 20);
  CHECK(r.attributes == std::vector<std::pair<std::string, std::string>>{{"email", "jo@school.org"},
                                                                          {"respondent", "Jo Smith"}});
  HttpRequest again;
  for (const auto& [k, v] : StateParams(s)) {
    if (!v.empty()) again.params.emplace(k, v);
  }
  const auto read = ReadSearchState(again);
  REQUIRE(read.ok());
  CHECK(read.value().attributes == s.attributes);
  CHECK(SearchUrl(s).find("attribute=email%3Djo%40school.org") != std::string::npos);
  const SearchState without = WithoutAttribute(s, "email=jo@school.org");
  CHECK(without.attributes == std::vector<std::string>{"respondent=Jo Smith"});
  CHECK_FALSE(Narrowed(WithoutAttribute(without, "respondent=Jo Smith")));
  // Not NAME=VALUE: refused, saying how to write one.
  const auto bad = ReadSearchState(With({{"attribute", "email"}}));
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("give NAME=VALUE"));
}
