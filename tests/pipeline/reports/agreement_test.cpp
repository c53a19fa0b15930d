#include "pipeline/reports/agreement.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>

#include "pipeline/reports/agreement_format.h"

namespace {

returns::LabelTable Table(int both, int first_only, int second_only, int neither) {
  returns::LabelTable t;
  t.both = both;
  t.first_only = first_only;
  t.second_only = second_only;
  t.neither = neither;
  return t;
}

std::vector<returns::CodedComment> Read(const std::string& name) {
  auto r = returns::ReadCodingFile(std::string(RETURNS_SOURCE_DIR) + "/tests/data/gold/" + name);
  REQUIRE(r.ok());
  return std::move(r).value();
}

}  // namespace

// tests/data/gold/agreement-a.jsonl and agreement-b.jsonl: two coders on the
// same comments (tests/data/README.md). Matched: c1-c9 by id, c10 by text (B
// gives it no id); c11 is only in A, c12 only in B. The compared themes are
// those either side coded on the 10 matched comments: moderation, transition.
//
// moderation, n = 10:        A yes c1-c5; B yes c1-c4, c6
//   both 4, A only 1 (c5), B only 1 (c6), neither 4
//   kappa: po = (4 + 4)/10 = 0.8; pA = pB = 0.5; pe = 0.5·0.5 + 0.5·0.5 = 0.5
//          κ = (0.8 − 0.5)/(1 − 0.5) = 0.6
//   alpha: n0 = 2·4 + 1 + 1 = 10 zeros, n1 = 2·4 + 1 + 1 = 10 ones over 2n = 20 values
//          α = 1 − (2n − 1)·(1 + 1)/(n0·n1) = 1 − 19·2/100 = 0.62
//   P = 4/5 = 0.8, R = 4/5 = 0.8
// transition, n = 10:        A yes c6, c7, c8; B yes c7, c9
//   both 1, A only 2 (c6, c8), B only 1 (c9), neither 6
//   kappa: po = 7/10 = 0.7; pA = 0.3, pB = 0.2; pe = 0.3·0.2 + 0.7·0.8 = 0.62
//          κ = (0.7 − 0.62)/0.38 = 0.08/0.38 = 0.2105…
//   alpha: n0 = 2·6 + 3 = 15, n1 = 2·1 + 3 = 5; α = 1 − 19·3/75 = 1 − 0.76 = 0.24
//   P = 1/2, R = 1/3
// pooled, n = 20 decisions:  both 5, A only 3, B only 2, neither 10
//   kappa: po = 15/20 = 0.75; pA = 8/20 = 0.4, pB = 7/20 = 0.35; pe = 0.14 + 0.39 = 0.53
//          κ = 0.22/0.47 = 0.4680…
//   alpha: n0 = 2·10 + 5 = 25, n1 = 2·5 + 5 = 15; α = 1 − 39·5/375 = 1 − 0.52 = 0.48
// pending (every matched record has a "pending" list):
//   moderation pending: A c3; B c3, c4 → both 1, B only 1, neither 8
//     kappa: po = 0.9; pA = 0.1, pB = 0.2; pe = 0.02 + 0.72 = 0.74; κ = 0.16/0.26 = 0.6153…
//     alpha: n0 = 2·8 + 1 = 17, n1 = 2·1 + 1 = 3; α = 1 − 19·1/51 = 0.6274…
//   transition pending: A c8 (B does not code transition there) → A only 1, neither 9
//   where both have the theme (moderation c1-c4, transition c7): pending agrees on
//   c1, c2, c3, c7 and not on c4 → 4 of 5.
TEST_CASE("agreement of two coders, worked by hand", "[agreement]") {
  const auto a = Read("agreement-a.jsonl");
  const auto b = Read("agreement-b.jsonl");
  REQUIRE(a.size() == 11);
  REQUIRE(b.size() == 11);
  const returns::Pairing pairing = returns::PairComments(a, b);
  CHECK(pairing.pairs.size() == 10);
  CHECK(pairing.by_id == 9);
  CHECK(pairing.by_text == 1);
  REQUIRE(pairing.first_unmatched.size() == 1);
  CHECK(pairing.first_unmatched[0]->id == "2014-1/test-cluster/q2#11");
  REQUIRE(pairing.second_unmatched.size() == 1);
  CHECK(pairing.second_unmatched[0]->id == "2014-1/test-cluster/q2#12");

  const std::vector<std::string> themes = returns::ThemesOf(pairing.pairs);
  CHECK(themes == std::vector<std::string>{"moderation", "transition"});
  const returns::Agreement ag = returns::Compare(pairing.pairs, themes);
  CHECK(ag.compared == 10);
  CHECK(ag.pending_compared == 10);

  const returns::LabelTable& m = ag.themes.at("moderation").themes;
  CHECK(m.both == 4);
  CHECK(m.first_only == 1);
  CHECK(m.second_only == 1);
  CHECK(m.neither == 4);
  CHECK(m.kappa() == Approx(0.6));
  CHECK(m.alpha() == Approx(0.62));
  CHECK(m.precision() == Approx(0.8));
  CHECK(m.recall() == Approx(0.8));

  const returns::LabelTable& t = ag.themes.at("transition").themes;
  CHECK(t.kappa() == Approx(0.08 / 0.38));
  CHECK(t.alpha() == Approx(0.24));
  CHECK(t.precision() == Approx(0.5));
  CHECK(t.recall() == Approx(1.0 / 3));

  CHECK(ag.all.themes.n() == 20);
  CHECK(ag.all.themes.kappa() == Approx(0.22 / 0.47));
  CHECK(ag.all.themes.alpha() == Approx(0.48));

  const returns::LabelTable& mp = ag.themes.at("moderation").pending;
  CHECK(mp.both == 1);
  CHECK(mp.second_only == 1);
  CHECK(mp.kappa() == Approx(0.16 / 0.26));
  CHECK(mp.alpha() == Approx(1 - 19.0 / 51));
  CHECK(ag.themes.at("transition").pending.first_only == 1);
  const returns::LabelTable& w = ag.all.pending_when_both;
  CHECK(w.n() == 5);
  CHECK(w.both + w.neither == 4);

  // 5 on themes (moderation c5, c6; transition c6, c8, c9) and 1 on pending (moderation c4).
  int on_pending = 0;
  for (const auto& d : ag.disagreements) on_pending += d.on_pending;
  CHECK(ag.disagreements.size() == 6);
  CHECK(on_pending == 1);
}

