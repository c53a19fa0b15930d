// The English word list redaction reads: which capitalised words are common
// English words ("Leading", "Smith" as in smith), which are proper nouns
// (given names, surnames, places: "Veronica", "Kent"), and which the list does
// not know ("Dinsdale", "Spellodrome").
//
// The list is Debian's `wbritish` (SCOWL, /usr/share/dict/british-english),
// one word a line: lower-case entries are common words, capitalised entries
// proper nouns; a word may be both ("Bill", "bill"). It is read at run time,
// not bundled: scripts/install-deps installs it, and a missing file is an
// error naming the package.
//
//   Result<EnglishWords> words = EnglishWords::Load(EnglishWords::DefaultPath());
//   words.value().Kind("Smith")  // {common: true, proper: true}
//
// Immutable once loaded; share it freely between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "corpus/base/status.h"

namespace returns {

struct WordKind {
  bool common = false;  // its lower-case form is in the list in lower case
  bool proper = false;  // it is in the list capitalised, as written
  bool known() const { return common || proper; }
  bool common_only() const { return common && !proper; }
};

class EnglishWords {
 public:
  // $RETURNS_WORDS when set, else /usr/share/dict/british-english.
  static std::string DefaultPath();
  // NotFound naming the Debian package when the file is missing.
  static Result<EnglishWords> Load(const std::string& path);
  // From a list's text (tests): one word a line.
  static EnglishWords FromText(std::string_view text);

  // A word as written in a comment: "Smith", "Smith’s" (a possessive is
  // looked past), "SMITH" (compared as "Smith").
  WordKind Kind(std::string_view word) const;
  size_t size() const { return words_ ? words_->common.size() + words_->proper.size() : 0; }

 private:
  struct Sets {
    std::unordered_set<std::string> common;  // lower-case entries
    std::unordered_set<std::string> proper;  // capitalised entries, as written
  };
  std::shared_ptr<const Sets> words_;
};

}  // namespace returns
