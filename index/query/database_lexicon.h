// The lexicon a database's themes are named by: the one given (--lexicon),
// else the lexicon kept in the database (its text, so labels never depend on
// where a command runs), else — a database written before lexicons were kept —
// the bundled default. Reads only; thread-safe for distinct readers.
//
// What a theme is called — its id and label, for resolving `theme:` names
// (filter_values.h) — the database also keeps apart, as a list written beside
// the lexicon (KeptThemeNames): DatabaseThemeNames reads that list, which
// costs nothing, where parsing the default lexicon's YAML costs a one-off
// search some 35 ms. A database written before the list was kept, or one
// searched with another lexicon, has its lexicon parsed instead.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "index/store/index_reader.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> DatabaseLexicon(const IndexReader& index, const std::string& lexicon_path);

// A lexicon's name and its themes' ids and labels, in its order.
struct ThemeNames {
  struct Name {
    std::string id, label;
  };
  std::string lexicon;
  std::vector<Name> themes;
};

ThemeNames ThemeNamesOf(const Lexicon& lexicon);

// The list IndexWriterOptions::lexicon_themes keeps: a first line naming the
// lexicon text it was read from ("text SIZE CRC32", zlib's CRC-32 in hex),
// then "id<TAB>label" a line. Empty (keep none) when an id or label holds a
// tab or a line break.
std::string KeptThemeNames(const Lexicon& lexicon, const std::string& lexicon_text);

// The names of DatabaseLexicon(index, lexicon_path)'s themes: from the kept
// list when no other lexicon is given and the database has one read from the
// text it keeps now (a writer that did not know the list may have replaced
// the text: the text is parsed then); Corruption (the database named) when
// that list is not lines of "id<TAB>label".
Result<ThemeNames> DatabaseThemeNames(const IndexReader& index, const std::string& lexicon_path);

}  // namespace returns
