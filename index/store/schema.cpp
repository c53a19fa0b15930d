#include "index/store/schema.h"

#include <cctype>

#include "corpus/base/utf8.h"
#include "corpus/text/normalise.h"
#include "corpus/text/tokenize.h"
#include "corpus/text/words.h"

namespace returns::schema {

std::string FilterValue(std::string_view value) { return AsciiKey(value, '-'); }

std::string AttributeNameKey(std::string_view name) {
  std::string out;
  bool gap = false;
  for (const char c : FoldCase(ToNfc(name))) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '_';
    out += c;
    gap = false;
  }
  return out.empty() ? "_" : out;
}

std::string AttributeValueKey(std::string_view value) { return CollapseSpaces(FoldCase(ToNfc(value))); }

}  // namespace returns::schema