TEST_CASE("kappa and alpha are undefined without variation", "[agreement]") {
  CHECK(std::isnan(Table(0, 0, 0, 10).kappa()));
  CHECK(std::isnan(Table(0, 0, 0, 10).alpha()));
  CHECK(std::isnan(Table(10, 0, 0, 0).kappa()));
  CHECK(Table(0, 0, 0, 10).f1() == Approx(1.0));  // nothing coded, nothing said: full agreement
  CHECK(Table(5, 0, 0, 5).kappa() == Approx(1.0));
  CHECK(Table(5, 0, 0, 5).alpha() == Approx(1.0));
  CHECK(returns::Figure(Table(0, 0, 0, 3).kappa()) == "n/a");
}

TEST_CASE("a figure that rounds to zero is 0.000, never -0.000", "[agreement]") {
  CHECK(returns::Figure(-0.0001) == "0.000");
  CHECK(returns::Figure(-0.0) == "0.000");
  CHECK(returns::Figure(-0.0006) == "-0.001");
  CHECK(returns::Figure(0.4996) == "0.500");
}

TEST_CASE("comments are matched by id first, then by text, each once", "[agreement]") {
  std::istringstream a_in(R"({"id":"1","text":"Same words","themes":["x"]})" "\n"
                          R"({"text":"Same words","themes":[]})" "\n");
  std::istringstream b_in(R"({"text":"Same words","themes":["x"]})" "\n"
                          R"({"id":"1","text":"Other words","themes":["x"]})" "\n");
  const auto a = returns::ReadCoding(a_in, "a");
  const auto b = returns::ReadCoding(b_in, "b");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  const auto p = returns::PairComments(a.value(), b.value());
  REQUIRE(p.pairs.size() == 2);
  CHECK(p.pairs[0].second->text == "Other words");  // by id, though the text differs
  CHECK(p.pairs[1].second->text == "Same words");
  CHECK(p.by_id == 1);
  CHECK(p.by_text == 1);
}

TEST_CASE("a comment without pending coding is left out of pending", "[agreement]") {
  std::istringstream a_in(R"({"id":"1","text":"t","themes":["x"],"pending":["x"]})" "\n");
  std::istringstream b_in(R"({"id":"1","text":"t","themes":["x"]})" "\n");
  const auto a = returns::ReadCoding(a_in, "a");
  const auto b = returns::ReadCoding(b_in, "b");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  const auto p = returns::PairComments(a.value(), b.value());
  const auto ag = returns::Compare(p.pairs, {"x"});
  CHECK(ag.pending_compared == 0);
  CHECK(ag.all.pending.n() == 0);
  CHECK(ag.disagreements.empty());
}
