#include "index/schema.h"

#include "corpus/words.h"

namespace returns::schema {

std::string FilterValue(std::string_view value) { return AsciiKey(value, '-'); }

}  // namespace returns::schema
