#include <catch2/catch.hpp>

#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_wordstat.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"
#include "lexicon/tools/check.h"

using returns::RuleKind;

namespace {
const std::string kData = std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/";
}

TEST_CASE("LIWC .dic: categories become themes, entries rules", "[import][liwc]") {
  const auto lex = returns::LoadLexicon(kData + "sample.dic");
  REQUIRE(lex.ok());
  const auto& l = lex.value();
  REQUIRE(l.themes.size() == 3);
  CHECK(l.themes[0].id == "moderation");
  CHECK(l.themes[2].id == "learning_walks");
  CHECK(l.themes[2].label == "learning walks");
  REQUIRE(l.themes[0].rules.size() == 2);
  CHECK(l.themes[0].rules[0].text == "moderat*");
  CHECK(l.themes[0].rules[0].line == 6);
  CHECK(l.themes[2].rules[0].kind == RuleKind::kPhrase);  // a multi-word entry
  // The conditional entry is reported with its line, not dropped silently.
  REQUIRE(l.warnings.size() == 1);
  CHECK(l.warnings[0] == kData + "sample.dic:11: warning: conditional entry 'like\t(02 134)1/2' is not supported; it was not imported");
  // And the imported dictionary tags.
  const auto m = returns::Matcher::Compile(l);
  REQUIRE(m.ok());
  CHECK(m.value().Tag("Moderated work and a learning walk").themes ==
        std::vector<std::string>{"learning_walks", "moderation"});
  CHECK(m.value().Tag("a walk-through").themes == std::vector<std::string>{"learning_walks"});
}

TEST_CASE("LIWC .dic errors name file and line", "[import][liwc][errors]") {
  CHECK(returns::ParseLiwcDic("1\tx\n", "a.dic").status().ToString() ==
        "a.dic:1: error: a LIWC dictionary starts with a '%' line");
  CHECK(returns::ParseLiwcDic("%\n1\tx\n%\nword\t7\n", "a.dic").status().ToString() ==
        "a.dic:4: error: entry 'word' names unknown category 7");
  CHECK(returns::ParseLiwcDic("%\n1\tx\n", "a.dic").status().ToString() ==
        "a.dic: error: no entries after the category table");
}

TEST_CASE("WordStat .cat: tab-indented hierarchy, weights in brackets", "[import][wordstat]") {
  const auto lex = returns::LoadLexicon(kData + "sample.cat");
  REQUIRE(lex.ok());
  const auto& l = lex.value();
  REQUIRE(l.themes.size() == 4);
  CHECK(l.themes[0].id == "moderation");
  REQUIRE(l.themes[0].rules.size() == 2);
  CHECK(l.themes[0].rules[1].text == "AGREED JUDGEMENTS");  // '_' joins a phrase; the weight 2.5 is read
  CHECK(l.themes[0].rules[1].kind == RuleKind::kPhrase);
  CHECK(l.themes[1].id == "school_improvement");
  CHECK(l.themes[1].rules.empty());
  CHECK(l.themes[2].id == "governance");
  CHECK(l.themes[2].parent == std::optional<std::string>("school_improvement"));
  CHECK(l.themes[3].parent == std::optional<std::string>("school_improvement"));
  REQUIRE(l.warnings.size() == 1);
  CHECK(l.warnings[0] == kData + "sample.cat:10: warning: rule 'WALK @ THROUGH (1)' uses WordStat's '@' syntax, "
                          "which is not supported; it was not imported");
  const auto m = returns::Matcher::Compile(l);
  REQUIRE(m.ok());
  // A match in a nested category rolls up to its parent.
  CHECK(m.value().Tag("Governors and the governing body; agreed judgements").themes ==
        std::vector<std::string>{"governance", "moderation", "school_improvement"});
  CHECK(m.value().Ancestors("governance") == std::vector<std::string>{"school_improvement"});
}

TEST_CASE("WordStat .cat errors name file and line", "[import][wordstat][errors]") {
  CHECK(returns::ParseWordstatCat("WORD (1)\n", "b.cat").status().ToString() ==
        "b.cat:1: error: entry 'WORD' is outside any category");
  CHECK(returns::ParseWordstatCat("A\n  B (1)\n", "b.cat").status().ToString() ==
        "b.cat:2: error: indent with tabs, not spaces");
  CHECK(returns::ParseWordstatCat("A\n\t\t\tB\n", "b.cat").status().ToString() == "b.cat:2: error: category indented too deep");
}

namespace {

std::vector<std::string> Problems(const returns::Result<returns::Lexicon>& lex) {
  REQUIRE(lex.ok());
  std::vector<std::string> out;
  for (const auto& p : returns::CheckLexicon(lex.value())) out.push_back(p.message);
  return out;
}

}  // namespace

TEST_CASE("regression: LIWC and WordStat text with NUL or control characters is an error naming file:line",
          "[import][regression]") {
  using namespace std::string_literals;
  const auto dic = returns::ParseLiwcDic("%\n1\tmoder\x07" "ation\n2\t日本語\n%\nmod\0erat*\t1\nboard\t2\n"s, "a.dic");
  CHECK(Problems(dic) == std::vector<std::string>{
                             "a.dic:2: error: label 'moder\\x07ation' holds control character U+0007",
                             "a.dic:5: error: rule 'word:mod\\x00erat*' holds a NUL byte",
                             "a.dic:3: error: theme '日本語' has an empty id (an id is made of ASCII letters and digits)",
                         });
  REQUIRE(dic.ok());
  CHECK(returns::Matcher::Compile(dic.value()).status().ToString() ==
        "a.dic:2: error: label 'moder\\x07ation' holds control character U+0007");
  CHECK(returns::ParseLiwcDic("%\n1\tcaf\xe9\n%\ncafe\t1\n", "a.dic").status().ToString() ==
        "a.dic:2: error: invalid UTF-8 at byte offset 7 (byte 0xE9)");

  const auto cat = returns::ParseWordstatCat("MODER\x1b" "ATION\n\tMOD\0ERAT* (1)\n日本語\n\tBOARD (1)\n"s, "b.cat");
  CHECK(Problems(cat) == std::vector<std::string>{
                             "b.cat:1: error: label 'MODER\\x1BATION' holds control character U+001B",
                             "b.cat:2: error: rule 'word:MOD\\x00ERAT*' holds a NUL byte",
                             "b.cat:3: error: theme '日本語' has an empty id (an id is made of ASCII letters and digits)",
                         });
  REQUIRE(cat.ok());
  CHECK_FALSE(returns::Matcher::Compile(cat.value()).ok());
  CHECK(returns::ParseWordstatCat("A\n\tcaf\xe9 (1)\n", "b.cat").status().ToString() ==
        "b.cat:2: error: invalid UTF-8 at byte offset 6 (byte 0xE9)");
}
