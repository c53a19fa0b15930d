// A comment record to and from a Xapian document: terms, values and the
// document data, so what search returns is the record that was indexed.
//
// The data is the record as the comment codec writes it without its tags,
// then a NUL byte and the tags packed (packed.h): a table of the theme ids and
// rule names they use, the themes and pending themes as indexes into it, and
// each match as theme, rule, start and length — its text is the span of the
// comment's text, written out only where it is not. (A JSON object per match
// was half the data.) Data of versions 2-4, the whole record as JSON, is read
// too: `returns reindex` rewrites an old database with it.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"

namespace returns {

// The unique id term of a comment in a round.
std::string IdTerm(const CommentRecord& c);

// The term all comments of one return in one round share.
std::string ReturnTerm(const CommentRecord& c);

// The term all comments read from one source file into one round share
// (round and the source path as recorded, lexically normalised: "./a.md" is
// "a.md"; hashed when too long for a term), so that indexing the file again
// replaces every comment it gave before, whatever their return ids. Empty
// for a record with no source or no round: no such term.
std::string SourceTerm(const CommentRecord& c);

// Xapian refuses terms longer than this many bytes (and the whole run with them).
constexpr size_t kMaxTermBytes = 245;

// `prefix` + `key` when that fits in kMaxTermBytes, else `prefix` + '#' and
// the key's StableHash in 16 hex digits (REQUIRES: prefix of at most 228
// bytes). Exact but for a 1 in 2^64 chance; a key whose term fits is never
// hashed, so a key starting with '#' must be told apart by the caller.
std::string TermOrHash(const std::string& prefix, std::string_view key);

// The term of one attribute, `name` and its value as text (AttributeText in
// comment_json.h): schema::kAttributePrefix, the name key, then '=' and the
// value key (schema.h), or — too long for a term — '#' and the hash of '='
// and the value key; a name key of over 100 bytes is itself '#' and its hash.
// A comment has one such term per attribute; a filter looks for the same term.
std::string AttributeTerm(std::string_view name, std::string_view value);

// Which of the record's fields makes a term too long for Xapian ("collaborative:
// 312 bytes…"), or empty when every term fits. Check before EncodeComment.
std::string TermProblem(const CommentRecord& c);

// How a comment's text becomes terms (schema 9): each word stemmed by the
// English stemmer, 'Z'-prefixed, with its positions — for words, phrases and
// NEAR, which so match inflections in any case ("Learning Walk" finds
// "learning walks"). The words as written are not terms (schema 3-8 had
// them, for wildcards: a tenth of the database and a fifth of the CPU of
// `index`): each word the text holds is noted instead, lower case, as Xapian
// reads words, and the database keeps the set of them once
// (schema::kVocabularyKey), against which a wildcard expands
// (index/query/wildcards.h). Not thread-safe: one per thread.
class TextTerms {
 public:
  TextTerms();
  TextTerms(const TextTerms&) = delete;  // its stemmer notes into its own words_
  TextTerms& operator=(const TextTerms&) = delete;
  // Adds the terms of `text` to `doc`, and notes its words.
  void Index(const std::string& text, Xapian::Document& doc);
  // Moves the words noted since the last call to the end of `out` (each
  // time it occurs, lower case).
  void TakeWords(std::vector<std::string>& out);

 private:
  std::vector<std::string> words_;  // (before stemmed_: its stemmer points here)
  Xapian::TermGenerator stemmed_;
};

// This thread's TextTerms.
TextTerms& ThreadTextTerms();

// REQUIRES: TermProblem(c) is empty.
Xapian::Document EncodeComment(const CommentRecord& c, TextTerms& text_terms);

// Reads the document data back. Fails on data this schema did not write.
Result<CommentRecord> DecodeComment(const Xapian::Document& doc);
Result<CommentRecord> DecodeCommentData(const std::string& data, unsigned docid);

}  // namespace returns
