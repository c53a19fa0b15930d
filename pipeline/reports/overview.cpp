#include "pipeline/reports/overview.h"

#include <cstdio>
#include <string>

#include "corpus/register/question.h"

namespace returns {

Status QuestionCounter::Write(const std::vector<CommentRecord>& batch, int /*jobs*/) {
  for (const CommentRecord& r : batch) {
    ++comments_[r.question];
    returns_[r.question].insert(r.round + "/" + r.return_key());
    districts_[r.question];  // a question whose returns give no district counts none
    if (!r.district.empty()) districts_[r.question].insert(r.district);
    collaboratives_[r.question].insert(r.collaborative_name());
  }
  return Status::OK();
}

std::map<int, QuestionCounts> QuestionCounter::counts() const {
  std::map<int, QuestionCounts> out;
  for (const auto& [q, n] : comments_) {
    QuestionCounts& c = out[q];
    c.comments = n;
    c.returns = static_cast<int>(returns_.at(q).size());
    c.districts = static_cast<int>(districts_.at(q).size());
    c.collaboratives = static_cast<int>(collaboratives_.at(q).size());
  }
  return out;
}

void WriteOverview(const std::map<int, QuestionCounts>& counts, std::ostream& out) {
  char row[256];
  std::snprintf(row, sizeof row, "%-4s %-66s %7s %8s %9s %14s\n", "Q", "Question", "returns", "comments",
                "districts", "collaboratives");
  out << row;
  QuestionCounts total;
  for (const auto& [q, c] : counts) {
    std::snprintf(row, sizeof row, "%-4d %-66.66s %7d %8d %9d %14d\n", q, std::string(QuestionWording(q)).c_str(),
                  c.returns, c.comments, c.districts, c.collaboratives);
    out << row;
    total.returns += c.returns;
    total.comments += c.comments;
  }
  std::snprintf(row, sizeof row, "%-4s %-66s %7d %8d\n", "all", "", total.returns, total.comments);
  out << row;
}

}  // namespace returns
