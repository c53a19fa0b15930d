#include "index/query/summary.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using returns::CommentRecord;
using returns::Summarise;
using returns::Summary;
using returns::SummaryDimension;
using returns::ThemeCounts;
using returns::ThemeLabel;

namespace {

CommentRecord Comment(const std::string& round, const std::string& return_id, const std::string& district,
                       const std::string& collaborative, int question, std::vector<std::string> themes,
                       std::vector<std::string> pending = {}) {
  CommentRecord c;
  c.round = round;
  c.return_id = return_id;
  c.comment_id = return_id + "#?";
  c.district = district;
  c.collaborative = collaborative + " (as written)";
  c.collaborative_canonical = collaborative;
  c.question = question;
  c.tags.emplace();
  c.tags->themes = std::move(themes);
  c.tags->pending = std::move(pending);
  return c;
}

const std::vector<ThemeLabel> kThemes = {
    {"moderation", "Moderation"},
    {"learning_walks", "Learning walks"},
    {"literacy", "Literacy"},
    {"governance", "Governance"},  // no comment mentions it
};

// Seven comments in six returns (Alpha's q2 return is sent again in a later round)
// from three collaboratives in three districts.
const std::vector<CommentRecord>& Comments() {
  static const std::vector<CommentRecord> comments = {
      /* c1 */ Comment("2013-03", "q2/alpha/x", "Dover", "Alpha", 2, {"literacy", "moderation"}),
      /* c2 */ Comment("2013-03", "q2/alpha/x", "Dover", "Alpha", 2, {"moderation"}, {"moderation"}),
      /* c3 */ Comment("2013-03", "q3/alpha/x", "Dover", "Alpha", 3, {"learning_walks"}, {"learning_walks"}),
      /* c4 */ Comment("2013-03", "q2/beta/y", "Thanet", "Beta", 2, {"learning_walks", "moderation"}, {"learning_walks"}),
      /* c5 */ Comment("2013-03", "q3/beta/y", "Thanet", "Beta", 3, {}),
      /* c6 */ Comment("2014-03", "q2/alpha/x", "Dover", "Alpha", 2, {"moderation"}),
      /* c7 */ Comment("2013-03", "q5/gamma/z", "Canterbury", "Gamma", 5, {"literacy"}),
  };
  return comments;
}

struct Want {
  const char* theme;
  unsigned comments, returns, collaboratives, pending;
  double share;
};

void CheckCounts(const std::map<std::string, ThemeCounts>& got, const std::vector<Want>& want) {
  for (const Want& w : want) {
    INFO(w.theme);
    REQUIRE(got.count(w.theme));
    const ThemeCounts& c = got.at(w.theme);
    CHECK(c.comments == w.comments);
    CHECK(c.returns == w.returns);
    CHECK(c.collaboratives == w.collaboratives);
    CHECK(c.pending == w.pending);
    CHECK(c.collaborative_share == Approx(w.share));
  }
}

bool Has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// The same figures by brute force, straight from the comments: for a group of
// comments and a theme, the distinct (round, return) pairs and collaboratives.
ThemeCounts BruteForce(const std::vector<const CommentRecord*>& group, const std::string& theme) {
  ThemeCounts out;
  std::vector<std::pair<std::string, std::string>> returns;
  std::vector<std::string> collaboratives, all;
  for (const CommentRecord* c : group) all.push_back(c->collaborative_name());
  for (const CommentRecord* c : group) {
    if (!Has(c->tagging().themes, theme)) continue;
    ++out.comments;
    if (Has(c->tagging().pending, theme)) ++out.pending;
    returns.emplace_back(c->round, c->return_id);
    collaboratives.push_back(c->collaborative_name());
  }
  std::sort(returns.begin(), returns.end());
  std::sort(collaboratives.begin(), collaboratives.end());
  std::sort(all.begin(), all.end());
  out.returns = static_cast<unsigned>(std::unique(returns.begin(), returns.end()) - returns.begin());
  out.collaboratives = static_cast<unsigned>(std::unique(collaboratives.begin(), collaboratives.end()) - collaboratives.begin());
  const auto n = std::unique(all.begin(), all.end()) - all.begin();
  out.collaborative_share = n ? static_cast<double>(out.collaboratives) / static_cast<double>(n) : 0;
  return out;
}

void CheckAgainstBruteForce(const std::map<std::string, ThemeCounts>& got, const std::vector<const CommentRecord*>& group) {
  for (const ThemeLabel& t : kThemes) {
    INFO(t.id);
    const ThemeCounts want = BruteForce(group, t.id);
    REQUIRE(got.count(t.id));
    CHECK(got.at(t.id).comments == want.comments);
    CHECK(got.at(t.id).returns == want.returns);
    CHECK(got.at(t.id).collaboratives == want.collaboratives);
    CHECK(got.at(t.id).pending == want.pending);
    CHECK(got.at(t.id).collaborative_share == Approx(want.collaborative_share));
  }
}

}  // namespace

