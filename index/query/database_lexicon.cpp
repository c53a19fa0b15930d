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

}  // namespace returns
