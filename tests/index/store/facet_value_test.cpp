#include "index/store/facet_value.h"

#include <catch2/catch.hpp>

#include <string>

using returns::CommentRecord;
using returns::FacetFields;

namespace {

CommentRecord Sample() {
  CommentRecord c;
  c.district = "Tonbridge & Malling";
  c.collaborative = "Wrotham/Mascalls Partnership";
  c.question = 4;
  c.round = "2014-1";
  c.tags = returns::Tagging{{}, {"moderation", "transition"}, {"transition"}};
  return c;
}

}  // namespace

TEST_CASE("facet value: its two halves split apart, each unpacks alone", "[facet_value]") {
  const std::string packed = returns::PackFacets(Sample());
  std::string_view where, what;
  REQUIRE(returns::SplitFacets(packed, where, what));
  CHECK(std::string(where) + std::string(what) == packed);
  FacetFields f;
  REQUIRE(returns::UnpackWhere(where, f));
  CHECK(f.district == "Tonbridge & Malling");
  CHECK(f.collaborative == "Wrotham/Mascalls Partnership");
  CHECK(f.question == "4");
  CHECK(f.round == "2014-1");
  REQUIRE(returns::UnpackWhat(what, f));
  CHECK(f.themes == std::vector<std::string_view>{"moderation", "transition"});
  CHECK(f.pending == std::vector<std::string_view>{"transition"});
  // The whole value unpacks as the halves do.
  FacetFields whole;
  REQUIRE(returns::UnpackFacets(packed, whole));
  CHECK(whole.round == "2014-1");
  CHECK(whole.themes.size() == 2);
}

TEST_CASE("facet value: a value cut short, or a half with bytes over, is refused", "[facet_value]") {
  const std::string packed = returns::PackFacets(Sample());
  std::string_view where, what;
  REQUIRE(returns::SplitFacets(packed, where, what));
  FacetFields f;
  for (size_t n = 0; n < where.size(); ++n) {
    std::string_view w, h;
    CHECK_FALSE(returns::SplitFacets(std::string_view(packed).substr(0, n), w, h));
  }
  CHECK_FALSE(returns::UnpackWhere(std::string(where) + "x", f));
  for (size_t n = 0; n < what.size(); ++n) CHECK_FALSE(returns::UnpackWhat(what.substr(0, n), f));
  CHECK_FALSE(returns::UnpackWhat(std::string(what) + "x", f));
  CHECK_FALSE(returns::UnpackFacets(packed + "x", f));
}
