#include "corpus/text/normalise.h"

#include <array>

#include "corpus/text/words.h"

namespace returns {
namespace {

constexpr std::array<std::string_view, 7> kBulletGlyphs = {
    "\xEF\x82\xA7",  // U+F0A7, Wingdings bullet in a private-use slot
    "\xEF\x82\xB7",  // U+F0B7
    "\xE2\x80\xA2",  // • U+2022
    "\xE2\x96\xAA",  // ▪ U+25AA
    "\xE2\x97\x8F",  // ● U+25CF
    "\xE2\x97\xA6",  // ◦ U+25E6
    "\xEF\x82\xA8",  // U+F0A8
};

}  // namespace

LineHead StripBulletMarker(std::string_view line) {
  std::string_view s = Trim(line);
  for (std::string_view glyph : kBulletGlyphs) {
    if (s.substr(0, glyph.size()) == glyph) return {Trim(s.substr(glyph.size())), true};
  }
  // "o ", "- " and "* " (typed and Markdown bullets) are bullets only when followed by more text.
  if (s.size() > 2 && (s[0] == 'o' || s[0] == '-' || s[0] == '*') && (s[1] == ' ' || s[1] == '\t')) {
    return {Trim(s.substr(2)), true};
  }
  return {s, false};
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto is_space = [&](size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    return c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0 ? 2 : 0;  // no-break space
  };
  size_t i = 0;
  while (i < text.size()) {
    bool space = false;
    for (int n; i < text.size() && (n = is_space(i)) > 0; i += static_cast<size_t>(n)) space = true;
    const size_t from = i;
    while (i < text.size() && is_space(i) == 0) ++i;
    if (i == from) break;
    if (space && !out.empty()) out += ' ';
    out.append(text.substr(from, i - from));  // a run of other bytes, copied whole
  }
  return out;
}

bool IsOrdinalSuffix(std::string_view text) {
  return text == "th" || text == "st" || text == "nd" || text == "rd";
}

}  // namespace returns
