// Fuzz target: one JSON Lines record through the comment codec. A line the
// reader takes is written back and read again: the second reading gives the
// same record (the codec's round trip), and nothing crashes on any input.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus/codec/comment_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  returns::CommentJsonReader reader;
  returns::CommentRecord record;
  if (reader.Read(line, record) != returns::CommentJsonReader::Problem::kNone) return 0;
  std::string once;
  returns::AppendCommentJsonLine(record, once, {});
  returns::CommentRecord again;
  if (reader.Read(std::string_view(once).substr(0, once.size() - 1), again) != returns::CommentJsonReader::Problem::kNone) {
    std::abort();
  }
  std::string twice;
  returns::AppendCommentJsonLine(again, twice, {});
  if (once != twice) std::abort();
  return 0;
}
