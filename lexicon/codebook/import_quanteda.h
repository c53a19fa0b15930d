// Importing a quanteda dictionary in YAML (quanteda's dictionary(file =
// "x.yml"), or as.yaml of a dictionary): each key a theme, its entries the
// theme's rules; a key nested in another is a theme with that parent.
//
//   learning:                    # a key: the theme `learning`
//     walks: [learning walk*, walkthrough*]   # nested: `walks`, parent `learning`
//     visits:
//       - visit*
//   governance: [governor*, governing bod*]
//
// Entries are globs as quanteda reads them by default (valuetype "glob"):
// '*' any run of characters; an entry of several words (quanteda's phrase,
// split at spaces) is a phrase rule. quanteda's '?' (any one character) and
// entries that look like regular expressions (quanteda's valuetype "regex",
// which the file does not record) cannot be represented: each is reported in
// Lexicon::warnings with its line, not imported. Ids are made from the keys
// as WordStat categories' are (theme_id.h: DistinctThemeId).
//
// IsQuantedaYaml says which YAML a lexicon file is: ours has a top-level
// `themes`, `name` or `version` key; any other map of keys is a quanteda
// dictionary. Pure; thread-safe.
#pragma once

#include <string>

#include "corpus/base/status.h"
#include "lexicon/codebook/lexicon.h"

namespace YAML {
class Node;
}

namespace returns {

// True when `yaml_text` is a YAML map without `themes`, `name` or `version`
// at the top. False for anything else, YAML that does not parse included
// (our reader then reports the problem).
bool IsQuantedaYaml(const std::string& yaml_text);

Result<Lexicon> ParseQuantedaYaml(const std::string& yaml_text, const std::string& source);

// The same two on a document already parsed (ParseLexicon parses a file once
// to tell which it is, then reads it).
bool IsQuantedaYaml(const YAML::Node& root);
Result<Lexicon> ReadQuantedaYaml(const YAML::Node& root, const std::string& source);

}  // namespace returns
