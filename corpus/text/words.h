// Whitespace-separated words of one physical line, with byte offsets, and the
// loose equality used to recognise table-cell text (names) inside a line.
// This is not the tokenizer (see tokenize.h): it only serves column recovery.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

struct Word {
  std::string_view text;
  size_t start = 0;  // byte offset in the line
  size_t end = 0;
};

std::vector<Word> SplitWords(std::string_view line);

// Case-insensitive (ASCII), curly and straight apostrophes alike, trailing
// '.', ',', ';' and ':' ignored: "Pilgrim’s" == "pilgrim's", "consortium." == "consortium".
bool SameWord(std::string_view a, std::string_view b);

// Words of a name as the register writes it.
std::vector<std::string> NameWords(std::string_view name);

// True when the text ends a sentence or a lead-in: . ! ? : (closing quotes allowed after).
bool EndsSentence(std::string_view text);

// True when the text ends with what a sentence cannot end on — a joining word
// ("and", "of", "the", "to", "with"…) or '&', ',', '/', '(', '-', '–' — so it
// goes on on the next line.
bool EndsWithJoiner(std::string_view text);

// Lower-case ASCII letters and digits, each run of anything else one
// `separator`, apostrophes (' and ’) dropped: the key behind slugs, theme ids
// and question matching. "St Mary’s, Hextable" → "st-marys-hextable" with '-'.
std::string AsciiKey(std::string_view text, char separator);

// The words of AsciiKey(text, ' '): "Section 3: Strengths" → {"section", "3", "strengths"}.
std::vector<std::string> AsciiKeyWords(std::string_view text);

// Trims ASCII whitespace (and NBSP) at both ends.
std::string_view Trim(std::string_view s);

}  // namespace returns
