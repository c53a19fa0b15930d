// A database's vocabulary: every word of its comments' texts, as Xapian
// reads words, lower case, each once — what a wildcard expands against
// (index/query/wildcards.h). Kept in the metadata of every shard
// (schema::kVocabularyKey) as the words sorted bytewise, one a line: words
// hold no white space. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

// Adds the words of a kept vocabulary to `out`, then sorts `out` and keeps
// each word once.
void AddVocabulary(std::string_view kept, std::vector<std::string>& out);

// Sorted, each once, one a line: as the database keeps them.
std::string KeptVocabulary(std::vector<std::string_view> words);

}  // namespace returns
