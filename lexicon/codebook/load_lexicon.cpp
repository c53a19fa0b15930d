#include "lexicon/codebook/load_lexicon.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_quanteda.h"
#include "lexicon/codebook/import_wordstat.h"
#include "lexicon/codebook/lexicon_yaml.h"

namespace returns {

std::string LexiconFormatOf(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".dic") return "dic";
  if (ext == ".cat") return "cat";
  return "yaml";
}

Result<LexiconFile> ReadLexiconFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  if (Status s = CheckUtf8(text.value(), path); !s.ok()) return s;
  return LexiconFile{std::move(text).value(), LexiconFormatOf(path)};
}

Result<Lexicon> ParseLexicon(const LexiconFile& file, const std::string& source) {
  if (Status s = CheckUtf8(file.text, source); !s.ok()) return s;
  const std::string nfc = ToNfc(file.text);
  if (file.format == "yaml") {  // parsed once: yaml-cpp takes some 23 ms over the default lexicon
    return ParseYamlWith(nfc, source, [](const YAML::Node& root, const std::string& where) {
      return IsQuantedaYaml(root) ? ReadQuantedaYaml(root, where) : ReadLexiconYaml(root, where);
    });
  }
  if (file.format == "dic") return ParseLiwcDic(nfc, source);
  if (file.format == "cat") return ParseWordstatCat(nfc, source);
  return Status::InvalidInput(source, "unknown lexicon format '" + file.format + "' (yaml, dic or cat)");
}

Result<Lexicon> LoadLexicon(const std::string& path) {
  Result<LexiconFile> file = ReadLexiconFile(path);
  if (!file.ok()) return file.status();
  return ParseLexicon(file.value(), path);
}

}  // namespace returns
