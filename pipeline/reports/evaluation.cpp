#include "pipeline/reports/evaluation.h"

#include <algorithm>
#include <set>

namespace returns {

std::unique_ptr<Evaluation> Evaluate(std::vector<CodedComment> gold, const Matcher& matcher, std::string name) {
  auto e = std::make_unique<Evaluation>();
  e->gold = std::move(name);
  e->coded = std::move(gold);
  e->tagged.reserve(e->coded.size());
  e->taggings.reserve(e->coded.size());
  const std::set<std::string> known(matcher.theme_ids().begin(), matcher.theme_ids().end());
  std::set<std::string> unknown;
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
      if (!known.count(theme)) unknown.insert(theme);
    }
  }
  for (size_t i = 0; i < e->coded.size(); ++i) e->pairs.push_back({&e->coded[i], &e->tagged[i]});
  std::vector<std::string> rows = matcher.theme_ids();
  std::sort(rows.begin(), rows.end());
  e->agreement = Compare(e->pairs, rows);
  e->unknown_themes.assign(unknown.begin(), unknown.end());
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
  for (const std::string& t : e.unknown_themes) out << "warning: the gold set codes '" << t << "', which the lexicon lacks\n";
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

nlohmann::ordered_json EvaluationJson(const Evaluation& e, bool show) {
  nlohmann::ordered_json j;
  j["gold"] = e.gold;
  j.update(AgreementJson(e.agreement, EvaluationStyle()));
  j["unknown_themes"] = e.unknown_themes;
  if (show) j["disagreements"] = DisagreementsJson(e.agreement, EvaluationStyle());
  return j;
}

}  // namespace returns
