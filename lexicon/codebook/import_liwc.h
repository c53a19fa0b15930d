// Importing a LIWC dictionary (.dic): a '%'-delimited category table
// ("1<TAB>posemo"), then entries ("happ*<TAB>1 2"; multi-word entries become
// phrases). Categories become themes. Conditional entries ("like<TAB>(02 134)125/464")
// cannot be represented: each is reported in Lexicon::warnings with its line,
// never dropped silently. Pure; thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> ParseLiwcDic(const std::string& text, const std::string& source);

}  // namespace returns
