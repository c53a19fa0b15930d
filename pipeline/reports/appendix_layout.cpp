#include "pipeline/reports/appendix_layout.h"

#include <set>

#include "corpus/register/question.h"
#include "index/query/search.h"
#include "pipeline/reports/wording.h"

namespace returns::appendix {

std::map<int, std::vector<Row>> Group(const std::vector<CommentRecord>& comments) {
  std::map<int, std::vector<Row>> out;
  std::map<int, std::map<std::string, size_t>> row_of;  // question → return key → row index
  for (const CommentRecord& c : comments) {
    std::vector<Row>& rows = out[c.question];
    const std::string key = c.round + "/" + c.return_key();
    auto [it, inserted] = row_of[c.question].emplace(key, rows.size());
    if (inserted) rows.push_back(Row{&c, {}});
    rows[it->second].comments.push_back(&c);
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> MarkedSpans(const CommentRecord& c, const AppendixOptions& o) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : c.tagging().matches) {
    bool wanted = o.mark_themes.empty();
    for (const std::string& t : o.mark_themes) wanted = wanted || t == m.theme;
    if (wanted) spans.emplace_back(m.start, m.end);
  }
  return MergeSpans(std::move(spans));
}

std::string Counts(const std::vector<CommentRecord>& comments) {
  std::set<std::string> returns, collaboratives;
  for (const CommentRecord& c : comments) {
    returns.insert(c.round + "/" + c.return_key());
    collaboratives.insert(c.collaborative_name());
  }
  return Counted(comments.size(), "comment") + " from " + Counted(returns.size(), "return") + " of " +
         Counted(collaboratives.size(), "collaborative");
}

bool SpansRounds(const std::vector<CommentRecord>& comments) {
  for (const CommentRecord& c : comments) {
    if (c.round != comments.front().round) return true;
  }
  return false;
}

std::string HeadingBefore(const Row& row, size_t i) {
  const CommentRecord& c = *row.comments[i];
  if (!c.heading || c.heading->empty()) return "";
  if (i > 0 && row.comments[i - 1]->heading == c.heading) return "";
  // "Priority 1: …" → "Priority 1: …:", but "PROGRESS:" stays as it is. Always a
  // colon ("…is upward.:" too): the appendix reader knows a heading by it when
  // it reads a printed appendix back.
  return c.heading->back() == ':' ? *c.heading : *c.heading + ":";
}

std::string QuestionTitle(int q) { return "Question " + std::to_string(q) + ": " + std::string(QuestionWording(q)); }

std::string Joined(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace returns::appendix
