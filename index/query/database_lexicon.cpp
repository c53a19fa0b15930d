#include "index/query/database_lexicon.h"

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"

namespace returns {

Result<Lexicon> DatabaseLexicon(const IndexReader& index, const std::string& lexicon_path) {
  if (!lexicon_path.empty()) return LoadLexicon(lexicon_path);
  Result<IndexInfo> info = index.Metadata();
  if (!info.ok()) return info.status();
  if (info.value().lexicon_text.empty()) return LoadLexicon(DefaultLexiconPath());
  return ParseLexicon({info.value().lexicon_text, info.value().lexicon_format},
                      index.dir() + " (the lexicon kept in the database)");
}

ThemeNames ThemeNamesOf(const Lexicon& lexicon) {
  ThemeNames out;
  out.lexicon = lexicon.name;
  for (const Theme& t : lexicon.themes) out.themes.push_back({t.id, t.label});
  return out;
}

std::string KeptThemeNames(const Lexicon& lexicon) {
  std::string out;
  for (const Theme& t : lexicon.themes) {
    if ((t.id + t.label).find_first_of("\t\r\n") != std::string::npos) return "";
    out += t.id + "\t" + t.label + "\n";
  }
  return out;
}

Result<ThemeNames> DatabaseThemeNames(const IndexReader& index, const std::string& lexicon_path) {
  if (lexicon_path.empty()) {
    Result<IndexInfo> info = index.Metadata();
    if (!info.ok()) return info.status();
    const std::string& kept = info.value().lexicon_themes;
    if (!kept.empty()) {
      ThemeNames out;
      out.lexicon = info.value().lexicon_name;
      size_t line = 0;
      for (size_t from = 0; from < kept.size(); ++line) {
        size_t end = kept.find('\n', from);
        const std::string_view row = std::string_view(kept).substr(from, end == std::string::npos ? end : end - from);
        const size_t tab = row.find('\t');
        if (end == std::string::npos || tab == std::string_view::npos || tab == 0 ||
            row.find('\t', tab + 1) != std::string_view::npos) {
          return Status::Corruption(index.dir(), "the list of theme names kept with the lexicon is damaged at line " +
                                                     std::to_string(line + 1) + " (re-index to write it again)");
        }
        out.themes.push_back({std::string(row.substr(0, tab)), std::string(row.substr(tab + 1))});
        from = end + 1;
      }
      return out;
    }
  }
  Result<Lexicon> lexicon = DatabaseLexicon(index, lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  return ThemeNamesOf(lexicon.value());
}

}  // namespace returns
