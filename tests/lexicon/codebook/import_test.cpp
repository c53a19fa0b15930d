#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_wordstat.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/codebook/theme_id.h"
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
                             "a.dic:3: error: theme '日本語' has an empty id (an id is made of ASCII letters and digits)",
                             "a.dic:5: error: rule 'word:mod\\x00erat*' holds a NUL byte",
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

TEST_CASE("regression: WordStat import is linear: 20,000 entries in nested, repeated categories each land in their theme",
          "[import][wordstat][regression]") {
  // 10 areas × 10 topics × 10 details × 20 entries. Topic names repeat under
  // every area and twice under each (TOPIC 0-4), every detail is called
  // DETAIL: the names that made ids grow, and import take minutes, before.
  std::string text;
  std::map<std::string, int> category_of;  // entry → line of its category
  std::map<int, int> parent_of;            // category line → its parent's line (0: none)
  int line = 0;
  for (int a = 0; a < 10; ++a) {
    text += "AREA " + std::to_string(a) + "\n";
    const int area = ++line;
    parent_of[area] = 0;
    for (int t = 0; t < 10; ++t) {
      text += "\tTOPIC " + std::to_string(t % 5) + "\n";
      const int topic = ++line;
      parent_of[topic] = area;
      for (int d = 0; d < 10; ++d) {
        text += "\t\tDETAIL\n";
        const int detail = ++line;
        parent_of[detail] = topic;
        for (int e = 0; e < 20; ++e) {
          std::ostringstream name;  // W<a>X<t>X<d>X<e>, a phrase, a glob or a word
          name << "W" << a << "X" << t << "X" << d << "X" << e << (e % 3 == 0 ? "_PHRASE" : e % 3 == 1 ? "*" : "");
          const std::string entry = name.str();
          text += "\t\t\t" + entry + " (" + std::to_string(e % 4) + ")\n";
          ++line;
          category_of[entry] = detail;
        }
      }
    }
  }
  REQUIRE(category_of.size() == 20000);
  const auto lex = returns::ParseWordstatCat(text, "big.cat");
  REQUIRE(lex.ok());
  const auto& themes = lex.value().themes;
  REQUIRE(themes.size() == 1110);
  std::map<std::string, const returns::Theme*> by_id;
  for (const auto& t : themes) {
    INFO(t.id);
    CHECK(returns::IsThemeId(t.id));
    CHECK(by_id.emplace(t.id, &t).second);  // ids are distinct
  }
  size_t rules = 0;
  for (const auto& t : themes) {
    // Each category's parent is the category it is nested in.
    const int parent_line = parent_of.at(t.line);
    if (parent_line == 0) {
      CHECK_FALSE(t.parent);
    } else {
      REQUIRE(t.parent);
      CHECK(by_id.at(*t.parent)->line == parent_line);
    }
    for (const auto& r : t.rules) {
      std::string entry = r.text;
      std::replace(entry.begin(), entry.end(), ' ', '_');
      INFO(entry);
      CHECK(category_of.at(entry) == t.line);  // every entry in the theme of its category
      ++rules;
    }
  }
  CHECK(rules == 20000);
  // The ids: a name's own id while it is free, then qualified by the parent's, then numbered.
  CHECK(themes[1].id == "topic_0");
  CHECK(themes[2].id == "detail");
  CHECK(themes[3].id == "topic_0.detail");
  CHECK(themes[4].id == "topic_0.detail_2");
  CHECK(themes[12].id == "topic_1");
  CHECK(themes[13].id == "topic_1.detail");
  CHECK(themes[(5 * 11) + 1].id == "area_0.topic_0");  // a second TOPIC 0 under AREA 0
  // And the imported dictionary tags, rolling up to the area.
  const auto m = returns::Matcher::Compile(lex.value());
  REQUIRE(m.ok());
  CHECK(m.value().Tag("w3x7x2x4s and more").themes.size() == 3);  // W3X7X2X4*: a detail, its topic and area
}
