#include "lexicon/codebook/import_quanteda.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "corpus/base/read_file.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"
#include "lexicon/tools/check.h"

using namespace returns;

namespace {
const std::string kData = std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/";

const Theme* Find(const Lexicon& l, const std::string& id) {
  for (const Theme& t : l.themes) {
    if (t.id == id) return &t;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("quanteda YAML: keys are themes, nesting their parents, entries words and phrases", "[import][quanteda]") {
  Result<Lexicon> lex = LoadLexicon(kData + "quanteda-sample.yml");
  REQUIRE(lex.ok());
  const Lexicon& l = lex.value();
  CHECK(l.version == "quanteda");
  std::vector<std::string> ids;
  for (const Theme& t : l.themes) ids.push_back(t.id);
  CHECK(ids == std::vector<std::string>{"assessment", "moderation", "data", "learning_walks", "governance", "training", "unsupported"});
  const Theme* moderation = Find(l, "moderation");
  REQUIRE(moderation);
  CHECK(moderation->parent == std::optional<std::string>("assessment"));
  REQUIRE(moderation->rules.size() == 3);
  CHECK(moderation->rules[0].kind == RuleKind::kWord);
  CHECK(moderation->rules[0].text == "moderat*");
  CHECK(moderation->rules[0].line == 6);
  CHECK(moderation->rules[2].kind == RuleKind::kPhrase);
  CHECK(moderation->rules[2].text == "agreed judgements");
  CHECK(Find(l, "learning_walks")->label == "learning walks");
  CHECK_FALSE(Find(l, "learning_walks")->parent);
  CHECK(Find(l, "governance")->rules[2].text == "steering group");  // quanteda splits at whitespace
  CHECK(Find(l, "unsupported")->rules.empty());
  // The unsupported entries are reported by line, not dropped silently.
  REQUIRE(l.warnings.size() == 2);
  CHECK(l.warnings[0] == kData + "quanteda-sample.yml:19: warning: entry 'colo?r' uses quanteda's '?' (any one character), which is not supported; it was not imported");
  CHECK(l.warnings[1].rfind(kData + "quanteda-sample.yml:20: warning: entry '^inset$' looks like a regular expression", 0) == 0);
  // lexicon check's only complaints: the themes with no rules of their own
  // (a parent key holding only nested keys; a key all of whose entries were
  // not imported).
  std::vector<std::string> problems;
  for (const LexiconProblem& p : CheckLexicon(l)) problems.push_back(p.message);
  CHECK(problems == std::vector<std::string>{kData + "quanteda-sample.yml:4: error: theme 'assessment' has no rules",
                                             kData + "quanteda-sample.yml:18: error: theme 'unsupported' has no rules"});
}

TEST_CASE("quanteda YAML tags the same as the equivalent lexicon in our format", "[import][quanteda]") {
  Result<Lexicon> quanteda = LoadLexicon(kData + "quanteda-sample.yml");
  Result<Lexicon> ours = LoadLexicon(kData + "quanteda-equivalent.yaml");
  REQUIRE(quanteda.ok());
  REQUIRE(ours.ok());
  CHECK(ours.value().version == "1");  // read as ours, not as quanteda
  Result<Matcher> a = Matcher::Compile(quanteda.value());
  Result<Matcher> b = Matcher::Compile(ours.value());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  // Every line of the bundled corpus, and lines written to hit each rule.
  std::vector<std::string> lines = {"Governors and the governing body met the steering group",
                                    "Learning walks, a walkthrough, moderated levelling and agreed judgements",
                                    "CPD courses and training; pupil progress data and tracking", "colour inset"};
  for (const char* file : {"q2-progress.txt", "q3-strengths.txt"}) {
    std::istringstream in(ReadWholeFile(std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013/" + file).value());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  size_t tagged = 0;
  for (const std::string& line : lines) {
    const Tagging x = a.value().Tag(line), y = b.value().Tag(line);
    INFO(line);
    CHECK(x.themes == y.themes);
    CHECK(x.pending == y.pending);
    REQUIRE(x.matches.size() == y.matches.size());
    for (size_t i = 0; i < x.matches.size(); ++i) {
      CHECK(x.matches[i].theme == y.matches[i].theme);
      CHECK(x.matches[i].rule == y.matches[i].rule);
      CHECK(x.matches[i].start == y.matches[i].start);
      CHECK(x.matches[i].end == y.matches[i].end);
    }
    tagged += !x.themes.empty();
  }
  CHECK(tagged > 20);  // the comparison saw real tagging
  CHECK(a.value().Tag("the governing bodies").themes == std::vector<std::string>{"governance"});
  CHECK(a.value().Tag("moderation").themes == std::vector<std::string>{"assessment", "moderation"});  // rolled up
}

TEST_CASE("Which YAML a lexicon is: ours has themes, name or version at the top", "[import][quanteda]") {
  CHECK(IsQuantedaYaml("economy: [econom*, tax*]\n"));
  CHECK(IsQuantedaYaml("a:\n  b: [x]\n"));
  CHECK_FALSE(IsQuantedaYaml("name: x\nversion: '1'\nthemes: []\n"));
  CHECK_FALSE(IsQuantedaYaml("themes: []\n"));             // ours, to be told what is missing
  CHECK_FALSE(IsQuantedaYaml("name: only\n"));
  CHECK_FALSE(IsQuantedaYaml("- a\n- b\n"));                // a list: ours reports it
  CHECK_FALSE(IsQuantedaYaml("a: [b\n"));                   // bad YAML: ours reports it
  CHECK_FALSE(IsQuantedaYaml(""));
  // Through LoadLexicon's parser: a bad own lexicon keeps its message.
  CHECK(ParseLexicon({"themes: 3\n", "yaml"}, "x.yaml").status().ToString() == "x.yaml:1: error: missing 'name'");
}

TEST_CASE("quanteda YAML: repeated nested keys get distinct ids, bad shapes are errors with a line", "[import][quanteda]") {
  Result<Lexicon> lex = ParseQuantedaYaml("a:\n  x: [one]\nb:\n  x: [two]\n  c:\n    - x: [three]\n", "d.yml");
  REQUIRE(lex.ok());
  std::vector<std::string> ids;
  for (const Theme& t : lex.value().themes) ids.push_back(t.id + "<" + t.parent.value_or("") + ">");
  CHECK(ids == std::vector<std::string>{"a<>", "x<a>", "b<>", "b.x<b>", "c<b>", "c.x<c>"});
  CHECK(ParseQuantedaYaml("a:\n  - [nested, list]\n", "d.yml").status().ToString() ==
        "d.yml:2: error: an entry must be text (or a map of nested keys)");
  CHECK(ParseQuantedaYaml("a: [b\n", "d.yml").status().ToString().rfind("d.yml:", 0) == 0);
  CHECK(ParseQuantedaYaml("{}", "d.yml").status().ToString() == "d.yml: error: no keys");
}
