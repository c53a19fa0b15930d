// Each phase of Matcher::Tag on its own (lexicon/matcher/tag_phases.h), on
// small lexicons compiled with internal::CompileLexicon.
#include "lexicon/matcher/tag_phases.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "lexicon/codebook/lexicon_yaml.h"

using returns::Matcher;
using returns::Token;
using returns::Tokenize;
using namespace returns::internal;

namespace {

using Compiled = std::shared_ptr<const Matcher::Compiled>;
using Spans = std::vector<std::pair<size_t, size_t>>;

Compiled Compile(const std::string& themes) {
  auto lex = returns::ParseLexiconYaml("name: test\nversion: \"0.1\"\nthemes:\n" + themes, "test.yaml");
  REQUIRE(lex.ok());
  auto c = CompileLexicon(lex.value());
  if (!c.ok()) FAIL(c.status().ToString());
  return std::move(c).value();
}

// The index of the rule named `name` ("word:moderat*").
size_t RuleId(const Matcher::Compiled& c, const std::string& name) {
  for (size_t r = 0; r < c.rules.size(); ++r) {
    if (c.rules[r].name == name) return r;
  }
  FAIL("no rule " << name);
  return 0;
}

// The index of the first token folded as `folded`.
size_t TokenAt(const std::vector<Token>& tokens, const std::string& folded) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].folded == folded) return i;
  }
  FAIL("no token " << folded);
  return 0;
}

// The byte span of the first `part` of `text`.
Hit HitOn(size_t rule, const std::string& text, const std::string& part) {
  const size_t start = text.find(part);
  REQUIRE(start != std::string::npos);
  return {rule, start, start + part.size()};
}

// Hits as "rule name: text hit", in order.
std::vector<std::string> Show(const Matcher::Compiled& c, const std::string& text, const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits) out.push_back(c.rules[h.rule].name + ": " + text.substr(h.start, h.end - h.start));
  return out;
}

const char* kWords = R"(
  - id: moderation
    rules:
      - word: moderat*
      - phrase: agreed judgements
      - word: levelling
        questions: [2]
  - id: governance
    rules:
      - near: board NEAR/3 schools
  - id: teaching_assistants
    rules:
      - acronym: TA
)";

}  // namespace

TEST_CASE("FindWordHits: word, phrase and acronym hits, NEAR sides noted but not hit", "[tag_phases]") {
  const Compiled c = Compile(kWords);
  const std::string text = "Moderation, agreed judgements: TAs met the board of our schools; TA’s, the TA, the ta";
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Hit> hits;
  PartPlaces places;
  FindWordHits(*c, tokens, 0, hits, places);
  CHECK(Show(*c, text, hits) == std::vector<std::string>{"word:moderat*: Moderation",
                                                          "phrase:agreed judgements: agreed judgements",
                                                          "acronym:TA: TAs", "acronym:TA: TA’s", "acronym:TA: TA"});
  const size_t near_rule = RuleId(*c, "near:board NEAR/3 schools");
  const size_t board = TokenAt(tokens, "board"), schools = TokenAt(tokens, "schools");
  CHECK(places == PartPlaces{{near_rule, 0, {board, board}}, {near_rule, 1, {schools, schools}}});
}

TEST_CASE("FindWordHits: a phrase needs all its words, and rules can be limited to questions", "[tag_phases]") {
  const Compiled c = Compile(kWords);
  auto hits = [&](const std::string& text, int question) {
    std::vector<Hit> out;
    PartPlaces places;
    FindWordHits(*c, Tokenize(text), question, out, places);
    return Show(*c, text, out);
  };
  CHECK(hits("we agreed", 0).empty());  // the phrase runs past the last token
  CHECK(hits("agreed the judgements", 0).empty());
  CHECK(hits("levelling", 2) == std::vector<std::string>{"word:levelling: levelling"});
  CHECK(hits("levelling", 0) == std::vector<std::string>{"word:levelling: levelling"});
  CHECK(hits("levelling", 3).empty());
}

TEST_CASE("FindWordHits: an acronym as written wins over the one without its plural", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: teaching_assistants
    rules:
      - acronym: TA
  - id: tas
    rules:
      - acronym: TAs
)");
  const std::string text = "TAs and a TA";
  std::vector<Hit> hits;
  PartPlaces places;
  FindWordHits(*c, Tokenize(text), 0, hits, places);
  CHECK(Show(*c, text, hits) == std::vector<std::string>{"acronym:TAs: TAs", "acronym:TA: TA"});
}

