#include "pipeline/reports/evaluation.h"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/lexicon_yaml.h"

namespace {

returns::Matcher DefaultMatcher() {
  auto lex = returns::LoadLexiconYaml(returns::DefaultLexiconPath());
  REQUIRE(lex.ok());
  auto m = returns::Matcher::Compile(lex.value());
  REQUIRE(m.ok());
  return std::move(m).value();
}

std::unique_ptr<returns::Evaluation> EvaluateFile(const std::string& name) {
  auto gold = returns::ReadCodingFile(std::string(RETURNS_SOURCE_DIR) + "/tests/data/gold/" + name);
  REQUIRE(gold.ok());
  return returns::Evaluate(std::move(gold).value(), DefaultMatcher(), name);
}

}  // namespace

TEST_CASE("evaluation counts agreements and disagreements per theme", "[evaluate]") {
  std::istringstream gold(
      R"({"id":"a","text":"Joint moderation and learning walks","themes":["moderation","learning_walks"]})"
      "\n"
      R"({"id":"b","text":"Pupils made moderate progress","themes":[]})"
      "\n"
      R"({"id":"c","text":"Heads levelled work together","themes":["moderation","mathematics"]})"
      "\n");
  auto items = returns::ReadCoding(gold, "g.jsonl");
  REQUIRE(items.ok());
  const auto e = returns::Evaluate(std::move(items).value(), DefaultMatcher(), "g.jsonl");
  CHECK(e->theme("moderation").both == 2);
  CHECK(e->theme("moderation").second_only == 0);
  CHECK(e->theme("learning_walks").both == 1);
  CHECK(e->theme("mathematics").first_only == 1);
  REQUIRE(e->agreement.disagreements.size() == 1);
  CHECK(e->agreement.disagreements[0].pair->first->id == "c");
  CHECK(e->agreement.disagreements[0].first_says);  // coded, not tagged
  CHECK(e->agreement.pending_compared == 0);       // the set codes no pending
}

TEST_CASE("evaluation compares pending where the gold set codes it", "[evaluate]") {
  std::istringstream gold(
      R"({"id":"a","text":"Joint moderation of writing took place in March.","themes":["moderation"],"pending":[]})"
      "\n"
      R"({"id":"b","text":"Joint moderation is planned for next term.","themes":["moderation"],"pending":["moderation"]})"
      "\n");
  auto items = returns::ReadCoding(gold, "g.jsonl");
  REQUIRE(items.ok());
  const auto e = returns::Evaluate(std::move(items).value(), DefaultMatcher(), "g.jsonl");
  CHECK(e->agreement.pending_compared == 2);
  const returns::LabelTable& p = e->agreement.themes.at("moderation").pending;
  CHECK(p.first() == 1);
  CHECK(p.n() == 2);
  CHECK(e->agreement.themes.at("moderation").pending_when_both.n() == 2);
  std::ostringstream out;
  returns::WriteEvaluation(*e, false, out);
  CHECK(out.str().rfind("gold set g.jsonl: 2 comments\n", 0) == 0);
  CHECK(out.str().find("pending: 2 of 2 comments coded for pending") != std::string::npos);
}

// The default lexicon against the development part of the hand-coded seed
// comments (tests/data/gold, README "Checking a lexicon"); the lexicon may be
// tuned on this part. Each floor is the F1 measured when the set was split
// (2026-11-30), rounded down to a multiple of 0.05. Floors only go up: raise
// them as the lexicon improves. Lexicon 2.0, written for text in new words,
// scores lower than 1.0 on two themes of this set, and their floors were
// lowered to it: peer_review 0.889 -> 0.800, professional_development
// 0.927 -> 0.889 (README "Checking a lexicon"). Lexicon 2.5 raised leadership,
// which 2.3, 2.4 and 2.5 score 1.000 on (7 comments), from 0.50 to 1.00.
TEST_CASE("default lexicon agrees with the careful human coder (development set)", "[evaluate][quality]") {
  const auto e = EvaluateFile("themes-gold-dev.jsonl");
  REQUIRE(e->coded.size() == 119);
  CHECK(e->unknown_themes.empty());
  const std::map<std::string, double> floors = {
      {"moderation", 0.95},       {"learning_walks", 0.95},   {"elc", 0.95},
      {"governance", 0.95},       {"literacy", 0.90},         {"mathematics", 0.90},
      {"professional_development", 0.85}, {"data_assessment", 0.85}, {"early_years", 0.85},
      {"ofsted", 0.95},           {"parents", 0.95},          {"more_able", 0.95},
      {"peer_review", 0.80},      {"shared_resources", 0.95}, {"teaching_assistants", 0.90},
      {"transition", 0.85},       {"vulnerable_groups", 0.80}, {"teaching_quality", 0.85},
      {"relationships", 0.90},    {"leadership", 1.00},
  };
  REQUIRE(floors.size() == 20);
  for (const auto& [theme, floor] : floors) {
    INFO(theme);
    REQUIRE(e->agreement.themes.count(theme) == 1);
    CHECK(e->theme(theme).f1() + 1e-9 >= floor);  // 0.8 computed may be 0.7999…
  }
  CHECK(e->micro().f1() >= 0.90);
}

