// What the text of a lexicon may hold. A lexicon's strings reach output, the
// index and RE2, so they are checked before it is used:
//
//   - every string (name, version, ids, labels, descriptions, parents, rule
//     texts and parts, exclusions, pending cues) is valid UTF-8 without NUL
//     bytes or other control characters (U+0000-U+001F, U+007F-U+009F);
//     descriptions, rule texts, exclusions and cues may hold tabs and line
//     breaks ('\n');
//   - theme ids and parents are theme ids (theme_id.h): "learning_walks";
//     no theme is called "none" (kNoThemeId: the comments with no theme);
//   - patterns, exclusion patterns and cue patterns do not use RE2's \C, which matches any
//     byte and so can end a match inside a character. The escape counts only
//     where RE2 reads it as one: "\\C" is a backslash then C, "\Q\C\E" is
//     literal, and inside a class ("[\C]") RE2 itself refuses it as an
//     invalid escape, which is reported as an invalid pattern.
//
// CheckLexicon (check.h) reports every problem; Matcher::Compile refuses a
// lexicon with any. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace returns {

// Whether a string may hold tabs and line breaks ('\n').
enum class LineBreaks { kRefused, kAllowed };

// What is wrong with `text` as lexicon text, or empty: "is not valid UTF-8",
// "holds a NUL byte", "holds control character U+001B".
std::string TextProblem(std::string_view text, LineBreaks breaks);

// True when the RE2 pattern uses \C (any byte), as RE2 would read it.
bool UsesAnyByte(std::string_view pattern);

// Every problem above, in lexicon order, each an InvalidInput located at
// "file:line" of the string (a theme's id, label, description and parent at
// the theme's line; the name and version at the file).
std::vector<Status> TextProblems(const Lexicon& lexicon);

// `text` for a one-line message: control characters other than tab, and
// bytes that are not UTF-8, written \xNN; cut to about `max` bytes with "…".
std::string Printable(std::string_view text, size_t max = 80);

}  // namespace returns
