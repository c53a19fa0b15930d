// Building the Redactor a command or the web page uses: the names to keep
// from the register (collaboratives, aliases, lead schools, districts) and
// the lexicon (theme labels, phrases), the English word list, and the user's
// lists of names to redact and to keep.
//
//   RedactSettings settings;               // from --redact-style, --redact-list, --keep-list
//   Result<Redactor> r = BuildRedactor(reg, lexicon, settings);
//
// Pure functions of their inputs (and the files they name); thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/register/register.h"
#include "lexicon/codebook/lexicon.h"
#include "lexicon/redact/redactor.h"

namespace returns {

struct RedactSettings {
  RedactStyle style = RedactStyle::kName;
  std::string redact_list;  // file: names always redacted, one a line ('#' a comment); empty: none
  std::string keep_list;    // file: names and words never redacted, the same way; empty: none
  std::string words_path;   // English word list; empty: EnglishWords::DefaultPath()
};

// "name" or "initials"; InvalidInput otherwise.
Result<RedactStyle> ParseRedactStyle(const std::string& text);

// A list file: one name a line, blank lines and '#' comments skipped.
// NotFound when it cannot be read; InvalidInput "file:line: …" for a line with no word.
Result<std::vector<std::string>> ReadNameList(const std::string& path);

// What the register and the lexicon say to keep, and the first words of
// collaboratives' and districts' names (never a given name: "Hythe", "West";
// lead schools' are not taken: "Stella Maris", "Hugh Christie").
RedactorOptions NamesToKeep(const Register& reg, const Lexicon& lexicon);

Result<Redactor> BuildRedactor(const Register& reg, const Lexicon& lexicon, const RedactSettings& settings);

}  // namespace returns
