// Loading a lexicon in any format users have, chosen by file extension:
// .yaml/.yml (ours), .dic (LIWC), .cat (WordStat). Errors name file and line.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> LoadLexicon(const std::string& path);

}  // namespace returns
