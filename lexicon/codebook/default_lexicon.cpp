#include "lexicon/codebook/default_lexicon.h"

#include <filesystem>

namespace returns {

std::string DefaultLexiconPath() {
  namespace fs = std::filesystem;
  const fs::path source = fs::path(RETURNS_SOURCE_DATA_DIR) / "lexicon" / "themes.yaml";
  std::error_code ec;
  if (fs::exists(source, ec)) return source.string();
  return (fs::path(RETURNS_INSTALL_DATA_DIR) / "lexicon" / "themes.yaml").string();
}

}  // namespace returns
