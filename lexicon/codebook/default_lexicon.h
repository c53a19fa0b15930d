// Where the default lexicon (lexicon/themes.yaml, the codebook of
// lexicon/CODEBOOK.md) is: the source tree when running from a build, else the
// installed copy.
#pragma once

#include <string>

namespace returns {

std::string DefaultLexiconPath();

}  // namespace returns
