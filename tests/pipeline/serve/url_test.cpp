#include "pipeline/serve/url.h"

#include <catch2/catch.hpp>

using returns::serve::Link;
using returns::serve::QueryString;
using returns::serve::UrlEncode;

TEST_CASE("url: values are percent-encoded but for the unreserved bytes", "[serve][url]") {
  const std::pair<std::string, std::string> table[] = {
      {"Dover", "Dover"},
      {"Tonbridge & Malling", "Tonbridge%20%26%20Malling"},
      {"\"learning walk\"", "%22learning%20walk%22"},
      {"a+b=c/d?e#f", "a%2Bb%3Dc%2Fd%3Fe%23f"},
      {"<script>", "%3Cscript%3E"},
      {"café £125", "caf%C3%A9%20%C2%A3125"},
      {"-._~", "-._~"},
  };
  for (const auto& [value, encoded] : table) CHECK(UrlEncode(value) == encoded);
}

TEST_CASE("url: a query string leaves out empty values", "[serve][url]") {
  CHECK(QueryString({{"q", "walk"}, {"district", ""}, {"theme", "a b"}}) == "q=walk&theme=a%20b");
  CHECK(Link("/", {{"q", ""}}) == "/");
  CHECK(Link("/comment", {{"id", "q2/x#3"}}) == "/comment?id=q2%2Fx%233");
}
