// The default lexicon (lexicon/themes.yaml) compiled once per test binary.
#pragma once

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"

namespace returns::test {

inline const Matcher& DefaultMatcher() {
  static const Matcher m = Matcher::Compile(LoadLexicon(DefaultLexiconPath()).value()).value();
  return m;
}

}  // namespace returns::test
