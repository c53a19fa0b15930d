// Character-level clean-up of PDF-extracted lines, before segmentation.
// Keeps curly quotes, dashes and £: users see this text. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

struct LineHead {
  std::string_view rest;  // the line after any bullet marker
  bool bullet = false;    // a glyph (U+F0A7, U+F0B7, •, ▪, ●, ◦) or "o " / "- " / "* " marker was removed
};

// Removes the bullet marker at the head of a line (after leading spaces).
LineHead StripBulletMarker(std::string_view line);

// Tabs, NBSP and runs of spaces become one space; ends trimmed.
std::string CollapseSpaces(std::string_view text);

// "th", "st", "nd", "rd": an ordinal suffix that extraction split off as a superscript.
bool IsOrdinalSuffix(std::string_view text);

}  // namespace returns
