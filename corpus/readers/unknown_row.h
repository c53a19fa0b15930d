// Reading an appendix row (extracted text, columns one after the other) whose
// collaborative the register does not know: where its Collaborative and Lead
// School(s) cells end and its answer begins, by layout and by cues.
//
// Layout: a blank line, or two spaces inside a line, ends a cell (pdftotext
// sets each cell as a block of its own or keeps a gap between cells on one
// line). Cues: a collaborative's name ends in Partnership, Alliance, Hub,
// Collaborative, Consortium, Cluster, Group, Network, Trust… (a short name in
// brackets may follow); a lead school's in Primary, Junior, Infant, CEP, CE,
// School, Academy, Grammar… and several are listed with ',', ';', '&' or one
// a line. A cell that ended at neither a layout break nor a cue is a guess:
// the read says so, and the reader warns. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/text/words.h"

namespace returns {

// One line of the row: its text and words (views into the text).
struct RowLine {
  std::string_view text;
  const std::vector<Word>* words = nullptr;
  size_t first = 0;  // words before this one are the district's
};

struct UnknownRowRead {
  std::string collaborative;
  std::vector<std::string> lead_schools;
  std::vector<size_t> offsets;  // per line: the byte where its answer text begins (its size: none)
  bool sure = true;             // each cell ended at a layout break or a cue
  std::string doubt;            // when not sure: which cell was guessed
};

UnknownRowRead ReadUnknownRow(const std::vector<RowLine>& lines);

// After a district name at a line's start, do the words from `first` on read
// as a sentence ("Dover schools have joined…", "Canterbury Christ Church
// University has supported…") rather than a collaborative's name: a word in
// lower case before any word a collaborative's name ends in.
bool ReadsAsSentence(const std::vector<Word>& words, size_t first);

}  // namespace returns
