#include "index/store/schema.h"

#include "corpus/text/words.h"

namespace returns::schema {

std::string FilterValue(std::string_view value) { return AsciiKey(value, '-'); }

}  // namespace returns::schema