// The held-out sets: never used to write or tune the lexicon (README
// "Checking a lexicon"). Floors are the figures measured once, when lexicon
// 2.0 was frozen (2026-11-30; lexicon 1.0 measured when each set was made),
// and again once when 2.1 was frozen (2026-12-01; README: 2.1 adopted because
// micro and pending F1 rose on the round 2014-1; data_assessment fell by one
// comment, 0.778 to 0.737, and its floor follows the rule below to 0.70),
// and once more when 2.2 was frozen (2026-12-01; 2.2 adopted: micro and
// pending F1 rose on the round 2014-1, no theme fell; floors raised by the
// rule for moderation, relationships and shared resources), and once when 2.3
// was frozen (2026-12-01, 18:12 UTC; 2.3 adopted: micro and pending F1 rose
// on the round 2014-1; relationships and vulnerable groups fell by one
// comment each and their floors stay; floors raised by the rule for
// data_assessment, governance, peer_review, shared_resources, transition,
// micro and pending), and once when 2.4 was frozen (2026-12-01, measured
// 22:45 UTC; 2.4 adopted: one more comment agrees on the round 2014-1,
// relationships 0.541 to 0.595 and its floor raised by the rule; nothing
// fell; the seed part unchanged), and once when 2.5 was frozen (2026-12-02,
// measured 01:35 UTC; 2.5 adopted: micro and pending F1 rose on both unseen
// rounds, leadership 0.762 to 0.818 and transition 0.636 to 0.696 on 2014-1,
// their floors raised by the rule; relationships fell by one comment there,
// 0.595 to 0.579, and its floor stays; the seed part unchanged). Round 2014-7
// (heldout-2014-7.md) was written for 2.5's measurement by a coder who never
// saw the lexicon; 2.4 was measured on it at first sight, 2.5 once after its
// freeze, and its floors follow the same rule from 2.5's figures; and once
// when 2.6 was frozen (2026-12-02, measured 02:30 UTC; 2.6 adopted: nothing
// held out fell, 2014-1's pending rose 0.746 to 0.754 and its floor by the
// rule; every other held-out figure unchanged):
// the micro average and pending less about 0.02-0.03, each theme coded in at
// least 5 comments at its F1 less 0.02 rounded down to a multiple of 0.05, so
// a change that loses ground on text the lexicon has not been tuned on fails
// here. Raise them as the lexicon improves; never tune the lexicon on these
// comments. The issue's targets (micro-F1 0.90, each such theme 0.80, pending
// F1 0.75) are not all met: README says which.
namespace {

void CheckThemeFloors(const returns::Evaluation& e, const std::map<std::string, double>& floors) {
  for (const auto& [theme, floor] : floors) {
    INFO(theme);
    REQUIRE(e.agreement.themes.count(theme) == 1);
    CHECK(e.theme(theme).f1() + 1e-9 >= floor);
  }
}

}  // namespace

TEST_CASE("default lexicon on the held-out part of the seed comments", "[evaluate][quality][heldout]") {
  const auto e = EvaluateFile("themes-gold-heldout.jsonl");
  REQUIRE(e->coded.size() == 79);
  CHECK(e->unknown_themes.empty());
  CHECK(e->micro().f1() >= 0.90);  // 2.4, 2.3 and 2.2 measured 0.929 (P 0.929, R 0.929); 2.1 0.924; lexicon 1.0 0.920
  CheckThemeFloors(*e, {{"data_assessment", 0.95}, {"governance", 0.95}, {"leadership", 0.75},
                        {"learning_walks", 0.95}, {"literacy", 0.95}, {"mathematics", 0.90},
                        {"moderation", 0.90}, {"peer_review", 0.95}, {"professional_development", 0.85},
                        {"relationships", 0.75}});
}

