#include "pipeline/reports/agreement.h"

#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

namespace returns {

double LabelTable::precision() const {
  return second() == 0 ? (first() == 0 ? 1.0 : 0.0) : static_cast<double>(both) / second();
}

double LabelTable::recall() const {
  return first() == 0 ? (second() == 0 ? 1.0 : 0.0) : static_cast<double>(both) / first();
}

double LabelTable::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double LabelTable::observed() const { return n() == 0 ? 1.0 : static_cast<double>(both + neither) / n(); }

double LabelTable::kappa() const {
  const double total = n();
  if (total == 0) return std::numeric_limits<double>::quiet_NaN();
  const double p1 = first() / total, p2 = second() / total;
  const double expected = p1 * p2 + (1 - p1) * (1 - p2);
  if (expected >= 1) return std::numeric_limits<double>::quiet_NaN();
  return (observed() - expected) / (1 - expected);
}

double LabelTable::alpha() const {
  // Two values per comment; n0 and n1 count the 0s and 1s over both coders.
  const double n0 = 2.0 * neither + first_only + second_only;
  const double n1 = 2.0 * both + first_only + second_only;
  if (n0 * n1 == 0) return std::numeric_limits<double>::quiet_NaN();
  return 1 - (2.0 * n() - 1) * (first_only + second_only) / (n0 * n1);
}

void LabelTable::Add(bool first, bool second) {
  if (first && second) ++both;
  else if (first) ++first_only;
  else if (second) ++second_only;
  else ++neither;
}

LabelTable& LabelTable::operator+=(const LabelTable& o) {
  both += o.both;
  first_only += o.first_only;
  second_only += o.second_only;
  neither += o.neither;
  return *this;
}

Pairing PairComments(const std::vector<CodedComment>& first, const std::vector<CodedComment>& second) {
  Pairing out;
  std::unordered_map<std::string, std::vector<size_t>> by_id, by_text;  // second's indices, in order
  for (size_t i = 0; i < second.size(); ++i) {
    if (!second[i].id.empty()) by_id[second[i].id].push_back(i);
    by_text[second[i].text].push_back(i);
  }
  std::vector<bool> taken(second.size(), false);
  std::vector<const CodedComment*> matched(first.size(), nullptr);
  // The first free comment of `candidates`, taken.
  auto take = [&](std::vector<size_t>& candidates) -> const CodedComment* {
    for (size_t i : candidates) {
      if (taken[i]) continue;
      taken[i] = true;
      return &second[i];
    }
    return nullptr;
  };
  for (size_t i = 0; i < first.size(); ++i) {
    if (first[i].id.empty()) continue;
    const auto it = by_id.find(first[i].id);
    if (it != by_id.end() && (matched[i] = take(it->second))) ++out.by_id;
  }
  for (size_t i = 0; i < first.size(); ++i) {
    if (matched[i]) continue;
    const auto it = by_text.find(first[i].text);
    if (it != by_text.end() && (matched[i] = take(it->second))) ++out.by_text;
  }
  for (size_t i = 0; i < first.size(); ++i) {
    if (matched[i]) out.pairs.push_back({&first[i], matched[i]});
    else out.first_unmatched.push_back(&first[i]);
  }
  for (size_t i = 0; i < second.size(); ++i) {
    if (!taken[i]) out.second_unmatched.push_back(&second[i]);
  }
  return out;
}

std::vector<std::string> ThemesOf(const std::vector<CodedPair>& pairs) {
  std::set<std::string> all;
  for (const CodedPair& p : pairs) {
    all.insert(p.first->themes.begin(), p.first->themes.end());
    all.insert(p.second->themes.begin(), p.second->themes.end());
  }
  return {all.begin(), all.end()};
}

Agreement Compare(const std::vector<CodedPair>& pairs, const std::vector<std::string>& theme_ids) {
  Agreement out;
  out.theme_ids = theme_ids;
  for (const std::string& t : theme_ids) out.themes[t];
  for (const CodedPair& p : pairs) {
    ++out.compared;
    const bool pending = p.first->pending_coded && p.second->pending_coded;
    if (pending) ++out.pending_compared;
    for (const std::string& t : theme_ids) {
      ThemeAgreement& a = out.themes[t];
      const bool f = p.first->has(t), s = p.second->has(t);
      a.themes.Add(f, s);
      if (f != s) out.disagreements.push_back({&p, t, false, f});
      if (!pending) continue;
      const bool fp = p.first->is_pending(t), sp = p.second->is_pending(t);
      a.pending.Add(fp, sp);
      if (f && s) {
        a.pending_when_both.Add(fp, sp);
        if (fp != sp) out.disagreements.push_back({&p, t, true, fp});
      }
    }
  }
  for (const auto& [id, a] : out.themes) {
    out.all.themes += a.themes;
    out.all.pending += a.pending;
    out.all.pending_when_both += a.pending_when_both;
  }
  return out;
}

}  // namespace returns