TEST_CASE("overall counts per theme, counted by hand", "[summary]") {
  const Summary s = Summarise(Comments(), kThemes, SummaryDimension::kNone, false);
  REQUIRE(s.themes.size() == kThemes.size());
  for (size_t i = 0; i < kThemes.size(); ++i) CHECK(s.themes[i].id == kThemes[i].id);  // lexicon order
  CHECK(s.totals.comments == 7);
  CHECK(s.totals.returns == 6);  // the 2014-03 copy of q2/alpha/x is a return of its own
  CHECK(s.totals.collaboratives == 3);
  CheckCounts(s.overall, {
                             // c1 c2 c4 c6; returns 2013/q2/alpha, 2013/q2/beta, 2014/q2/alpha; c2 pending
                             {"moderation", 4, 3, 2, 1, 2.0 / 3},
                             // c3 c4, both pending
                             {"learning_walks", 2, 2, 2, 2, 2.0 / 3},
                             // c1 c7
                             {"literacy", 2, 2, 2, 0, 2.0 / 3},
                             {"governance", 0, 0, 0, 0, 0},
                             // c5, the one comment with no theme
                             {"none", 1, 1, 1, 0, 1.0 / 3},
                         });
  CHECK(s.by == SummaryDimension::kNone);
  CHECK(s.by_values.empty());
  CHECK(s.by_counts.empty());
  CHECK(s.cooccurrence.empty());
}

TEST_CASE("by district: a cell per district, shares of the cell's collaboratives", "[summary]") {
  const Summary s = Summarise(Comments(), kThemes, SummaryDimension::kDistrict, false);
  CHECK(s.by == SummaryDimension::kDistrict);
  CHECK(s.by_values == std::vector<std::string>{"Canterbury", "Dover", "Thanet"});
  // Dover: c1 c2 c3 c6, all Alpha's.
  CHECK(s.by_totals.at("Dover").comments == 4);
  CHECK(s.by_totals.at("Dover").returns == 3);
  CHECK(s.by_totals.at("Dover").collaboratives == 1);
  CheckCounts(s.by_counts.at("Dover"), {
                                           {"moderation", 3, 2, 1, 1, 1.0},
                                           {"learning_walks", 1, 1, 1, 1, 1.0},
                                           {"literacy", 1, 1, 1, 0, 1.0},
                                           {"governance", 0, 0, 0, 0, 0},
                                       });
  // Thanet: c4 c5, Beta's.
  CHECK(s.by_totals.at("Thanet").comments == 2);
  CHECK(s.by_totals.at("Thanet").returns == 2);
  CheckCounts(s.by_counts.at("Thanet"), {
                                            {"moderation", 1, 1, 1, 0, 1.0},
                                            {"learning_walks", 1, 1, 1, 1, 1.0},
                                            {"literacy", 0, 0, 0, 0, 0},
                                        });
  // Canterbury: c7 only.
  CHECK(s.by_totals.at("Canterbury").comments == 1);
  CheckCounts(s.by_counts.at("Canterbury"), {{"literacy", 1, 1, 1, 0, 1.0}, {"moderation", 0, 0, 0, 0, 0}});
  // The overall figures do not change with --by.
  CheckCounts(s.overall, {{"moderation", 4, 3, 2, 1, 2.0 / 3}});
}

TEST_CASE("by question: cells in question order", "[summary]") {
  const Summary s = Summarise(Comments(), kThemes, SummaryDimension::kQuestion, false);
  CHECK(s.by_values == std::vector<std::string>{"2", "3", "5"});
  // Question 2: c1 c2 c4 c6 from Alpha and Beta.
  CHECK(s.by_totals.at("2").comments == 4);
  CHECK(s.by_totals.at("2").returns == 3);
  CHECK(s.by_totals.at("2").collaboratives == 2);
  CheckCounts(s.by_counts.at("2"), {{"moderation", 4, 3, 2, 1, 1.0}, {"learning_walks", 1, 1, 1, 1, 0.5}});
  // Question 3: c3 (Alpha) and c5 (Beta, no theme).
  CheckCounts(s.by_counts.at("3"), {{"learning_walks", 1, 1, 1, 1, 0.5}, {"moderation", 0, 0, 0, 0, 0}});
}