TEST_CASE("default lexicon on the held-out round 2014-1", "[evaluate][quality][heldout]") {
  const auto e = EvaluateFile("heldout-2014-1.jsonl");
  REQUIRE(e->coded.size() == 178);
  CHECK(e->unknown_themes.empty());
  CHECK(e->agreement.pending_compared == 178);
  CHECK(e->micro().f1() >= 0.84);          // 2.6 and 2.5 measured 0.865 (P 0.894, R 0.839); 2.4 0.862 (P 0.897, R 0.830); 2.3 0.858 (P 0.892, R 0.826); 2.2 0.843; 2.1 0.829; 2.0 0.825; lexicon 1.0 0.688
  CHECK(e->pending_micro().f1() >= 0.73);  // 2.6 measured 0.754 (P 0.657, R 0.885); 2.5 0.746; 2.4 and 2.3 0.737 (P 0.677, R 0.808); 2.2 0.702; 2.1 0.667; 2.0 0.622; lexicon 1.0 0.400 (main), 0.353 (this matcher)
  CHECK(e->agreement.all.pending_when_both.observed() >= 0.90);  // 2.3 measured 177 of 190, 0.932; 2.2 171 of 185; 2.1 167 of 180; 2.0 163 of 177
  CheckThemeFloors(*e, {{"data_assessment", 0.75}, {"early_years", 0.95}, {"governance", 0.90},
                        {"leadership", 0.75}, {"literacy", 0.95}, {"mathematics", 0.95},
                        {"moderation", 0.90}, {"more_able", 0.80}, {"parents", 0.90},
                        {"peer_review", 0.85}, {"professional_development", 0.75},
                        {"relationships", 0.55}, {"shared_resources", 0.90},
                        {"teaching_assistants", 0.90}, {"teaching_quality", 0.80},
                        {"transition", 0.65}, {"vulnerable_groups", 0.95}});
}

TEST_CASE("default lexicon on the held-out round 2014-7", "[evaluate][quality][heldout]") {
  const auto e = EvaluateFile("heldout-2014-7.jsonl");
  REQUIRE(e->coded.size() == 254);
  CHECK(e->unknown_themes.empty());
  CHECK(e->agreement.pending_compared == 254);
  CHECK(e->micro().f1() >= 0.84);          // 2.6 and 2.5 measured 0.867 (P 0.900, R 0.837); 2.4 0.862 (P 0.899, R 0.828)
  CHECK(e->pending_micro().f1() >= 0.83);  // 2.6, 2.5 and 2.4 measured 0.855 (P 0.873, R 0.838)
  CheckThemeFloors(*e, {{"data_assessment", 0.70}, {"early_years", 0.95}, {"governance", 0.90},
                        {"leadership", 0.70}, {"learning_walks", 0.95}, {"literacy", 0.95},
                        {"mathematics", 0.95}, {"moderation", 0.80}, {"more_able", 0.80},
                        {"ofsted", 0.85}, {"parents", 0.85}, {"peer_review", 0.75},
                        {"professional_development", 0.85}, {"relationships", 0.70},
                        {"shared_resources", 0.90}, {"teaching_assistants", 0.85},
                        {"teaching_quality", 0.70}, {"transition", 0.80}, {"vulnerable_groups", 0.80}});
}

// The development rounds 2014-3 and 2014-4 (tests/data/gold/dev-2014-3.md,
// dev-2014-4.md): coded by coders who never saw the lexicon; lexicon 2.1 was
// measured on them once before any tuning (README "Development-set figures"),
// then 2.2 was tuned on them. Floors by the development set's rule: each
// theme's F1, the micro average and pending F1 as measured when lexicon 2.2
// was frozen (2026-12-01), rounded down to a multiple of 0.05. Floors only go up.
namespace {

void CheckDevelopmentFloors(const std::string& file, size_t comments, double micro, double pending,
                            const std::map<std::string, double>& floors) {
  const auto e = EvaluateFile(file);
  REQUIRE(e->coded.size() == comments);
  CHECK(e->unknown_themes.empty());
  CHECK(static_cast<size_t>(e->agreement.pending_compared) == comments);
  REQUIRE(floors.size() == 20);
  CheckThemeFloors(*e, floors);
  CHECK(e->micro().f1() + 1e-9 >= micro);
  CHECK(e->pending_micro().f1() + 1e-9 >= pending);
}

}  // namespace

