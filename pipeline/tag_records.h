// The tag stage's input: records with a text to tag. Read from JSON Lines
// ({"id": …, "text": …, other fields passed through}) or from anything ingest
// reads, where each comment becomes a record carrying ingest's fields with
// `id` its comment id. Input order is kept. Thread-safe (no shared state).
#pragma once

#include <istream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/register.h"
#include "corpus/status.h"

namespace returns {

struct TagRecord {
  nlohmann::ordered_json fields;  // as read, `id` first
  std::string text;
  int question = 0;               // 0 when the record does not say
};

// A file is JSON Lines when it ends in .jsonl/.json or its first non-blank
// byte is '{'; otherwise it goes to ingest. Errors name file and line.
Result<std::vector<TagRecord>> ReadTagRecords(const std::vector<std::string>& paths, const Register& reg);

// JSON Lines from a stream (stdin). `source` names it in errors.
Result<std::vector<TagRecord>> ReadJsonlRecords(std::istream& in, const std::string& source);

}  // namespace returns
