#include "lexicon/codebook/import_liwc.h"

#include <map>
#include <sstream>

#include "corpus/base/utf8.h"
#include "corpus/text/words.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {

Result<Lexicon> ParseLiwcDic(const std::string& text, const std::string& source) {
  if (Status s = CheckUtf8(text, source); !s.ok()) return s;
  Lexicon lex;
  lex.source = source;
  lex.name = source;
  lex.version = "liwc";
  std::map<std::string, size_t> category;  // number → theme index
  std::istringstream in(text);
  std::string line;
  int number = 0;
  int section = 0;  // 0 before the first '%', 1 in the category table, 2 in entries
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = source + ":" + std::to_string(number);
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty()) continue;
    if (trimmed == "%") {
      if (++section > 2) return Status::InvalidInput(where, "a third '%' line");
      continue;
    }
    if (section == 0) return Status::InvalidInput(where, "a LIWC dictionary starts with a '%' line");
    // Fields are tab-separated; the entry itself may hold spaces (a phrase).
    std::vector<std::string> fields;
    std::string field;
    std::istringstream cells{std::string(trimmed)};
    while (std::getline(cells, field, '\t')) {
      if (!Trim(field).empty()) fields.emplace_back(Trim(field));
    }
    if (section == 1) {
      if (fields.size() < 2) return Status::InvalidInput(where, "a category line reads 'NUMBER<TAB>name'");
      Theme t;
      t.id = ThemeId(fields[1]);
      t.label = fields[1];
      t.line = number;
      category[fields[0]] = lex.themes.size();
      lex.themes.push_back(std::move(t));
      continue;
    }
    if (fields.size() < 2) return Status::InvalidInput(where, "an entry has no categories");
    const std::string& entry = fields[0];
    std::vector<std::string> numbers;
    for (size_t i = 1; i < fields.size(); ++i) {
      for (const Word& w : SplitWords(fields[i])) numbers.emplace_back(w.text);
    }
    bool conditional = false;
    for (const std::string& n : numbers) conditional = conditional || n.find_first_of("()/<>") != std::string::npos;
    if (conditional) {
      lex.warnings.push_back(where + ": warning: conditional entry '" + Printable(trimmed) +
                             "' is not supported; it was not imported");
      continue;
    }
    for (const std::string& n : numbers) {
      const auto it = category.find(n);
      if (it == category.end()) {
        return Status::InvalidInput(where, "entry '" + Printable(entry) + "' names unknown category " + Printable(n));
      }
      const RuleKind kind = entry.find(' ') == std::string::npos ? RuleKind::kWord : RuleKind::kPhrase;
      lex.themes[it->second].rules.push_back({kind, entry, {}, number});
    }
  }
  if (section < 2) return Status::InvalidInput(source, "no entries after the category table");
  return lex;
}

}  // namespace returns
