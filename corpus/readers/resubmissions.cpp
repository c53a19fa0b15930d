#include "corpus/readers/resubmissions.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>


namespace returns {
namespace {

// How a slashed date is read.
enum class DayOrder { kDayFirst, kMonthFirst };

// A sortable number for the time (yyyymmddhhmmss), or nullopt when its date is no date.
std::optional<int64_t> Instant(const DisplayedTime& t, DayOrder order) {
  int day = t.second, month = t.first;
  if (!t.year_first && order == DayOrder::kDayFirst) std::swap(day, month);
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const int year = t.year < 100 ? 2000 + t.year : t.year;
  return ((((static_cast<int64_t>(year) * 100 + month) * 100 + day) * 100 + t.hour) * 100 + t.minute) * 100 + t.seconds;
}

// The orders the column's dates allow: a first number over 12 makes it day
// first, a second over 12 month first; neither, both are tried.
std::vector<DayOrder> Orders(const std::vector<FormResponse>& responses) {
  bool day_first = false, month_first = false;
  for (const FormResponse& r : responses) {
    const std::optional<DisplayedTime> t = ParseDisplayedTime(r.time);
    if (!t || t->year_first) continue;
    if (t->first > 12) day_first = true;
    if (t->second > 12) month_first = true;
  }
  if (day_first && month_first) return {};
  if (day_first) return {DayOrder::kDayFirst};
  if (month_first) return {DayOrder::kMonthFirst};
  return {DayOrder::kDayFirst, DayOrder::kMonthFirst};
}

// The index (into `group`) of the one latest response under every order, or
// nullopt when a time is missing or unreadable, two are equal, or the orders
// disagree.
std::optional<size_t> Latest(const std::vector<const FormResponse*>& group, const std::vector<DayOrder>& orders) {
  std::optional<size_t> found;
  if (orders.empty()) return std::nullopt;
  for (const DayOrder order : orders) {
    std::optional<size_t> latest;
    int64_t best = 0;
    bool tie = false;
    for (size_t i = 0; i < group.size(); ++i) {
      const std::optional<DisplayedTime> t = ParseDisplayedTime(group[i]->time);
      const std::optional<int64_t> at = t ? Instant(*t, order) : std::nullopt;
      if (!at) return std::nullopt;
      if (!latest || *at > best) {
        latest = i;
        best = *at;
        tie = false;
      } else if (*at == best) {
        tie = true;
      }
    }
    if (tie || (found && *found != *latest)) return std::nullopt;
    found = latest;
  }
  return found;
}

// "3 and 7", "3, 5 and 7".
std::string Places(const std::vector<const FormResponse*>& group) {
  std::string out;
  for (size_t i = 0; i < group.size(); ++i) {
    if (i > 0) out += i + 1 == group.size() ? " and " : ", ";
    out += std::to_string(group[i]->line);
  }
  return out;
}

std::string Times(size_t n) { return n == 2 ? "twice" : std::to_string(n) + " times"; }

}  // namespace

std::optional<DisplayedTime> ParseDisplayedTime(std::string_view text) {
  static const RE2 kYearFirst(R"(\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*)");
  static const RE2 kSlashed(
      R"(\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*)");
  DisplayedTime t;
  std::string a, b, c, hour, minute, seconds, half;
  const re2::StringPiece in(text.data(), text.size());
  if (RE2::FullMatch(in, kYearFirst, &a, &b, &c, &hour, &minute, &seconds)) {
    t.year_first = true;
    t.year = std::stoi(a);
    t.first = std::stoi(b);
    t.second = std::stoi(c);
  } else if (RE2::FullMatch(in, kSlashed, &a, &b, &c, &hour, &minute, &seconds, &half)) {
    t.first = std::stoi(a);
    t.second = std::stoi(b);
    t.year = std::stoi(c);
  } else {
    return std::nullopt;
  }
  t.hour = hour.empty() ? 0 : std::stoi(hour);
  t.minute = minute.empty() ? 0 : std::stoi(minute);
  t.seconds = seconds.empty() ? 0 : std::stoi(seconds);
  if (!half.empty()) {
    if (t.hour < 1 || t.hour > 12) return std::nullopt;
    const bool pm = half[0] == 'P' || half[0] == 'p';
    t.hour = t.hour % 12 + (pm ? 12 : 0);
  }
  if (t.hour > 23 || t.minute > 59 || t.seconds > 59) return std::nullopt;
  return t;
}

void ResolveResubmissions(std::vector<FormResponse> responses, const std::string& source, const std::string& unit,
                          IntakeResult& out) {
  std::map<std::string, std::vector<const FormResponse*>> by_who;
  for (const FormResponse& r : responses) by_who[r.who].push_back(&r);
  const std::vector<DayOrder> orders = Orders(responses);
  std::map<const FormResponse*, const FormResponse*> replaced_by;  // earlier → the one kept
  std::vector<std::pair<int, std::string>> warnings;                // by line, in row order
  for (const auto& [who, group] : by_who) {
    if (group.size() < 2) continue;
    const FormResponse& first = *group.front();
    const std::string said = "collaborative '" + first.collaborative + "' answered " + Times(group.size()) + " (" +
                             unit + "s " + Places(group) + ")";
    const std::optional<size_t> latest = Latest(group, orders);
    if (!latest) {
      warnings.emplace_back(group.back()->line,
                            source + ":" + std::to_string(group.back()->line) + ": warning: " + said +
                                " and which is the later cannot be told from the completion times; the first, " +
                                unit + " " + std::to_string(first.line) + ", is kept");
      continue;
    }
    const FormResponse* kept = group[*latest];
    for (const FormResponse* r : group) {
      if (r != kept) replaced_by[r] = kept;
    }
    warnings.emplace_back(kept->line, source + ":" + std::to_string(kept->line) + ": warning: " + said + "; the " +
                                          (group.size() == 2 ? "later" : "latest") + " answer, " + unit + " " +
                                          std::to_string(kept->line) + ", is kept");
  }
  std::stable_sort(warnings.begin(), warnings.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [line, w] : warnings) out.warnings.push_back(std::move(w));
  for (FormResponse& r : responses) {
    const auto it = replaced_by.find(&r);
    if (it == replaced_by.end()) {
      for (Return& ret : r.returns) out.returns.push_back(std::move(ret));
      continue;
    }
    const FormResponse& kept = *it->second;
    for (const Return& ret : r.returns) {
      out.replaced.push_back({source, ret.line, reject::kReplaced,
                              "the same collaborative answered again at " + unit + " " + std::to_string(kept.line) +
                                  " (completed " + kept.time + ", this one " + r.time + ")",
                              ret.text});
    }
  }
}

}  // namespace returns
