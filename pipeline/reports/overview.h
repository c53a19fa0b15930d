// Per-question overview of a batch: returns, comments, districts and
// collaboratives (distinct canonical names). Pure; thread-safe.
#pragma once

#include <map>
#include <ostream>
#include <vector>

#include "corpus/model/model.h"

namespace returns {

struct QuestionCounts {
  int returns = 0;
  int comments = 0;
  int districts = 0;
  int collaboratives = 0;
};

// Keyed by question number; questions with no returns are absent.
std::map<int, QuestionCounts> CountByQuestion(const std::vector<Return>& returns);

// An aligned table with the question wordings and a total row.
void WriteOverview(const std::map<int, QuestionCounts>& counts, std::ostream& out);

}  // namespace returns