TEST_CASE("default lexicon on the development round 2014-3", "[evaluate][quality]") {
  // 2.2 measured micro 0.979 (P 0.979, R 0.979), pending 0.962; 2.1 at first sight 0.863 and 0.595.
  CheckDevelopmentFloors("dev-2014-3.jsonl", 247, 0.95, 0.95,
                         {{"data_assessment", 1.00}, {"early_years", 1.00}, {"elc", 1.00}, {"governance", 0.95},
                          {"leadership", 1.00}, {"learning_walks", 1.00}, {"literacy", 0.95}, {"mathematics", 1.00},
                          {"moderation", 1.00}, {"more_able", 1.00}, {"ofsted", 1.00}, {"parents", 1.00},
                          {"peer_review", 0.95}, {"professional_development", 0.95}, {"relationships", 0.95},
                          {"shared_resources", 0.95}, {"teaching_assistants", 1.00}, {"teaching_quality", 0.95},
                          {"transition", 0.95}, {"vulnerable_groups", 1.00}});
}

TEST_CASE("default lexicon on the development round 2014-4", "[evaluate][quality]") {
  // 2.2 measured micro 0.930 (P 0.915, R 0.946), pending 0.868; 2.1 at first sight 0.833 and 0.592;
  // 2.2 frozen after phase A, before any tuning on this round (the validation figure): 0.850 and 0.602.
  CheckDevelopmentFloors("dev-2014-4.jsonl", 239, 0.95, 0.85,
                         {{"data_assessment", 0.85}, {"early_years", 1.00}, {"elc", 1.00}, {"governance", 0.90},
                          {"leadership", 0.95}, {"learning_walks", 1.00}, {"literacy", 0.90}, {"mathematics", 0.95},
                          {"moderation", 0.95}, {"more_able", 1.00}, {"ofsted", 0.90}, {"parents", 0.85},
                          {"peer_review", 0.85}, {"professional_development", 0.90}, {"relationships", 0.95},
                          {"shared_resources", 1.00}, {"teaching_assistants", 1.00}, {"teaching_quality", 0.80},
                          {"transition", 0.95}, {"vulnerable_groups", 0.95}});
}

// The development rounds 2014-5 and 2014-6 (tests/data/gold/dev-2014-5.md,
// dev-2014-6.md): coded by coders who never saw the lexicon; lexicon 2.2 was
// measured on them once before any tuning (README "First sight of lexicon 2.2
// on two more rounds"), then 2.3 was tuned on them (2014-6 only after its
// phase A was frozen and measured there once). Floors by the same rule: as
// measured when lexicon 2.3 was frozen (2026-12-01), rounded down to a
// multiple of 0.05. Floors only go up.
//
// Lexicon 2.4 (README "Lexicon 2.4") raised, by the same rule, the floors it moved: relationships on the seed
// development set (0.80 -> 0.90) and on 2014-3, 2014-4 and 2014-5 (0.90 -> 0.95); leadership on 2014-3
// (0.90 -> 1.00) and 2014-4 (0.90 -> 0.95); transition on 2014-4 (0.75 -> 0.95); the micro average on 2014-4
// (0.90 -> 0.95) and pending on 2014-5 (0.85 -> 0.90).
TEST_CASE("default lexicon on the development round 2014-5", "[evaluate][quality]") {
  // 2.3 measured micro 0.950 (P 0.925, R 0.977), pending 0.888; 2.2 at first sight 0.900 and 0.792.
  CheckDevelopmentFloors("dev-2014-5.jsonl", 236, 0.95, 0.90,
                         {{"data_assessment", 0.85}, {"early_years", 1.00}, {"elc", 1.00}, {"governance", 0.95},
                          {"leadership", 0.90}, {"learning_walks", 0.85}, {"literacy", 0.95}, {"mathematics", 1.00},
                          {"moderation", 0.85}, {"more_able", 0.90}, {"ofsted", 1.00}, {"parents", 0.95},
                          {"peer_review", 0.95}, {"professional_development", 0.95}, {"relationships", 0.95},
                          {"shared_resources", 0.95}, {"teaching_assistants", 0.85}, {"teaching_quality", 0.90},
                          {"transition", 0.95}, {"vulnerable_groups", 0.95}});
}

