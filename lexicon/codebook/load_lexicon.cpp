#include "lexicon/codebook/load_lexicon.h"

#include <filesystem>

#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_wordstat.h"
#include "lexicon/codebook/lexicon_yaml.h"

namespace returns {

Result<Lexicon> LoadLexicon(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext != ".dic" && ext != ".cat") return LoadLexiconYaml(path);
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  if (Status s = CheckUtf8(text.value(), path); !s.ok()) return s;
  const std::string nfc = ToNfc(text.value());
  return ext == ".dic" ? ParseLiwcDic(nfc, path) : ParseWordstatCat(nfc, path);
}

}  // namespace returns
