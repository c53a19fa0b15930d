// Officers' corrections to the tagger's themes, kept apart from the index
// (the page never changes the index): a JSON Lines file, one correction a
// line, in the form `returns evaluate --gold` reads. Each line is the comment
// with the themes the officer says it has, then what was corrected and when:
//
//   {"id":"q2/raid/priory-fields#3","round":"2013-03","return_id":"q2/raid/priory-fields",
//    "question":2,"text":"…","themes":["literacy"],"tagged":["literacy","moderation"],
//    "correction":{"action":"wrong","theme":"moderation"},"at":"2026-11-30T10:04:05Z"}
//
// `themes` is what the officer says after this correction: the themes the
// comment's latest line gave (else the tagger's, `tagged`) with the theme
// taken away ("wrong") or added ("missing"). `evaluate` keeps the last line
// of each comment, so the file is both the log and the gold set.
//
// Thread-safe: a CorrectionsFile serialises its appends and reads; each line
// is written whole, in one append, and flushed to disk before Append returns.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/comment_record.h"

namespace returns::serve {

enum class CorrectionAction { kWrong, kMissing };

// "wrong", "missing"; and back (nullopt-like: false when the name is neither).
const char* ActionName(CorrectionAction action);
bool ActionNamed(const std::string& name, CorrectionAction& out);

struct Correction {
  std::string id;         // the comment's id (its comment id, else its record id)
  std::string round;
  std::string return_id;
  int question = 0;
  std::string text;
  std::vector<std::string> themes;  // the officer's, after this correction; sorted
  std::vector<std::string> tagged;  // the tagger's
  CorrectionAction action = CorrectionAction::kWrong;
  std::string theme;
  std::string at;         // UTC, ISO 8601
  int line = 0;           // the line it was read from
};

// The themes a comment has as its corrections leave them: the last of
// `earlier` for that comment, else the tagger's.
std::vector<std::string> CurrentThemes(const CommentRecord& comment, const std::vector<Correction>& earlier);

// The correction of `comment` by `action` on `theme`, after `earlier` ones
// (any comments'). InvalidInput when it changes nothing: marking wrong a theme
// the comment does not have, adding one it has.
Result<Correction> MakeCorrection(const CommentRecord& comment, const std::vector<Correction>& earlier,
                                  CorrectionAction action, const std::string& theme, const std::string& at);

// The JSON line (with its "\n") and back; `where` ("file:line") names a bad line.
std::string CorrectionLine(const Correction& c);
Result<Correction> ReadCorrectionLine(const std::string& line, const std::string& where);

class CorrectionsFile {
 public:
  explicit CorrectionsFile(std::string path) : path_(std::move(path)) {}
  const std::string& path() const { return path_; }

  // Fails when the file could not be appended to (its folder missing or
  // read-only), without writing anything: checked before serving.
  Status CheckWritable() const;
  // Every correction, oldest first; none when there is no file yet.
  Result<std::vector<Correction>> ReadAll() const;
  Status Append(const Correction& c);

 private:
  std::string path_;
  mutable std::mutex mutex_;
};

}  // namespace returns::serve
