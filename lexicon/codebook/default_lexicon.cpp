#include "lexicon/codebook/default_lexicon.h"

#include "corpus/base/data_dir.h"

namespace returns {

std::string DefaultLexiconPath() {
  return DataPath("lexicon/themes.yaml");
}

}  // namespace returns
