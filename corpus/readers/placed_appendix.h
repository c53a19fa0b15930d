// Returns from an appendix read by position (placed_table.h): a PDF's own
// geometry, or the columns `pdftotext -layout` printed.
//
// Each row is one return. Its district is the District cell; its
// collaborative the Collaborative cell's lines joined; its lead schools the
// Lead School(s) cell, split as the register spells the collaborative's
// schools when it knows it, else by line ends, ';', and ',' between names
// that end like schools (name_cues.h). The answer cell's lines go to the
// segmenter with what the positions tell: where a line wrapped, where space
// opened a paragraph, where an indented line began a list item — so a bullet
// drawn, not written, still starts a comment. Nothing depends on the register
// knowing the collaborative.
//
// Pure; thread-safe; `reg` is only read.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "corpus/readers/appendix_reader.h"
#include "corpus/readers/placed_text.h"
#include "corpus/register/register.h"

namespace returns {

// Fails as ReadPlacedTables does (no header, no question, no rows).
Result<AppendixRead> ReadPlacedAppendix(const PlacedText& text, const std::string& source, const Register& reg);

}  // namespace returns
