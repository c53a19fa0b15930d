// What every intake reader gives back: the returns it took, and every record
// it could not take with the reason — nothing is dropped silently.
#pragma once

#include <string>
#include <vector>

#include "corpus/model/model.h"

namespace returns {

// Reject reasons, named in rejects files and totals lines.
namespace reject {
inline constexpr const char* kInvalidUtf8 = "invalid UTF-8";
inline constexpr const char* kFieldCount = "wrong number of fields";
inline constexpr const char* kMissingField = "missing required field";
inline constexpr const char* kEmptyAnswer = "empty answer";
inline constexpr const char* kUnknownQuestion = "unknown question";
inline constexpr const char* kDuplicate = "duplicate within the batch";
inline constexpr const char* kTooLarge = "record over the size limit";
inline constexpr const char* kNotJson = "not a JSON object";
inline constexpr const char* kFieldTooLong = "field too long for the index";
// Not a rejection: an answer a later submission of the same form replaced
// (resubmissions.h); listed with the rejects, neither taken nor an error.
inline constexpr const char* kReplaced = "replaced by a later answer";
inline constexpr const char* kNoRound = "no round";  // where a round is required (index)
}  // namespace reject

struct Reject {
  std::string source;
  int line = 0;
  std::string reason;  // one of reject::…
  std::string detail;  // e.g. which field, which limit
  std::string raw;     // the record as read (valid UTF-8; invalid bytes replaced)
};

struct IntakeResult {
  std::vector<Return> returns;
  std::vector<Reject> rejects;
  std::vector<Reject> replaced;       // answers a later submission replaced (reason reject::kReplaced)
  std::vector<std::string> warnings;  // "file:line: warning: …"
  int records = 0;  // input records read (rows, documents' answers, JSON lines)
  int no_answer = 0;  // of those, questions a document leaves unanswered: neither returns nor rejects
};

// The largest answer a record may hold, in bytes.
constexpr size_t kMaxAnswerBytes = 100000;

}  // namespace returns
