// Reading the coding of a REFI-QDA project (.qdpx, or its project.qde alone)
// back as comments with themes: what `returns import-coding` writes as a
// gold file (coding.h) for `evaluate` and `agreement`, so a coder's work in
// NVivo, ATLAS.ti, MAXQDA or QualCoder measures the lexicon.
//
// Comments. A text source holds comments at the spans its description maps
// (refi_common.h: what `returns export` writes); a source without that map
// (made by another tool, or a tool that dropped the description) is split at
// blank lines, each paragraph a comment with the id "SOURCE NAME#n".
// Texts come from the source's plainTextPath (internal://…, in the archive's
// sources/ folder, whatever its case) or its PlainTextContent.
//
// Codes to theme ids, in this order: the GUID of a lexicon theme's code
// (refi::CodeGuid, what our export gives it); a theme's label or id equal to
// the code's name, exactly, then ignoring case; else ThemeId(name), noted
// (a code the coder made). The pending code (by GUID or name) marks the
// other codes of its selection as only planned there.
//
// Codings. A selection codes every comment its span overlaps (code points,
// end exclusive; a selection of no width, the comment it sits in); a coding
// of the whole source codes all its comments. A comment has each coded theme
// and its ancestors in the code tree; a theme is pending where every
// selection coding it (or a descendant) there also has the pending code.
//
// Nothing is dropped silently: sources that are not text, selections in no
// comment, codings of codes the project does not define, texts that are
// missing or not UTF-8 are counted in `notes`. Errors only for what is not a
// project at all. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

struct ImportedComment {
  std::string id;
  std::string round;  // the source's "round" variable; empty when none
  int question = 0;   // the source's "question" variable; 0 when none
  std::string text;   // NFC
  std::vector<std::string> themes;   // sorted, each once
  std::vector<std::string> pending;  // sorted, a subset of themes
};

struct RefiCoding {
  std::vector<ImportedComment> comments;  // sources in project order, comments in text order
  bool pending_coded = false;             // the project has the pending code
  size_t sources = 0, selections = 0, codings = 0;
  std::vector<std::string> notes;  // what was left out or guessed, one line each
};

// `bytes` is a .qdpx (a zip) or a project.qde (XML); `where` names it.
// `lexicon` maps codes to theme ids.
Result<RefiCoding> ReadRefiCoding(std::string_view bytes, const std::string& where, const Lexicon& lexicon);

// One JSON object a line: {"id", "round"?, "question"?, "text", "themes", "pending"?}
// ("pending" when the project has the pending code).
std::string GoldJsonl(const RefiCoding& coding);

}  // namespace returns