TEST_CASE("by round and by collaborative", "[summary]") {
  const Summary rounds = Summarise(Comments(), kThemes, SummaryDimension::kRound, false);
  CHECK(rounds.by_values == std::vector<std::string>{"2013-03", "2014-03"});
  CHECK(rounds.by_totals.at("2013-03").comments == 6);
  CHECK(rounds.by_totals.at("2013-03").returns == 5);
  CHECK(rounds.by_totals.at("2013-03").collaboratives == 3);
  CheckCounts(rounds.by_counts.at("2013-03"), {{"moderation", 3, 2, 2, 1, 2.0 / 3}});
  CheckCounts(rounds.by_counts.at("2014-03"), {{"moderation", 1, 1, 1, 0, 1.0}, {"literacy", 0, 0, 0, 0, 0}});

  const Summary collaboratives = Summarise(Comments(), kThemes, SummaryDimension::kCollaborative, false);
  // The canonical name, not the one as written.
  CHECK(collaboratives.by_values == std::vector<std::string>{"Alpha", "Beta", "Gamma"});
  CheckCounts(collaboratives.by_counts.at("Alpha"), {{"moderation", 3, 2, 1, 1, 1.0}, {"learning_walks", 1, 1, 1, 1, 1.0}});
}

TEST_CASE("every cell equals a brute-force count from the comments", "[summary]") {
  for (SummaryDimension by : {SummaryDimension::kQuestion, SummaryDimension::kDistrict, SummaryDimension::kCollaborative,
                              SummaryDimension::kRound}) {
    INFO(returns::DimensionName(by));
    const Summary s = Summarise(Comments(), kThemes, by, false);
    std::vector<const CommentRecord*> all;
    for (const CommentRecord& c : Comments()) all.push_back(&c);
    CheckAgainstBruteForce(s.overall, all);
    std::set<std::string> values;
    for (const CommentRecord& c : Comments()) values.insert(returns::DimensionValue(c, by));
    CHECK(s.by_values.size() == values.size());
    for (const std::string& v : values) {
      INFO(v);
      std::vector<const CommentRecord*> group;
      for (const CommentRecord& c : Comments()) {
        if (returns::DimensionValue(c, by) == v) group.push_back(&c);
      }
      REQUIRE(s.by_counts.count(v));
      CHECK(s.by_totals.at(v).comments == group.size());
      CheckAgainstBruteForce(s.by_counts.at(v), group);
    }
  }
}

TEST_CASE("co-occurrence: comments that mention both themes", "[summary]") {
  const Summary s = Summarise(Comments(), kThemes, SummaryDimension::kNone, true);
  const auto& co = s.cooccurrence;
  // By hand: moderation with literacy in c1, with learning walks in c4; the diagonal is each theme's comments.
  CHECK(co.at("moderation").at("moderation") == 4);
  CHECK(co.at("learning_walks").at("learning_walks") == 2);
  CHECK(co.at("literacy").at("literacy") == 2);
  CHECK(co.at("governance").at("governance") == 0);
  CHECK(co.at("moderation").at("literacy") == 1);
  CHECK(co.at("moderation").at("learning_walks") == 1);
  CHECK(co.at("learning_walks").at("literacy") == 0);
  // Every pair of themes has a cell, equal both ways, and equal to a direct count.
  for (const ThemeLabel& a : kThemes) {
    for (const ThemeLabel& b : kThemes) {
      INFO(a.id << " × " << b.id);
      unsigned both = 0;
      for (const CommentRecord& c : Comments()) both += Has(c.tagging().themes, a.id) && Has(c.tagging().themes, b.id);
      REQUIRE(co.count(a.id));
      REQUIRE(co.at(a.id).count(b.id));
      CHECK(co.at(a.id).at(b.id) == both);
      CHECK(co.at(a.id).at(b.id) == co.at(b.id).at(a.id));
    }
  }
}

TEST_CASE("an empty selection: zero rows for every theme, no division by zero", "[summary]") {
  const Summary s = Summarise({}, kThemes, SummaryDimension::kDistrict, true);
  CHECK(s.totals.comments == 0);
  CHECK(s.totals.returns == 0);
  CHECK(s.totals.collaboratives == 0);
  CHECK(s.by_values.empty());
  CheckCounts(s.overall, {{"moderation", 0, 0, 0, 0, 0}, {"governance", 0, 0, 0, 0, 0}});
  CHECK(s.cooccurrence.at("moderation").at("literacy") == 0);
}

TEST_CASE("dimension names and values", "[summary]") {
  const CommentRecord& c = Comments()[2];
  struct Row {
    SummaryDimension by;
    const char* name;
    const char* value;
  };
  const std::vector<Row> rows = {
      {SummaryDimension::kQuestion, "question", "3"},
      {SummaryDimension::kDistrict, "district", "Dover"},
      {SummaryDimension::kCollaborative, "collaborative", "Alpha"},
      {SummaryDimension::kRound, "round", "2013-03"},
      {SummaryDimension::kNone, "", ""},
  };
  for (const Row& row : rows) {
    CHECK(returns::DimensionName(row.by) == row.name);
    CHECK(returns::DimensionValue(c, row.by) == row.value);
  }
}
