// Reading a lexicon from YAML (yaml-cpp). Errors carry file and line.
//
//   name: kent-codebook
//   version: "2.0"
//   pending:                          # optional; absent: the built-in cues
//     cues:                           # the work has not happened yet
//       - phrases: [not yet, postponed]
//       - pattern: '(?i)\bwill\s+meet\b'
//         scope: sentence             # clause (default for cues), sentence, or match:
//                                     #   only the matches inside the cue's own text
//         questions: [4]              # optional
//     done:                           # some of it has (default scope: sentence)
//       - phrases: [took place, completed]
//   themes:
//     - id: moderation
//       label: Moderation
//       description: joint moderation of pupils' work or judgements
//       parent: assessment            # optional
//       rules:
//         - word: moderat*
//         - words: [levelling, standardisation]
//         - phrase: agreed judgements
//         - acronym: ELC
//         - pattern: 'Y[0-9]/[0-9]'
//         - near: governor* NEAR/5 training
//         - near: each other*|one another NEAR/3 support*
//         - all: [buy*|commission*, between us|together]
//           questions: [2, 3]         # optional, on any rule
//       exclude: [moderate progress]  # phrases
//       exclude_patterns: ['moderate(ly)? (good|well)']
//
// Parsing checks the shape, that the text is UTF-8, and the name and
// version; every other string keeps its line for CheckLexicon (check.h) and
// compiling (matcher.h), which check the text (lexicon_text.h), patterns, ids
// and parents. Thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace YAML {
class Exception;
class Node;
}

namespace returns {

Result<Lexicon> ParseLexiconYaml(const std::string& yaml_text, const std::string& source);
// The same on a document already parsed (load_lexicon.h parses a file once).
Result<Lexicon> ReadLexiconYaml(const YAML::Node& root, const std::string& source);
// yaml-cpp's error as a status: "SOURCE:LINE: bad YAML: what" (every YAML
// lexicon reader says it so).
Status BadYaml(const YAML::Exception& e, const std::string& source);
// `yaml_text` checked as UTF-8, parsed, and given to `read`; bad YAML is BadYaml.
Result<Lexicon> ParseYamlWith(const std::string& yaml_text, const std::string& source,
                              Result<Lexicon> (*read)(const YAML::Node& root, const std::string& source));
Result<Lexicon> LoadLexiconYaml(const std::string& path);

}  // namespace returns
