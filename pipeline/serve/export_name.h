// Names of the files the web page exports: what they hold, in words a file
// list shows, and nothing else — lower-case ASCII letters, digits and hyphens
// only, so a name can neither leave the folder it is saved in nor break a
// header: "appendix-theme-moderation-district-dover.docx".
// Pure function; thread-safe.
#pragma once

#include <string>

namespace returns::serve {

// `what` ("appendix", "summary") and the selection in words
// (DescribeSelection: "theme moderation, district Dover"), then the extension;
// at most 120 characters before it.
std::string ExportFileName(const std::string& what, const std::string& selection, const std::string& extension);

}  // namespace returns::serve
