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

// How a comment's text becomes terms (schema 8): each word stemmed by the
// English stemmer, 'Z'-prefixed, with its positions — for words, phrases and
// NEAR, which so match inflections in any case ("Learning Walk" finds
// "learning walks"). The words as written are not terms: Index() gives them
// back (lower case, as Xapian's term generator reads them), and the writer
// files each once in the database's word list, which a wildcard expands
// against ("moderat*": WordListTerms). Schema 3-7 kept every word twice,
// stemmed and as written, both with positions: the database was a third
// larger and indexing a third slower. Not thread-safe: one per thread.
class TextTerms {
 public:
  TextTerms();
  TextTerms(const TextTerms&) = delete;
  TextTerms& operator=(const TextTerms&) = delete;
  // Adds the terms of `text` to `doc`; returns the words of `text` as
  // written, lower case, distinct and sorted.
  std::vector<std::string> Index(const std::string& text, Xapian::Document& doc);

 private:
  // Sees each word the term generator reads (as a stop-word check that
  // stops nothing).
  class WordTap : public Xapian::Stopper {
   public:
    bool operator()(const std::string& word) const override;
    mutable std::vector<std::string> words;
  };
  WordTap tap_;
  Xapian::TermGenerator stemmed_;
};

// This thread's TextTerms.
TextTerms& ThreadTextTerms();

// The stemmed term of a word as written: "moderation" → "Zmoder".
std::string StemmedTerm(const std::string& word);

// The word list: a word as written is a key of the database's synonym table,
// with its stemmed term as its one synonym ("moderation" → "Zmoder"). Filed
// once per word (a word no comment holds any longer may stay: it matches
// nothing). The stemmed terms of the words that begin with `prefix`, distinct
// and sorted; across every shard of `db`.
std::vector<std::string> WordListTerms(const Xapian::Database& db, const std::string& prefix);

// A comment as the index writes it: its document and its words as written
// (TextTerms::Index), for the word list.
struct EncodedComment {
  Xapian::Document document;
  std::vector<std::string> words;
};

// REQUIRES: TermProblem(c) is empty.
EncodedComment EncodeComment(const CommentRecord& c, TextTerms& text_terms);

// Reads the document data back. Fails on data this schema did not write.
Result<CommentRecord> DecodeComment(const Xapian::Document& doc);
Result<CommentRecord> DecodeCommentData(const std::string& data, unsigned docid);

}  // namespace returns
