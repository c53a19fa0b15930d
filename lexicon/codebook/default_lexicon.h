// Where the default lexicon (lexicon/themes.yaml, the codebook of
// lexicon/CODEBOOK.md) is: found as corpus/base/data_dir.h finds the bundled
// data (an installed program's own copy, else the source tree's).
#pragma once

#include <string>

namespace returns {

std::string DefaultLexiconPath();

}  // namespace returns
