// The comment codec: the one JSON form of a comment record, for every place
// a comment becomes JSON or JSON becomes a comment — `ingest` and `tag`
// output, JSON Lines input to `tag` and `index`, the index's document data,
// `search --format json`.
//
// One field order and one meaning per name (README, "The comment record"):
//
//   id, return_id, comment_id, district, collaborative, collaborative_canonical,
//   lead_schools, lead_schools_canonical, question, round, position, heading,
//   text, start, end, source, line, return_line,
//   <other input fields, in their order, as read>,
//   themes, pending, matches            (when tagged)
//   lexicon {name, version}             (when the writer is given one)
//
// Only the fields a record has are written (CommentRecord::has). Writing
// builds no document; reading uses simdjson's On Demand parser and keeps
// fields it does not know as raw JSON text, validated.
#pragma once

#include <string>
#include <string_view>

#include <simdjson.h>

#include "corpus/codec/json_writer.h"
#include "corpus/model/comment_record.h"

namespace returns {

struct CommentJsonOptions {
  bool tags = true;                      // themes, pending, matches when the record is tagged
  const std::string* lexicon_name = nullptr;  // with version: a "lexicon" object last
  const std::string* lexicon_version = nullptr;
};

// Writes the record as one JSON object.
void WriteCommentJson(const CommentRecord& record, JsonWriter& out, const CommentJsonOptions& options = {});

// The record's fields alone, into an object the caller has begun (search
// results put their rank and score first).
void WriteCommentFields(const CommentRecord& record, JsonWriter& out, const CommentJsonOptions& options = {});

// The record as one JSON line (object and '\n') appended to `out`.
void AppendCommentJsonLine(const CommentRecord& record, std::string& out, const CommentJsonOptions& options = {});

// An attribute's value as text (CommentRecord::attributes hold JSON text): a
// JSON string's characters, unescaped; any other JSON value (a number, true,
// an array) its JSON text as written. Filters match on this text.
std::string AttributeText(std::string_view json);

// Reads comment records from JSON text. Holds simdjson's parser and buffers:
// one per thread, reused for every line.
class CommentJsonReader {
 public:
  enum class Problem { kNone, kInvalidUtf8, kNotJson, kNoText };

  // Fills `record` from one JSON object (`record` is reset first). The text
  // is put in NFC. Fails when the bytes are not UTF-8, not one JSON object,
  // or there is no string "text".
  Problem Read(std::string_view json, CommentRecord& record);

 private:
  bool ReadField(std::string_view key, simdjson::ondemand::value value, CommentRecord& record);
  bool Validate(std::string_view json);
  template <typename Fn>
  bool Reparse(std::string_view json, Fn fn);

  simdjson::ondemand::parser parser_;
  simdjson::ondemand::parser nested_parser_;
  std::string buffer_;
  std::string nested_buffer_;
};

}  // namespace returns
