// The tag and index stages' input: records with a text to tag. Read from
// JSON Lines ({"id": …, "text": …, other fields passed through}) or from
// anything ingest reads, where each comment becomes a record carrying
// ingest's fields with `id` its comment id. Input order is kept; a line that
// is not a JSON object, or has no "text", is rejected with its reason.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/base/lines.h"
#include "corpus/register/register.h"
#include "corpus/base/status.h"
#include "corpus/intake/ingest.h"

namespace returns {

struct TagRecord {
  nlohmann::ordered_json fields;  // as read, `id` first
  std::string text;
  int question = 0;               // 0 when the record does not say
};

struct TagInput {
  std::vector<TagRecord> records;
  Ingested intake;  // files, records read and rejects (its returns are not kept)
};

// A file is JSON Lines when it ends in .jsonl/.json or its first non-blank
// byte is '{'; otherwise it goes to ingest with `options`.
Result<TagInput> ReadTagRecords(const std::vector<std::string>& paths, const Register& reg, const IngestOptions& options);

// Each comment of the returns as a record carrying the fields ingest writes, `id` its comment id.
std::vector<TagRecord> RecordsFromReturns(const std::vector<Return>& returns);

// JSON Lines from a stream (stdin). `source` names it in rejects.
TagInput ReadJsonlRecords(std::istream& in, const std::string& source);

// One JSON line as a record; false (and `reject` filled) when it cannot be one.
bool ParseJsonlRecord(const std::string& line, const std::string& source, int number, TagRecord& record,
                      Reject& reject);

// Whether `path` holds JSON Lines records (extension, else a leading '{').
bool IsJsonlInput(const std::string& path, InputFormat format);

}  // namespace returns
