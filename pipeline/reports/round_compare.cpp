#include "pipeline/reports/round_compare.h"

#include <cstdlib>

#include <map>
#include <set>

#include "pipeline/reports/summary_format.h"

namespace returns {
namespace {

// What one round says on the compared questions.
struct RoundView {
  std::set<std::string> returns;
  std::map<std::string, std::string> district_of;                // collaborative → district
  std::map<std::string, std::set<std::string>> themes_of;        // collaborative → themes
  std::map<std::string, std::set<std::string>> collaboratives_of;  // theme → collaboratives
  unsigned comments = 0;
};

std::vector<int> Difference(const std::set<int>& x, const std::set<int>& y) {
  std::vector<int> out;
  for (int q : x) {
    if (!y.count(q)) out.push_back(q);
  }
  return out;
}

}  // namespace

RoundComparison CompareRounds(const std::vector<CommentRecord>& comments, const std::vector<ThemeLabel>& themes,
                              const std::string& a, const std::string& b) {
  RoundComparison out;
  out.a = a;
  out.b = b;
  std::set<int> asked_a, asked_b;
  for (const CommentRecord& c : comments) {
    if (c.round == a) asked_a.insert(c.question);
    if (c.round == b) asked_b.insert(c.question);
  }
  std::set<int> both;
  for (int q : asked_a) {
    if (asked_b.count(q)) both.insert(q);
  }
  out.questions.assign(both.begin(), both.end());
  out.only_a = Difference(asked_a, asked_b);
  out.only_b = Difference(asked_b, asked_a);

  RoundView view_a, view_b;
  for (const CommentRecord& c : comments) {
    if (!both.count(c.question) || (c.round != a && c.round != b)) continue;
    RoundView& v = c.round == a ? view_a : view_b;
    ++v.comments;
    v.returns.insert(c.return_key());
    v.district_of.emplace(c.collaborative_name(), c.district);
    std::set<std::string>& mine = v.themes_of[c.collaborative_name()];
    for (const std::string& t : c.tagging().themes) {
      mine.insert(t);
      v.collaboratives_of[t].insert(c.collaborative_name());
    }
  }
  auto totals = [](const RoundView& v) {
    return SelectionTotals{v.comments, static_cast<unsigned>(v.returns.size()), static_cast<unsigned>(v.district_of.size())};
  };
  out.totals_a = totals(view_a);
  out.totals_b = totals(view_b);

  for (const ThemeLabel& t : themes) {
    RoundThemeChange change;
    change.theme = t;
    change.collaboratives_a = static_cast<unsigned>(view_a.collaboratives_of[t.id].size());
    change.collaboratives_b = static_cast<unsigned>(view_b.collaboratives_of[t.id].size());
    change.share_a = out.totals_a.collaboratives ? double(change.collaboratives_a) / out.totals_a.collaboratives : 0;
    change.share_b = out.totals_b.collaboratives ? double(change.collaboratives_b) / out.totals_b.collaboratives : 0;
    change.change_points = Percent(change.share_b) - Percent(change.share_a);
    if (change.collaboratives_a == 0 && change.collaboratives_b > 0) out.new_themes.push_back(t.id);
    if (change.collaboratives_a > 0 && change.collaboratives_b == 0) out.gone_themes.push_back(t.id);
    out.themes.push_back(std::move(change));
  }

  for (const auto& [name, district] : view_b.district_of) {
    if (!view_a.district_of.count(name)) {
      out.joined.push_back(name);
      out.district_of[name] = district;
    }
  }
  for (const auto& [name, district] : view_a.district_of) {
    if (!view_b.district_of.count(name)) {
      out.left.push_back(name);
      out.district_of[name] = district;
      continue;
    }
    CollaborativeChange change{name, view_b.district_of.at(name), {}, {}};
    const std::set<std::string>& before = view_a.themes_of[name];
    const std::set<std::string>& after = view_b.themes_of[name];
    for (const ThemeLabel& t : themes) {  // lexicon order
      if (after.count(t.id) && !before.count(t.id)) change.gained.push_back(t.id);
      if (before.count(t.id) && !after.count(t.id)) change.dropped.push_back(t.id);
    }
    if (change.gained.empty() && change.dropped.empty()) ++out.unchanged;
    else out.changed.push_back(std::move(change));
  }
  return out;
}

std::string ThemeName(const RoundComparison& c, const std::string& id) {
  for (const RoundThemeChange& t : c.themes) {
    if (t.theme.id == id) return t.theme.label;
  }
  return id;
}

std::string ThemeNames(const RoundComparison& c, const std::vector<std::string>& ids, const std::string& separator,
                       const std::string& none) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : separator) + ThemeName(c, id);
  return out.empty() ? none : out;
}

std::string NamesOrNone(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& s : names) out += (out.empty() ? "" : "; ") + s;
  return out.empty() ? "none" : out;
}

std::string SignedPoints(int points, const std::string& zero) {
  return (points > 0 ? "+" : points < 0 ? "−" : zero) + std::to_string(std::abs(points));
}

std::string LeftOut(const RoundComparison& c) {
  std::string out;
  if (!c.only_a.empty()) out += QuestionList(c.only_a) + " (asked in " + c.a + " only)";
  if (!c.only_b.empty()) out += (out.empty() ? "" : "; ") + QuestionList(c.only_b) + " (asked in " + c.b + " only)";
  return out.empty() ? "" : " Left out: " + out + ".";
}

std::string QuestionList(const std::vector<int>& questions) {
  if (questions.empty()) return "no question";
  std::string out = questions.size() == 1 ? "question " : "questions ";
  for (size_t i = 0; i < questions.size(); ++i) {
    if (i > 0) out += i + 1 == questions.size() ? " and " : ", ";
    out += std::to_string(questions[i]);
  }
  return out;
}

}  // namespace returns
