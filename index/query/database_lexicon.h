// The lexicon a database's themes are named by: the one given (--lexicon),
// else the lexicon kept in the database (its text, so labels never depend on
// where a command runs), else — a database written before lexicons were kept —
// the bundled default. Reads only; thread-safe for distinct readers.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "index/store/index_reader.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

Result<Lexicon> DatabaseLexicon(const IndexReader& index, const std::string& lexicon_path);

}  // namespace returns
