// Loading a lexicon in any format users have, chosen by file extension:
// .yaml/.yml (ours, or a quanteda dictionary: import_quanteda.h says which),
// .dic (LIWC), .cat (WordStat). Errors name file and line.
//
// A lexicon's file can also be kept as text and parsed later (the index
// keeps the text of the lexicon it was built with, so that labels never
// depend on where a command runs): ReadLexiconFile, then ParseLexicon.
// Thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

// A lexicon file's text, as read, and its format: "yaml", "dic" or "cat".
struct LexiconFile {
  std::string text;
  std::string format;
};

// The format a file's extension names ("yaml" for anything but .dic and .cat).
std::string LexiconFormatOf(const std::string& path);

// The file's bytes, checked to be UTF-8 (the error gives the byte offset).
Result<LexiconFile> ReadLexiconFile(const std::string& path);

// Parses a lexicon's text in its format; `source` names it in errors and in
// Lexicon::source. Fails on an unknown format.
Result<Lexicon> ParseLexicon(const LexiconFile& file, const std::string& source);

Result<Lexicon> LoadLexicon(const std::string& path);

}  // namespace returns
