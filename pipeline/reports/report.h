// The report an officer writes from the returns, in the shape of the seed
// report 002: for each question present, the themes by the share of the
// collaboratives that answered it — said in sentences ("All the
// collaboratives mention …", "Most of the collaboratives mention …") and
// drawn as a chart — the typical comments quoted with their collaborative
// (index/query/quotes.h, one for each of the most-mentioned themes), the work
// the returns say is still planned (pending mentions), and the appendix of
// every comment attached (report_format.h writes it).
//
//   Report r = BuildReport(comments, themes, ReportOptions{});
//   for (const QuestionReport& q : r.questions) … q.groups, q.quotes, q.pending
//
// BuildReport is a pure function of its arguments; the Report owns copies of
// what it quotes. Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/model/comment_record.h"
#include "index/query/summary.h"

namespace returns {

struct ReportOptions {
  size_t quoted_themes = 5;  // per question, the most-mentioned themes each get a typical comment
};

// A theme with its counts in one question.
struct ReportTheme {
  ThemeLabel theme;
  ThemeCounts counts;
};

// Themes mentioned by a like share of the collaboratives: "Most of the collaboratives".
struct ShareGroup {
  std::string who;  // "All the collaboratives", "Most of the collaboratives", …, "The collaborative"
  std::vector<ReportTheme> themes;  // most collaboratives first
};

// A typical comment quoted for a theme.
struct ReportQuote {
  ThemeLabel theme;
  CommentRecord comment;
};

struct QuestionReport {
  int question = 0;
  std::string title;   // "Question 3: Strengths so far as a collaborative?"
  Summary summary;     // the question's comments; themes: those mentioned, most collaboratives first
  std::vector<ShareGroup> groups;    // All, Most, Half or more, Some, A few: those with themes
  std::vector<ReportQuote> quotes;   // each a different comment
  std::vector<ReportTheme> pending;  // themes some comment only plans, most pending comments first
};

struct Report {
  std::string selection;  // the filters in words
  SelectionTotals totals;
  bool rounds = false;    // the comments span rounds: each quote says its round
  std::vector<QuestionReport> questions;  // in question order; comments with no question are left to the appendix
};

// REQUIRES: `comments` in appendix order (see Select()); `themes` in lexicon order.
Report BuildReport(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                   const std::string& selection, const ReportOptions& options);

// The group's sentence: "Most of the collaboratives mention Trust and
// relationships (81%) and Governance (77%)."; "The collaborative mentions …" when there is one.
std::string ShareSentence(const ShareGroup& group);

// "Under question 3: 177 comments from 43 collaboratives."
std::string AnsweredSentence(const QuestionReport& q);

}  // namespace returns
