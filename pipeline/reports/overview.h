// Per-question overview of a batch: returns, comments, districts and
// collaboratives (distinct canonical names). Pure; thread-safe.
#pragma once

#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "corpus/model/record_sink.h"

namespace returns {

struct QuestionCounts {
  int returns = 0;
  int comments = 0;
  int districts = 0;
  int collaboratives = 0;
};

// Counts the records it is given, as a sink: returns are distinct return
// ids, collaboratives distinct register names (else as written).
class QuestionCounter : public RecordSink {
 public:
  Status Write(const std::vector<CommentRecord>& batch, int jobs) override;
  Status Finish() override { return Status::OK(); }
  // Keyed by question number; questions with no comments are absent.
  std::map<int, QuestionCounts> counts() const;

 private:
  std::map<int, std::set<std::string>> returns_, districts_, collaboratives_;
  std::map<int, int> comments_;
};

// An aligned table with the question wordings and a total row.
void WriteOverview(const std::map<int, QuestionCounts>& counts, std::ostream& out);

}  // namespace returns
