// A lexicon as a REFI-QDA codebook: each theme a code (name: its label;
// description: its description; GUID: refi::CodeGuid of its id), nested
// under its parent's code, in lexicon order; then the pending code
// (refi_common.h). A theme whose parent the lexicon lacks, or that sits in
// a cycle of parents, is a top-level code. Written as the Codes of a project
// (refi_export.h) or alone as a .qdc file (namespace urn:QDA-XML:codebook:1.0).
// Deterministic; pure; thread-safe.
#pragma once

#include <string>

#include "lexicon/codebook/lexicon.h"

namespace pugi {
class xml_node;
}

namespace returns::refi {

// Appends a <Codes> element with every code to `parent` (a <CodeBook>).
// Returns the number of codes written (themes + 1, the pending code).
size_t AppendCodes(pugi::xml_node parent, const Lexicon& lexicon);

// The .qdc file: <CodeBook origin="…"> with the codes.
std::string CodebookQdc(const Lexicon& lexicon, const std::string& origin);

}  // namespace returns::refi
