// The styles of the Word documents we write (word/styles.xml), and taking a
// reference document's styles in their place. Used by DocxDocument (docx.h);
// the style ids are listed there. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

// Our styles.xml: Arial, black text, blue headings, the table and comment
// styles, ThemeMatch bold on yellow.
const std::string& DefaultDocxStyles();

// `reference_styles` (a styles.xml) with our styles added for each style id
// it lacks. InvalidInput (naming `where`) when it is not a styles part.
Result<std::string> MergeDocxStyles(std::string_view reference_styles, const std::string& where);

}  // namespace returns