TEST_CASE("default lexicon on the development round 2014-6", "[evaluate][quality]") {
  // 2.3 measured micro 0.977 (P 0.977, R 0.977), pending 0.926; 2.2 at first sight 0.895 and 0.811;
  // 2.3 frozen after phase A, before any tuning on this round (the validation figure): 0.908 and 0.821.
  CheckDevelopmentFloors("dev-2014-6.jsonl", 220, 0.95, 0.90,
                         {{"data_assessment", 1.00}, {"early_years", 1.00}, {"elc", 1.00}, {"governance", 1.00},
                          {"leadership", 0.95}, {"learning_walks", 1.00}, {"literacy", 1.00}, {"mathematics", 1.00},
                          {"moderation", 0.90}, {"more_able", 1.00}, {"ofsted", 1.00}, {"parents", 0.95},
                          {"peer_review", 0.95}, {"professional_development", 0.95}, {"relationships", 0.95},
                          {"shared_resources", 0.95}, {"teaching_assistants", 0.95}, {"teaching_quality", 1.00},
                          {"transition", 0.95}, {"vulnerable_groups", 0.95}});  // 2.5: transition 0.917 -> 0.957
}

// The development rounds 2014-8 and 2014-9 (tests/data/gold/dev-2014-8.md, dev-2014-9.md): written and coded by
// writer-coders who never saw the lexicon; lexicon 2.5 was measured on them once before any tuning (README, the gold
// sets' table: micro 0.887 and 0.887, pending 0.825 and 0.729), then 2.6 was tuned on them. Floors by the development
// sets' rule: as measured when lexicon 2.6 was frozen (2026-12-02), rounded down to a multiple of 0.05.
TEST_CASE("default lexicon on the development round 2014-8", "[evaluate][quality]") {
  // 2.6 measured micro 0.917, pending 0.909; 2.5 at first sight 0.887 and 0.825.
  CheckDevelopmentFloors("dev-2014-8.jsonl", 233, 0.90, 0.90,
                         {{"data_assessment", 0.95}, {"early_years", 1.00}, {"elc", 1.00}, {"governance", 0.95},
                          {"leadership", 0.95}, {"learning_walks", 0.85}, {"literacy", 0.95}, {"mathematics", 0.95},
                          {"moderation", 0.85}, {"more_able", 0.90}, {"ofsted", 0.85}, {"parents", 0.80},
                          {"peer_review", 0.80}, {"professional_development", 0.95}, {"relationships", 0.85},
                          {"shared_resources", 0.85}, {"teaching_assistants", 1.00}, {"teaching_quality", 0.85},
                          {"transition", 0.80}, {"vulnerable_groups", 0.90}});
}

TEST_CASE("default lexicon on the development round 2014-9", "[evaluate][quality]") {
  // 2.6 measured micro 0.915, pending 0.836; 2.5 at first sight 0.887 and 0.729.
  CheckDevelopmentFloors("dev-2014-9.jsonl", 224, 0.90, 0.80,
                         {{"data_assessment", 0.80}, {"early_years", 0.95}, {"elc", 1.00}, {"governance", 0.90},
                          {"leadership", 0.90}, {"learning_walks", 0.80}, {"literacy", 0.95}, {"mathematics", 0.95},
                          {"moderation", 0.80}, {"more_able", 0.90}, {"ofsted", 0.85}, {"parents", 1.00},
                          {"peer_review", 0.85}, {"professional_development", 0.90}, {"relationships", 0.90},
                          {"shared_resources", 0.85}, {"teaching_assistants", 0.90}, {"teaching_quality", 0.90},
                          {"transition", 0.90}, {"vulnerable_groups", 0.95}});
}

TEST_CASE("themes the gold set codes that the lexicon lacks: where first coded, how often, the nearest id", "[evaluate]") {
  std::istringstream gold(
      R"({"id":"a","text":"Trust between heads","themes":["relationship"]})"
      "\n"
      R"({"id":"b","text":"Joint moderation","themes":["moderation","zz_not_a_theme"]})"
      "\n"
      R"({"id":"c","text":"Heads trust each other","themes":["relationship"]})"
      "\n");
  auto items = returns::ReadCoding(gold, "g.jsonl");
  REQUIRE(items.ok());
  const returns::Matcher matcher = DefaultMatcher();
  const auto e = returns::Evaluate(std::move(items).value(), matcher, "g.jsonl");
  CHECK(e->unknown_themes == std::vector<std::string>{"relationship", "zz_not_a_theme"});
  std::ostringstream err;
  returns::WarnUnknownThemes(*e, matcher.theme_ids(), err);
  CHECK(err.str() ==
        "g.jsonl:1: warning: the gold set codes 'relationship' (2 comments), which the lexicon lacks; did you mean "
        "'relationships'?\n"
        "g.jsonl:2: warning: the gold set codes 'zz_not_a_theme' (1 comment), which the lexicon lacks\n");
  // Not in the report itself (stdout): a warning is a message.
  std::ostringstream report;
  returns::WriteEvaluation(*e, false, report);
  CHECK(report.str().find("lacks") == std::string::npos);
}
