#include "pipeline/reports/evaluation.h"

#include <algorithm>
#include <map>
#include <set>

#include "corpus/register/nearest_values.h"

namespace returns {

std::unique_ptr<Evaluation> Evaluate(std::vector<CodedComment> gold, const Matcher& matcher, std::string name) {
  auto e = std::make_unique<Evaluation>();
  e->gold = std::move(name);
  e->coded = std::move(gold);
  e->tagged.reserve(e->coded.size());
  e->taggings.reserve(e->coded.size());
  const std::set<std::string> known(matcher.theme_ids().begin(), matcher.theme_ids().end());
  std::map<std::string, size_t> unknown;  // theme: its index in e->unknown_themes
  for (const CodedComment& g : e->coded) {
    Tagging t = matcher.Tag(g.text, g.question);
    CodedComment c;
    c.id = g.id;
    c.where = g.where;
    c.text = g.text;
    c.question = g.question;
    c.themes = t.themes;  // sorted, each once
    c.pending = t.pending;
    c.pending_coded = true;
    e->tagged.push_back(std::move(c));
    e->taggings.push_back(std::move(t));
    for (const std::string& theme : g.themes) {
      if (known.count(theme)) continue;
      const auto [it, fresh] = unknown.try_emplace(theme, e->unknown_themes.size());
      if (fresh) {
        e->unknown_themes.push_back(theme);
        e->unknown_where.push_back(g.where);
        e->unknown_comments.push_back(0);
      }
      ++e->unknown_comments[it->second];
    }
  }
  for (size_t i = 0; i < e->coded.size(); ++i) e->pairs.push_back({&e->coded[i], &e->tagged[i]});
  std::vector<std::string> rows = matcher.theme_ids();
  std::sort(rows.begin(), rows.end());
  e->agreement = Compare(e->pairs, rows);
  return e;
}

AgreementStyle EvaluationStyle() {
  AgreementStyle s;
  s.first = "coded";
  s.second = "tagged";
  s.both = "agree";
  s.pooled = "micro average";
  s.chance_corrected = false;
  return s;
}

void WriteEvaluation(const Evaluation& e, bool show, std::ostream& out) {
  const AgreementStyle style = EvaluationStyle();
  out << "gold set " << e.gold << ": " << e.coded.size() << " comments\n";
  WriteAgreementTables(e.agreement, style, out);
  if (!show) return;
  for (const CodingDisagreement& d : e.agreement.disagreements) {
    const std::string what = d.on_pending ? (d.first_says ? "coded pending, tagged done" : "coded done, tagged pending")
                                          : (d.first_says ? "coded, not tagged" : "tagged, not coded");
    out << "\n" << d.pair->first->label() << "  " << d.theme << ": " << what << "\n  " << d.pair->first->text << "\n";
    const Tagging& t = e.taggings[static_cast<size_t>(d.pair - e.pairs.data())];
    for (const ThemeMatch& m : t.matches) {
      if (m.theme == d.theme) out << "  matched " << m.rule << " on \"" << m.text << "\"" << (m.pending ? " (pending)" : "") << "\n";
    }
  }
}

void WarnUnknownThemes(const Evaluation& e, const std::vector<std::string>& theme_ids, std::ostream& err) {
  for (size_t i = 0; i < e.unknown_themes.size(); ++i) {
    const size_t n = e.unknown_comments[i];
    err << (e.unknown_where[i].empty() ? e.gold : e.unknown_where[i]) << ": warning: the gold set codes '"
        << e.unknown_themes[i] << "' (" << n << (n == 1 ? " comment" : " comments") << "), which the lexicon lacks";
    const std::vector<std::string> near = NearestValues(e.unknown_themes[i], theme_ids, 1);
    if (!near.empty()) err << "; did you mean '" << near.front() << "'?";
    err << "\n";
  }
}

nlohmann::ordered_json EvaluationJson(const Evaluation& e, bool show) {
  nlohmann::ordered_json j;
  j["gold"] = e.gold;
  j.update(AgreementJson(e.agreement, EvaluationStyle()));
  std::vector<std::string> unknown = e.unknown_themes;
  std::sort(unknown.begin(), unknown.end());
  j["unknown_themes"] = unknown;
  if (show) j["disagreements"] = DisagreementsJson(e.agreement, EvaluationStyle());
  return j;
}

}  // namespace returns
