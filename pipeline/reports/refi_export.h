// A selection of comments as a REFI-QDA project (.qdpx, REFI-QDA 1.5): the
// file NVivo, ATLAS.ti, MAXQDA and QualCoder import, with our tagging as
// their codings.
//
//   project.qde    the project (namespace urn:QDA-XML:project:1.0):
//     Users        one user, returns, who made every coding
//     CodeBook     the lexicon's themes as codes, and the pending code (refi_codebook.h);
//                  a theme matched that the lexicon lacks, a code named by its id
//     Variables    district, collaborative, lead schools, question (an
//                  integer), round
//     Cases        one per collaborative: its returns (SourceRef), its district
//     Sources      one TextSource per return (a return in a round): its
//                  selected comments as plain UTF-8 text in sources/GUID.txt,
//                  the comment map in its description, its variables, and
//                  one PlainTextSelection per theme match, in code points of
//                  that text (end exclusive), named by the words matched,
//                  described by the rule that fired, with a Coding of the
//                  match's theme — and of the pending code when the match
//                  is only planned.
//   sources/*.txt  the returns' texts
//
// No clock and no randomness: GUIDs are made from ids (refi_common.h), zip
// entries carry a fixed time, so the same database gives the same bytes.
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

struct RefiExportOptions {
  std::string project_name = "returns";  // the Project's name
  std::string origin = "returns";        // the program that made it ("returns 1.4.0")
  std::string description;               // the selection, in words
};

struct RefiExportCounts {
  size_t codes = 0;       // themes, and the pending code
  size_t sources = 0;     // returns
  size_t comments = 0;
  size_t selections = 0;  // theme matches
  size_t codings = 0;     // a theme's coding per selection, and the pending code's
};

struct RefiProject {
  std::string project_qde;  // the XML
  std::vector<std::pair<std::string, std::string>> sources;  // part name ("sources/GUID.txt"), text
  RefiExportCounts counts;
};

// The project of `comments` (tagged; in appendix order, as Select gives
// them) coded with `lexicon`'s themes. InvalidInput when a match's span is not
// inside its comment's text on character boundaries (a record not made by our
// tagger).
Result<RefiProject> MakeRefiProject(const std::vector<CommentRecord>& comments, const Lexicon& lexicon,
                                    const RefiExportOptions& options);

// The project zipped: the bytes of a .qdpx file. `where` names it in errors.
Result<std::string> QdpxBytes(const RefiProject& project, const std::string& where);

}  // namespace returns
