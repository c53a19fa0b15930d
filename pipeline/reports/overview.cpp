#include "pipeline/reports/overview.h"

#include <cstdio>
#include <set>
#include <string>

#include "corpus/register/question.h"

namespace returns {

std::map<int, QuestionCounts> CountByQuestion(const std::vector<Return>& returns) {
  std::map<int, std::set<std::string>> districts, collaboratives;
  std::map<int, QuestionCounts> out;
  for (const Return& r : returns) {
    QuestionCounts& c = out[r.question];
    ++c.returns;
    c.comments += static_cast<int>(r.comments.size());
    districts[r.question].insert(r.district);
    collaboratives[r.question].insert(r.collaborative_canonical ? *r.collaborative_canonical : r.collaborative);
  }
  for (auto& [q, c] : out) {
    c.districts = static_cast<int>(districts[q].size());
    c.collaboratives = static_cast<int>(collaboratives[q].size());
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
