#include "index/query/summary.h"

#include <algorithm>
#include <set>

#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

std::string ReturnKey(const CommentRecord& c) { return c.round + "/" + c.return_key(); }

// Counts for one group of comments.
void Count(const std::vector<const CommentRecord*>& group, const std::vector<ThemeLabel>& themes, SelectionTotals& totals,
           std::map<std::string, ThemeCounts>& counts) {
  std::set<std::string> returns, collaboratives;
  std::map<std::string, std::set<std::string>> theme_returns, theme_collaboratives;
  static const std::vector<std::string> kNoTheme{kNoThemeId};
  for (const ThemeLabel& t : themes) counts[t.id];
  counts[kNoThemeId];
  for (const CommentRecord* c : group) {
    returns.insert(ReturnKey(*c));
    collaboratives.insert(c->collaborative_name());
    for (const std::string& t : c->tagging().themes.empty() ? kNoTheme : c->tagging().themes) {
      ThemeCounts& tc = counts[t];
      ++tc.comments;
      if (std::find(c->tagging().pending.begin(), c->tagging().pending.end(), t) != c->tagging().pending.end()) ++tc.pending;
      theme_returns[t].insert(ReturnKey(*c));
      theme_collaboratives[t].insert(c->collaborative_name());
    }
  }
  totals.comments = static_cast<unsigned>(group.size());
  totals.returns = static_cast<unsigned>(returns.size());
  totals.collaboratives = static_cast<unsigned>(collaboratives.size());
  for (auto& [id, tc] : counts) {
    tc.returns = static_cast<unsigned>(theme_returns[id].size());
    tc.collaboratives = static_cast<unsigned>(theme_collaboratives[id].size());
    tc.collaborative_share = totals.collaboratives ? static_cast<double>(tc.collaboratives) / totals.collaboratives : 0;
  }
}

}  // namespace

void SortDimensionValues(Summary& s) {
  std::sort(s.by_values.begin(), s.by_values.end());
  // "" (comments under no district) after every value.
  std::stable_partition(s.by_values.begin(), s.by_values.end(), [](const std::string& v) { return !v.empty(); });
  if (s.by == SummaryDimension::kQuestion) {
    std::sort(s.by_values.begin(), s.by_values.end(),
              [](const std::string& a, const std::string& b) { return std::stoi(a) < std::stoi(b); });
  }
}

void ZeroCooccurrence(Summary& s) {
  for (const ThemeLabel& a : s.themes) {
    for (const ThemeLabel& b : s.themes) s.cooccurrence[a.id][b.id] = 0;
  }
}

std::string DimensionName(SummaryDimension by) {
  switch (by) {
    case SummaryDimension::kQuestion: return "question";
    case SummaryDimension::kDistrict: return "district";
    case SummaryDimension::kCollaborative: return "collaborative";
    case SummaryDimension::kRound: return "round";
    case SummaryDimension::kNone: break;
  }
  return "";
}

std::string DimensionValueShown(SummaryDimension by, const std::string& value) {
  return value.empty() ? "(no " + DimensionName(by) + ")" : value;
}

std::string DimensionValue(const CommentRecord& c, SummaryDimension by) {
  switch (by) {
    case SummaryDimension::kQuestion: return std::to_string(c.question);
    case SummaryDimension::kDistrict: return c.district;
    case SummaryDimension::kCollaborative: return c.collaborative_name();
    case SummaryDimension::kRound: return c.round;
    case SummaryDimension::kNone: break;
  }
  return "";
}

Summary Summarise(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                  SummaryDimension by, bool cooccurrence) {
  Summary s;
  s.themes = themes;
  s.by = by;
  std::vector<const CommentRecord*> all;
  for (const CommentRecord& c : comments) all.push_back(&c);
  Count(all, themes, s.totals, s.overall);
  if (by != SummaryDimension::kNone) {
    std::map<std::string, std::vector<const CommentRecord*>> groups;
    for (const CommentRecord* c : all) groups[DimensionValue(*c, by)].push_back(c);
    for (auto& [value, group] : groups) {
      s.by_values.push_back(value);
      Count(group, themes, s.by_totals[value], s.by_counts[value]);
    }
    SortDimensionValues(s);
  }
  if (cooccurrence) {
    ZeroCooccurrence(s);
    for (const CommentRecord* c : all) {
      for (const std::string& a : c->tagging().themes) {
        for (const std::string& b : c->tagging().themes) ++s.cooccurrence[a][b];
      }
    }
  }
  return s;
}

}  // namespace returns
