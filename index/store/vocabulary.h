// A database's vocabulary: every word of its comments' texts, as Xapian
// reads words, lower case, each once — what a wildcard expands against
// (index/query/wildcards.h). Kept in the metadata of every shard
// (schema::kVocabularyKey) as the words sorted bytewise, one a line: words
// hold no white space.
//
// The free functions are pure and thread-safe. A VocabularyBuilder gathers a
// writer's words; it is not thread-safe (the writer notes words on its own
// thread, after its workers have made each document's words unique).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace returns {

// Adds the words of a kept vocabulary to `out`, then sorts `out` and keeps
// each word once.
void AddVocabulary(std::string_view kept, std::vector<std::string>& out);

// Sorted, each once, one a line: as the database keeps them.
std::string KeptVocabulary(std::vector<std::string_view> words);

// The words a run writes, and what the database keeps after it:
//
//   VocabularyBuilder v;
//   v.Note(std::move(words));                  // as each document is encoded
//   db.set_metadata(key, v.Kept(db.get_metadata(key)));   // at commit
class VocabularyBuilder {
 public:
  // Adds words (moved from; `words` is left empty).
  void Note(std::vector<std::string>& words);

  // The run rewrites every comment (a Retag): the database's earlier
  // vocabulary is not kept, only the words noted.
  void Replace() { replace_ = true; }

  // The vocabulary after the run: `kept` (what the database held before,
  // unless Replace was called) with the words noted, as the database keeps it.
  std::string Kept(std::string_view kept) const;

 private:
  std::unordered_set<std::string> words_;
  bool replace_ = false;
};

}  // namespace returns