TEST_CASE("FindNearHits: both sides within N tokens in one clause", "[tag_phases]") {
  const Compiled c = Compile(kWords);
  const size_t rule = RuleId(*c, "near:board NEAR/3 schools");
  auto near_hits = [&](const std::string& text) {
    const std::vector<Token> tokens = Tokenize(text);
    PartPlaces near;
    const size_t board = TokenAt(tokens, "board"), schools = TokenAt(tokens, "schools");
    near = {{rule, 0, {board, board}}, {rule, 1, {schools, schools}}};
    SortPlaces(near);
    std::vector<Hit> out;
    FindNearHits(*c, text, tokens, near, out);
    return Show(*c, text, out);
  };
  CHECK(near_hits("The board brings our schools together") ==
        std::vector<std::string>{"near:board NEAR/3 schools: board brings our schools"});  // 3 apart
  CHECK(near_hits("schools and the board") ==
        std::vector<std::string>{"near:board NEAR/3 schools: schools and the board"});  // B before A
  CHECK(near_hits("The board brings all our schools").empty());                         // 4 apart
  CHECK(near_hits("The board met. Schools are small").empty());                         // two sentences
  CHECK(near_hits("The board met; schools are small").empty());                         // two clauses
  CHECK(near_hits("The board met\nschools").empty());                                   // a line break

  std::vector<Hit> none;
  FindNearHits(*c, "board schools", Tokenize("board schools"), PartPlaces{}, none);
  CHECK(none.empty());  // no sides noted, no hits
}

TEST_CASE("FindNearHits: phrase sides, counted from the end of the first to the start of the second", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: relationships
    rules:
      - near: each other*|one another NEAR/3 support*|rely on
)");
  auto near_hits = [&](const std::string& text) {
    const std::vector<Token> tokens = Tokenize(text);
    std::vector<Hit> hits;
    PartPlaces places;
    FindWordHits(*c, tokens, 0, hits, places);
    SortPlaces(places);
    FindNearHits(*c, text, tokens, places, hits);
    return Show(*c, text, hits);
  };
  const std::string name = "near:each other*|one another NEAR/3 support*|rely on: ";
  CHECK(near_hits("Heads support each other") == std::vector<std::string>{name + "support each other"});
  CHECK(near_hits("We rely on one another") == std::vector<std::string>{name + "rely on one another"});
  CHECK(near_hits("each other's support") == std::vector<std::string>{name + "each other's support"});
  CHECK(near_hits("Support from heads who know each other").empty());   // 4 apart
  CHECK(near_hits("Support given to each other") == std::vector<std::string>{name + "Support given to each other"});  // 3 apart
  CHECK(near_hits("Support given by all to each other").empty());                                                    // 5 apart
  CHECK(near_hits("We rely; on each other").empty());                   // a clause apart
  CHECK(near_hits("We rely on").empty());
}

TEST_CASE("FindAllHits: one hit per sentence holding every part", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: relationships
    rules:
      - all: [head*, each other]
)");
  const size_t rule = RuleId(*c, "all:[head*, each other]");
  auto all_hits = [&](const std::string& text) {
    const std::vector<Token> tokens = Tokenize(text);
    std::vector<Hit> hits;
    PartPlaces places;
    FindWordHits(*c, tokens, 0, hits, places);
    CHECK(hits.empty());  // parts are noted, not hit
    SortPlaces(places);
    FindAllHits(*c, text, tokens, places, hits);
    return Show(*c, text, hits);
  };
  const std::string name = "all:[head*, each other]: ";
  CHECK(all_hits("Heads help each other") == std::vector<std::string>{name + "Heads help each other"});
  CHECK(all_hits("Each other heads") == std::vector<std::string>{name + "Each other heads"});
  CHECK(all_hits("Heads met; each other. Each other, heads! Heads") ==
        std::vector<std::string>{name + "Heads met; each other", name + "Each other, heads"});
  CHECK(all_hits("Heads and heads help each other and each other") ==
        std::vector<std::string>{name + "Heads and heads help each other"});  // each part's first place
  CHECK(all_hits("Heads help\neach other").empty());  // a line break ends a sentence
  CHECK(all_hits("each other").empty());
  std::vector<Hit> none;
  FindAllHits(*c, "heads", Tokenize("heads"), PartPlaces{{rule, 0, {0, 0}}}, none);  // one part only
  CHECK(none.empty());
}

