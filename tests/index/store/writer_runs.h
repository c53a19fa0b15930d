// Test helpers for index writer runs: comments made to order, a run of
// them added and committed, and what a reader then sees. Header-only, for
// the tests of index/store.
#pragma once

#include <catch2/catch.hpp>
#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"
#include "index/store/document_codec.h"
#include "index/store/index_reader.h"
#include "index/store/index_writer.h"

namespace returns::test {

// Comment `position` of a return of `round`, filed under `collaborative`.
inline CommentRecord Comment(const std::string& round, const std::string& return_id, int position, const std::string& text,
                      const std::string& collaborative = "Samphire Hub",
                      std::optional<std::string> canonical = std::nullopt) {
  CommentRecord r;
  r.return_id = return_id;
  r.comment_id = return_id + "#" + std::to_string(position);
  r.id = r.comment_id;
  r.district = "Dover";
  r.collaborative = collaborative;
  r.collaborative_canonical = std::move(canonical);
  r.lead_schools = {"Hoath Primary"};
  r.question = 2;
  r.round = round;
  r.position = position;
  r.text = text;
  r.source = "test";
  r.present = returns::kReturnFields;
  r.set(returns::Field::kId);
  return r;
}

// The comments as read from the file `source` (by an intake reader, in this run).
inline std::vector<CommentRecord> From(const std::string& source, std::vector<CommentRecord> comments) {
  for (CommentRecord& c : comments) {
    c.source = source;
    c.source_read_here = true;
  }
  return comments;
}

// The comments as JSON Lines records carry them: `source` a field written elsewhere.
inline std::vector<CommentRecord> Carrying(const std::string& source, std::vector<CommentRecord> comments) {
  for (CommentRecord& c : comments) {
    c.source = source;
    c.source_read_here = false;
  }
  return comments;
}

inline std::unique_ptr<IndexWriter> OpenWriter(const std::string& dir, const IndexWriterOptions& options = {}) {
  auto writer = IndexWriter::Open(dir, options);
  INFO(writer.status().ToString());
  REQUIRE(writer.ok());
  return std::move(writer).value();
}

// One run: the comments added one by one, then committed.
inline void Index(const std::string& dir, const std::vector<CommentRecord>& comments, const IndexWriterOptions& options = {}) {
  auto writer = OpenWriter(dir, options);
  for (const CommentRecord& c : comments) REQUIRE(writer->Add(c).ok());
  REQUIRE(writer->Commit().ok());
}

// What a reader sees: round/comment key → text.
inline std::map<std::string, std::string> Stored(const std::string& dir) {
  const auto reader = returns::IndexReader::Open(dir);
  INFO(reader.status().ToString());
  REQUIRE(reader.ok());
  const Xapian::Database& db = reader.value().db();
  std::map<std::string, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const auto c = returns::DecodeComment(db.get_document(*it));
    REQUIRE(c.ok());
    out[c.value().round + "/" + c.value().comment_key()] = c.value().text;
  }
  CHECK(out.size() == db.get_doccount());
  return out;
}

}  // namespace returns::test
