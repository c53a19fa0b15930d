#include "pipeline/reports/evaluation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "corpus/base/utf8.h"

namespace returns {

double ThemeScore::precision() const {
  const int predicted = true_positives + false_positives;
  return predicted == 0 ? (false_negatives == 0 ? 1.0 : 0.0) : static_cast<double>(true_positives) / predicted;
}
double ThemeScore::recall() const {
  const int actual = true_positives + false_negatives;
  return actual == 0 ? (false_positives == 0 ? 1.0 : 0.0) : static_cast<double>(true_positives) / actual;
}
double ThemeScore::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Result<std::vector<GoldComment>> ReadGold(std::istream& in, const std::string& source) {
  std::vector<GoldComment> out;
  std::map<std::string, size_t> seen;  // round + id → place in `out`
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = source + ":" + std::to_string(number);
    if (!CheckUtf8(line, source).ok()) return Status::InvalidInput(where, "invalid UTF-8");
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::InvalidInput(where, "not a JSON object");
    if (!j.contains("text") || !j["text"].is_string()) return Status::InvalidInput(where, "no \"text\" string");
    if (!j.contains("themes") || !j["themes"].is_array()) return Status::InvalidInput(where, "no \"themes\" list");
    GoldComment g;
    g.line = number;
    g.text = ToNfc(j["text"].get<std::string>());
    g.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : source + ":" + std::to_string(number);
    if (j.contains("question") && j["question"].is_number_integer()) g.question = j["question"].get<int>();
    for (const auto& t : j["themes"]) {
      if (!t.is_string()) return Status::InvalidInput(where, "a theme must be a string");
      g.themes.push_back(t.get<std::string>());
    }
    std::sort(g.themes.begin(), g.themes.end());
    g.themes.erase(std::unique(g.themes.begin(), g.themes.end()), g.themes.end());
    // A later line for the same comment (id and round) replaces the earlier one.
    const std::string round = j.contains("round") && j["round"].is_string() ? j["round"].get<std::string>() : "";
    const auto [at, fresh] = seen.emplace(round + "\n" + g.id, out.size());
    if (fresh) out.push_back(std::move(g));
    else out[at->second] = std::move(g);
  }
  return out;
}

Evaluation Evaluate(const std::vector<GoldComment>& gold, const Matcher& matcher) {
  Evaluation e;
  const std::set<std::string> known(matcher.theme_ids().begin(), matcher.theme_ids().end());
  for (const std::string& id : matcher.theme_ids()) e.themes[id];
  std::set<std::string> unknown;
  for (const GoldComment& g : gold) {
    const Tagging t = matcher.Tag(g.text, g.question);
    const std::set<std::string> coded(g.themes.begin(), g.themes.end());
    const std::set<std::string> tagged(t.themes.begin(), t.themes.end());
    for (const std::string& theme : matcher.theme_ids()) {
      const bool c = coded.count(theme) > 0, k = tagged.count(theme) > 0;
      ThemeScore& s = e.themes[theme];
      if (c && k) ++s.true_positives;
      if (!c && !k) continue;
      if (c && k) continue;
      (k ? s.false_positives : s.false_negatives) += 1;
      Disagreement d{g.id, theme, k, g.text, {}};
      for (const ThemeMatch& m : t.matches) {
        if (m.theme == theme) d.matches.push_back(m);
      }
      e.disagreements.push_back(std::move(d));
    }
    for (const std::string& theme : coded) {
      if (!known.count(theme)) unknown.insert(theme);
    }
  }
  for (const auto& [id, s] : e.themes) {
    e.micro.true_positives += s.true_positives;
    e.micro.false_positives += s.false_positives;
    e.micro.false_negatives += s.false_negatives;
  }
  e.unknown_themes.assign(unknown.begin(), unknown.end());
  return e;
}

void WriteEvaluation(const Evaluation& e, bool show, std::ostream& out) {
  char row[200];
  std::snprintf(row, sizeof row, "%-26s %6s %6s %6s %9s %7s %6s\n", "theme", "coded", "tagged", "agree", "precision",
                "recall", "F1");
  out << row;
  auto line = [&](const std::string& name, const ThemeScore& s) {
    std::snprintf(row, sizeof row, "%-26s %6d %6d %6d %9.3f %7.3f %6.3f\n", name.c_str(),
                  s.true_positives + s.false_negatives, s.true_positives + s.false_positives, s.true_positives,
                  s.precision(), s.recall(), s.f1());
    out << row;
  };
  for (const auto& [id, s] : e.themes) line(id, s);
  line("micro average", e.micro);
  for (const std::string& t : e.unknown_themes) out << "warning: the gold set codes '" << t << "', which the lexicon lacks\n";
  if (!show) return;
  for (const Disagreement& d : e.disagreements) {
    out << "\n" << d.id << "  " << d.theme << ": " << (d.tagger_only ? "tagged, not coded" : "coded, not tagged") << "\n  "
        << d.text << "\n";
    for (const ThemeMatch& m : d.matches) out << "  matched " << m.rule << " on \"" << m.text << "\"\n";
  }
}

}  // namespace returns