TEST_CASE("KeepCompleteRules: drops the places of rules missing a part", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: relationships
    rules:
      - near: board NEAR/3 schools
      - all: [head*, each other, trust]
)");
  const size_t near = RuleId(*c, "near:board NEAR/3 schools"), all = RuleId(*c, "all:[head*, each other, trust]");
  auto kept = [&](PartPlaces places) {
    KeepCompleteRules(*c, places);
    return places;
  };
  const PartPlaces near_a{{near, 0, {0, 0}}, {near, 0, {4, 4}}};
  CHECK(kept(near_a).empty());                                      // side A only
  CHECK(kept({{near, 1, {2, 2}}}).empty());                         // side B only
  const PartPlaces near_both{{near, 1, {2, 2}}, {near, 0, {0, 0}}, {near, 0, {4, 4}}};
  CHECK(kept(near_both) == near_both);                              // both: every place stays, in order
  const PartPlaces all_two{{all, 0, {0, 0}}, {all, 2, {3, 3}}};
  CHECK(kept(all_two).empty());                                     // all: two parts of three
  PartPlaces mixed = near_both;
  mixed.insert(mixed.begin() + 1, all_two.begin(), all_two.end());
  mixed.push_back({all, 1, {5, 6}});
  const PartPlaces all_three{{all, 0, {0, 0}}, {all, 2, {3, 3}}, {all, 1, {5, 6}}};
  CHECK(kept(mixed) == PartPlaces{{near, 1, {2, 2}}, {all, 0, {0, 0}}, {all, 2, {3, 3}}, {near, 0, {0, 0}},
                                  {near, 0, {4, 4}}, {all, 1, {5, 6}}});  // both rules complete
  mixed.pop_back();
  CHECK(kept(mixed) == near_both);                                  // the all rule lost its part 1
  CHECK(kept({}).empty());
}

TEST_CASE("FindPatternHits: every non-empty match, patterns in lexicon order", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: transition
    rules:
      - pattern: 'Y[0-9]/[0-9]'
  - id: phonics
    rules:
      - pattern: '(?i)phonics'
        questions: [3]
  - id: maybe_empty
    rules:
      - pattern: 'a*'
        questions: [5]
)");
  auto hits = [&](const std::string& text, int question) {
    std::vector<Hit> out;
    FindPatternHits(*c, text, question, out);
    return Show(*c, text, out);
  };
  CHECK(hits("Phonics in Y1/2 and Y5/6", 3) ==
        std::vector<std::string>{"pattern:Y[0-9]/[0-9]: Y1/2", "pattern:Y[0-9]/[0-9]: Y5/6",
                                 "pattern:(?i)phonics: Phonics"});
  CHECK(hits("Phonics in Y1/2", 2) == std::vector<std::string>{"pattern:Y[0-9]/[0-9]: Y1/2"});
  CHECK(hits("baa", 5) == std::vector<std::string>{"pattern:a*: aa"});  // empty matches skipped
  CHECK(hits("nothing here", 0).empty());
}

TEST_CASE("DropExcludedHits: only the theme's own hits wholly inside its exclusions go", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: moderation
    rules:
      - word: moderat*
      - phrase: made moderate
    exclude: [moderate progress]
    exclude_patterns: ['(?i)moderately']
  - id: progress
    rules:
      - word: progress
)");
  const std::string text = "Pupils made moderate progress; moderation was moderately good";
  const std::vector<Token> tokens = Tokenize(text);

  Spans spans;
  AppendExclusionSpans(*c, text, tokens, 0, spans);
  std::sort(spans.begin(), spans.end());
  CHECK(spans == Spans{{HitOn(0, text, "moderate progress").start, HitOn(0, text, "moderate progress").end},
                       {HitOn(0, text, "moderately").start, HitOn(0, text, "moderately").end}});

  std::vector<Hit> hits = {HitOn(RuleId(*c, "word:moderat*"), text, "moderate"),         // inside: goes
                           HitOn(RuleId(*c, "phrase:made moderate"), text, "made moderate"),  // straddles: stays
                           HitOn(RuleId(*c, "word:progress"), text, "progress"),         // other theme: stays
                           HitOn(RuleId(*c, "word:moderat*"), text, "moderation"),       // outside: stays
                           HitOn(RuleId(*c, "word:moderat*"), text, "moderately")};      // inside a pattern: goes
  DropExcludedHits(*c, text, tokens, hits);
  CHECK(Show(*c, text, hits) == std::vector<std::string>{"phrase:made moderate: made moderate",
                                                          "word:progress: progress", "word:moderat*: moderation"});
}

TEST_CASE("SortHits and OneMatchPerThemeAndSpan: the first rule in lexicon order per theme and span",
          "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: moderation
    rules:
      - word: moderat*
      - word: moderation
  - id: quality
    rules:
      - word: moderation
)");
  const std::string text = "Joint moderation meetings";
  // As FindWordHits finds them: exact words before globs, the later rule first.
  std::vector<Hit> hits = {HitOn(2, text, "moderation"), HitOn(1, text, "moderation"), HitOn(0, text, "moderation"),
                           HitOn(1, text, "Joint")};
  SortHits(*c, hits);
  CHECK(Show(*c, text, hits) == std::vector<std::string>{"word:moderation: Joint", "word:moderat*: moderation",
                                                          "word:moderation: moderation",
                                                          "word:moderation: moderation"});
  CHECK(hits[1].rule == 0);
  CHECK(hits[2].rule == 1);
  CHECK(hits[3].rule == 2);  // the other theme comes after, on the same span

  CHECK(FiredRules(*c, hits) == std::vector<std::string>{"word:moderat*", "word:moderation"});

  std::vector<returns::ThemeMatch> matches;
  const ThemePending themes = OneMatchPerThemeAndSpan(*c, text, hits, {false, false, false, true}, matches);
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].theme == "moderation");
  CHECK(matches[0].rule == "word:moderation");
  CHECK(matches[0].text == "Joint");
  CHECK(matches[1].theme == "moderation");
  CHECK(matches[1].rule == "word:moderat*");  // not word:moderation, its second rule on the same span
  CHECK(matches[1].start == 6);
  CHECK(matches[1].end == 16);
  CHECK(matches[1].text == "moderation");
  CHECK_FALSE(matches[1].pending);
  CHECK(matches[2].theme == "quality");
  CHECK(matches[2].rule == "word:moderation");
  CHECK(matches[2].pending);
  CHECK(themes == ThemePending{{"moderation", false}, {"quality", true}});
}

