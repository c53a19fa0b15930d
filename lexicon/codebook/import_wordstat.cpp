#include "lexicon/codebook/import_wordstat.h"

#include <re2/re2.h>

#include <sstream>

#include "corpus/base/utf8.h"
#include "corpus/text/words.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {

Result<Lexicon> ParseWordstatCat(const std::string& text, const std::string& source) {
  if (Status s = CheckUtf8(text, source); !s.ok()) return s;
  static const RE2 kEntry(R"(^(.*?)\s*\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)\s*$)");
  Lexicon lex;
  lex.source = source;
  lex.name = source;
  lex.version = "wordstat";
  std::vector<size_t> open;  // theme index at each depth of the category path
  ThemeIds ids;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty()) continue;
    const std::string where = source + ":" + std::to_string(number);
    size_t depth = 0;
    while (depth < line.size() && line[depth] == '\t') ++depth;
    if (depth < line.size() && line[depth] == ' ') {
      return Status::InvalidInput(where, "indent with tabs, not spaces");
    }
    const std::string body(Trim(line));
    std::string entry, weight;
    if (RE2::FullMatch(body, kEntry, &entry, &weight)) {
      if (open.empty() || depth == 0) {
        return Status::InvalidInput(where, "entry '" + Printable(entry) + "' is outside any category");
      }
      if (depth > open.size()) return Status::InvalidInput(where, "entry indented deeper than its category");
      if (entry.find('@') != std::string::npos) {
        lex.warnings.push_back(where + ": warning: rule '" + Printable(body) + "' uses WordStat's '@' syntax, which is not supported; it was not imported");
        continue;
      }
      std::string words;
      for (char c : entry) words += c == '_' ? ' ' : static_cast<char>(c);
      const RuleKind kind = words.find(' ') == std::string::npos ? RuleKind::kWord : RuleKind::kPhrase;
      lex.themes[open[depth - 1]].rules.push_back({kind, words, {}, number});
      continue;
    }
    // A category at this depth closes any deeper ones.
    if (depth > open.size()) return Status::InvalidInput(where, "category indented too deep");
    open.resize(depth);
    Theme t;
    t.label = body;
    t.id = ThemeId(body);
    t.line = number;
    if (depth > 0) {
      t.parent = lex.themes[open.back()].id;
      t.id = DistinctThemeId(t.id, *t.parent, ids);
    }
    ids.taken.insert(t.id);
    open.push_back(lex.themes.size());
    lex.themes.push_back(std::move(t));
  }
  if (lex.themes.empty()) return Status::InvalidInput(source, "no categories");
  return lex;
}

}  // namespace returns
