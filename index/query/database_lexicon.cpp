#include "index/query/database_lexicon.h"

#include <zlib.h>

#include <cstdio>

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

namespace {

// The first line of the kept list: which lexicon text the names are of.
std::string TextLine(const std::string& text) {
  const uLong crc = crc32_z(crc32_z(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(text.data()), text.size());
  char line[64];
  std::snprintf(line, sizeof line, "text %zu %08lx\n", text.size(), static_cast<unsigned long>(crc));
  return line;
}

}  // namespace

std::string KeptThemeNames(const Lexicon& lexicon, const std::string& lexicon_text) {
  std::string out = TextLine(lexicon_text);
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
    const std::string text_line = TextLine(info.value().lexicon_text);
    if (kept.compare(0, text_line.size(), text_line) == 0) {
      ThemeNames out;
      out.lexicon = info.value().lexicon_name;
      size_t line = 1;
      for (size_t from = text_line.size(); from < kept.size(); ++line) {
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
