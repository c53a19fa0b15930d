#include "lexicon/codebook/theme_id.h"

#include "corpus/text/words.h"

namespace returns {

std::string ThemeId(std::string_view name) { return AsciiKey(name, '_'); }

}  // namespace returns
