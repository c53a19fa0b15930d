#include "pipeline/reports/agreement_format.h"

#include <cmath>
#include <cstdio>

namespace returns {
namespace {

using nlohmann::ordered_json;

void Header(const AgreementStyle& style, const char* first_column, std::ostream& out) {
  char row[200];
  std::snprintf(row, sizeof row, "%-26s %6s %6s %6s", first_column, style.first.c_str(), style.second.c_str(),
                style.both.c_str());
  out << row;
  if (style.chance_corrected) {
    std::snprintf(row, sizeof row, " %6s %6s", "kappa", "alpha");
    out << row;
  }
  std::snprintf(row, sizeof row, " %9s %7s %6s\n", "precision", "recall", "F1");
  out << row;
}

void Row(const std::string& name, const LabelTable& t, const AgreementStyle& style, std::ostream& out) {
  char row[200];
  std::snprintf(row, sizeof row, "%-26s %6d %6d %6d", name.c_str(), t.first(), t.second(), t.both);
  out << row;
  if (style.chance_corrected) {
    std::snprintf(row, sizeof row, " %6s %6s", Figure(t.kappa()).c_str(), Figure(t.alpha()).c_str());
    out << row;
  }
  std::snprintf(row, sizeof row, " %9.3f %7.3f %6.3f\n", t.precision(), t.recall(), t.f1());
  out << row;
}

// To four places; what rounds to zero is 0, not -0 (a kappa of -0.00001 printed "-0.0").
double Rounded(double x) {
  const double r = std::round(x * 10000) / 10000;
  return r == 0 ? 0.0 : r;
}

ordered_json Number(double x) { return std::isnan(x) ? ordered_json(nullptr) : ordered_json(Rounded(x)); }

ordered_json TableJson(const LabelTable& t, const AgreementStyle& style) {
  ordered_json j;
  j[style.first] = t.first();
  j[style.second] = t.second();
  j[style.both] = t.both;
  j["comments"] = t.n();
  j["precision"] = Rounded(t.precision());
  j["recall"] = Rounded(t.recall());
  j["f1"] = Rounded(t.f1());
  j["kappa"] = Number(t.kappa());
  j["alpha"] = Number(t.alpha());
  return j;
}

bool HasPending(const ThemeAgreement& a) { return a.pending.first() + a.pending.second() > 0; }

}  // namespace

std::string Figure(double x) {
  if (std::isnan(x)) return "n/a";
  char s[32];
  // A value that rounds to zero is 0.000, whichever side it came from (not -0.000).
  std::snprintf(s, sizeof s, "%.3f", std::fabs(x) < 0.0005 ? 0.0 : x);
  return s;
}

void WriteAgreementTables(const Agreement& a, const AgreementStyle& style, std::ostream& out) {
  Header(style, "theme", out);
  for (const std::string& id : a.theme_ids) Row(id, a.themes.at(id).themes, style, out);
  Row(style.pooled, a.all.themes, style, out);
  if (a.pending_compared == 0) {
    out << "pending: not compared (no comment coded for pending on both sides)\n";
    return;
  }
  out << "\npending: " << a.pending_compared << " of " << a.compared << " comments coded for pending on both sides\n";
  Header(style, "theme pending", out);
  for (const std::string& id : a.theme_ids) {
    if (HasPending(a.themes.at(id))) Row(id, a.themes.at(id).pending, style, out);
  }
  Row(style.pooled, a.all.pending, style, out);
  const LabelTable& w = a.all.pending_when_both;
  out << "where both have the theme, pending or not agrees in " << w.both + w.neither << " of " << w.n() << " ("
      << Figure(w.observed()) << ")\n";
}

void WriteDisagreements(const Agreement& a, const AgreementStyle& style, std::ostream& out) {
  for (const CodingDisagreement& d : a.disagreements) {
    const std::string& yes = d.first_says ? style.first : style.second;
    const std::string& no = d.first_says ? style.second : style.first;
    out << "\n" << d.pair->first->label() << "  " << d.theme << ": "
        << (d.on_pending ? "pending for " + yes + ", done for " + no : yes + ", not " + no) << "\n  " << d.pair->first->text
        << "\n";
  }
}

ordered_json AgreementJson(const Agreement& a, const AgreementStyle& style) {
  ordered_json j;
  j["comments"] = a.compared;
  j["themes"] = ordered_json::array();
  for (const std::string& id : a.theme_ids) {
    ordered_json row = {{"id", id}};
    row.update(TableJson(a.themes.at(id).themes, style));
    j["themes"].push_back(std::move(row));
  }
  j["pooled"] = TableJson(a.all.themes, style);
  ordered_json pending;
  pending["comments"] = a.pending_compared;
  pending["themes"] = ordered_json::array();
  for (const std::string& id : a.theme_ids) {
    if (!HasPending(a.themes.at(id))) continue;
    ordered_json row = {{"id", id}};
    row.update(TableJson(a.themes.at(id).pending, style));
    pending["themes"].push_back(std::move(row));
  }
  pending["pooled"] = TableJson(a.all.pending, style);
  const LabelTable& w = a.all.pending_when_both;
  pending["when_both"] = {{"comments", w.n()}, {"agree", w.both + w.neither}, {"share", Rounded(w.observed())}};
  j["pending"] = std::move(pending);
  return j;
}

ordered_json DisagreementsJson(const Agreement& a, const AgreementStyle& style) {
  ordered_json list = ordered_json::array();
  for (const CodingDisagreement& d : a.disagreements) {
    list.push_back({{"id", d.pair->first->label()},
                    {"theme", d.theme},
                    {"on", d.on_pending ? "pending" : "theme"},
                    {"yes", d.first_says ? style.first : style.second},
                    {"text", d.pair->first->text}});
  }
  return list;
}

}  // namespace returns