TEST_CASE("OneMatchPerThemeAndSpan: a theme is pending only when all its matches are", "[tag_phases]") {
  const Compiled c = Compile("  - id: moderation\n    rules: [{word: moderation}]\n");
  const std::string text = "moderation; moderation";
  const std::vector<Hit> hits = {{0, 0, 10}, {0, 12, 22}};
  std::vector<returns::ThemeMatch> matches;
  CHECK(OneMatchPerThemeAndSpan(*c, text, hits, {true, true}, matches) == ThemePending{{"moderation", true}});
  CHECK(OneMatchPerThemeAndSpan(*c, text, hits, {true, false}, matches) == ThemePending{{"moderation", false}});
  CHECK(matches.size() == 4);  // appended: two spans each time
}

TEST_CASE("MarkPending: a cue marks hits in its own clause, not across a full stop", "[tag_phases]") {
  const Compiled c = Compile("  - id: moderation\n    rules: [{word: moderation}]\n");
  auto pending = [&](const std::string& text, const std::vector<std::string>& parts) {
    std::vector<Hit> hits;
    size_t from = 0;
    for (const std::string& part : parts) {
      const size_t start = text.find(part, from);
      REQUIRE(start != std::string::npos);
      hits.push_back({0, start, start + part.size()});
      from = start + part.size();
    }
    return MarkPending(*c, text, 0, hits);
  };
  using Flags = std::vector<bool>;
  CHECK(pending("Moderation is planned for June. Moderation took place in March.", {"Moderation", "Moderation"}) ==
        Flags{true, false});
  CHECK(pending("Moderation took place. Further moderation is postponed.", {"Moderation", "moderation"}) ==
        Flags{false, true});
  CHECK(pending("Joint moderation – still to be finalised", {"moderation"}) == Flags{true});  // a dash is no end
  CHECK(pending("Moderation happened\nnot yet the rest", {"Moderation"}) == Flags{false});    // a line break is
  CHECK(pending("Regular moderation meetings", {"moderation"}) == Flags{false});
  CHECK(pending("Not yet.", {}).empty());
}

TEST_CASE("RollUp: ancestors tagged, pending only when every match below is", "[tag_phases]") {
  const Compiled c = Compile(R"(
  - id: assessment
    rules: [{word: assessment}]
  - id: data
    parent: assessment
    rules: [{word: data}]
  - id: tracking
    parent: assessment
    rules: [{word: tracking}]
  - id: gaps
    parent: data
    rules: [{word: gaps}]
  - id: other
    rules: [{word: other}]
)");
  struct Case {
    ThemePending matched;
    std::vector<std::string> themes;
    std::vector<std::string> pending;
  };
  const std::vector<Case> cases = {
      {{{"data", true}}, {"assessment", "data"}, {"assessment", "data"}},
      {{{"data", false}}, {"assessment", "data"}, {}},
      {{{"data", true}, {"tracking", false}}, {"assessment", "data", "tracking"}, {"data"}},
      {{{"data", true}, {"tracking", true}}, {"assessment", "data", "tracking"}, {"assessment", "data", "tracking"}},
      {{{"gaps", true}}, {"assessment", "data", "gaps"}, {"assessment", "data", "gaps"}},  // grandparent too
      {{{"assessment", false}, {"data", true}}, {"assessment", "data"}, {"data"}},  // the parent's own match
      {{{"assessment", true}, {"data", false}}, {"assessment", "data"}, {}},
      {{{"other", true}}, {"other"}, {"other"}},  // no parent
      {{}, {}, {}},
  };
  for (const Case& k : cases) {
    std::vector<std::string> themes, pending;
    RollUp(*c, k.matched, themes, pending);
    INFO("first theme matched: " << (k.matched.empty() ? "none" : k.matched.begin()->first));
    CHECK(themes == k.themes);
    CHECK(pending == k.pending);
  }
}
