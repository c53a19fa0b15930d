#include "pipeline/reports/report.h"

#include <algorithm>
#include <map>
#include <set>

#include "index/query/quotes.h"
#include "pipeline/reports/appendix_layout.h"
#include "pipeline/reports/summary_format.h"
#include "pipeline/reports/wording.h"

namespace returns {
namespace {

// The bands of share, largest first: what a report writer says of each.
struct Band {
  double at_least;
  const char* who;
};
constexpr Band kBands[] = {{1.0, "All the collaboratives"},
                           {0.75, "Most of the collaboratives"},
                           {0.5, "Half or more of the collaboratives"},
                           {0.25, "Some of the collaboratives"},
                           {0.0, "A few of the collaboratives"}};

// The question's themes that some comment mentions, most collaboratives first (ties: lexicon order).
std::vector<ReportTheme> Mentioned(const Summary& s) {
  std::vector<ReportTheme> out;
  for (const ThemeLabel& t : s.themes) {
    if (const ThemeCounts& c = s.overall.at(t.id); c.comments > 0) out.push_back({t, c});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ReportTheme& a, const ReportTheme& b) { return a.counts.collaboratives > b.counts.collaboratives; });
  return out;
}

std::vector<ShareGroup> Groups(const std::vector<ReportTheme>& mentioned, unsigned collaboratives) {
  std::vector<ShareGroup> groups;
  if (collaboratives == 1) {
    if (!mentioned.empty()) groups.push_back({"The collaborative", mentioned});
    return groups;
  }
  for (const Band& band : kBands) groups.push_back({band.who, {}});
  for (const ReportTheme& t : mentioned) {
    size_t i = 0;
    // "All" only when every collaborative does; shares are compared in whole collaboratives.
    while (i + 1 < std::size(kBands) && t.counts.collaboratives < kBands[i].at_least * collaboratives) ++i;
    groups[i].themes.push_back(t);
  }
  std::erase_if(groups, [](const ShareGroup& g) { return g.themes.empty(); });
  return groups;
}

// For each of the most-mentioned themes, its most typical comment not quoted already.
std::vector<ReportQuote> Quotes(const std::vector<CommentRecord>& comments, const std::vector<ReportTheme>& mentioned,
                                size_t count) {
  std::vector<ReportQuote> quotes;
  std::set<std::string> quoted;
  for (size_t i = 0; i < mentioned.size() && i < count; ++i) {
    for (const Quote& q : PickTypicalQuotes(comments, mentioned[i].theme.id, count + 1)) {
      if (quoted.insert(q.comment->comment_key()).second) {
        quotes.push_back({mentioned[i].theme, *q.comment});
        break;
      }
    }
  }
  return quotes;
}

std::vector<ReportTheme> Pending(const std::vector<ReportTheme>& mentioned) {
  std::vector<ReportTheme> out;
  for (const ReportTheme& t : mentioned) {
    if (t.counts.pending > 0) out.push_back(t);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ReportTheme& a, const ReportTheme& b) { return a.counts.pending > b.counts.pending; });
  return out;
}

}  // namespace

Report BuildReport(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                   const std::string& selection, const ReportOptions& options) {
  Report report;
  report.selection = selection;
  report.rounds = appendix::SpansRounds(comments);
  report.totals = Summarise(comments, themes, SummaryDimension::kNone, false).totals;
  std::map<int, std::vector<CommentRecord>> by_question;
  for (const CommentRecord& c : comments) {
    if (c.question > 0) by_question[c.question].push_back(c);
  }
  for (const auto& [question, answers] : by_question) {
    QuestionReport q;
    q.question = question;
    q.title = appendix::QuestionTitle(question);
    q.summary = Summarise(answers, themes, SummaryDimension::kNone, false);
    const std::vector<ReportTheme> mentioned = Mentioned(q.summary);
    q.summary.themes.clear();
    for (const ReportTheme& t : mentioned) q.summary.themes.push_back(t.theme);
    q.groups = Groups(mentioned, q.summary.totals.collaboratives);
    q.quotes = Quotes(answers, mentioned, options.quoted_themes);
    q.pending = Pending(mentioned);
    report.questions.push_back(std::move(q));
  }
  return report;
}

std::string ShareSentence(const ShareGroup& group) {
  const bool one = group.who == "The collaborative";
  std::string out = group.who + (one ? " mentions " : " mention ");
  for (size_t i = 0; i < group.themes.size(); ++i) {
    if (i > 0) out += i + 1 == group.themes.size() ? " and " : ", ";
    const ReportTheme& t = group.themes[i];
    out += t.theme.label;
    if (!one) out += " (" + std::to_string(Percent(t.counts.collaborative_share)) + "%)";
  }
  return out + ".";
}

std::string AnsweredSentence(const QuestionReport& q) {
  return "Under question " + std::to_string(q.question) + ": " + Counted(q.summary.totals.comments, "comment") +
         " from " + Counted(q.summary.totals.collaboratives, "collaborative") + ".";
}

}  // namespace returns
