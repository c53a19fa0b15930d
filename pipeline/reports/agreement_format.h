// Writing an Agreement (agreement.h) as an aligned text table or as JSON —
// for `returns agreement` (coder A against coder B) and `returns evaluate`
// (the coder against the tagger), which name the two sides differently.
// Deterministic; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "pipeline/reports/agreement.h"

namespace returns {

// What the two sides and their overlap are called in headers and JSON keys,
// and which figures the tables show.
struct AgreementStyle {
  std::string first = "A", second = "B", both = "both";  // "coded", "tagged", "agree"
  std::string pooled = "all themes (pooled)";             // the last row
  bool chance_corrected = true;  // kappa and alpha columns
};

// The theme table (every theme in `a.theme_ids`, then the pooled row) and,
// when some comments were coded for pending by both, the pending table (the
// themes either side marked pending) and the pending agreement where both
// have the theme.
void WriteAgreementTables(const Agreement& a, const AgreementStyle& style, std::ostream& out);

// Each disagreement: the comment's label, the theme, who said what ("coded,
// not tagged"; "pending for A, done for B"), the text.
void WriteDisagreements(const Agreement& a, const AgreementStyle& style, std::ostream& out);

// {"themes": [{"id", <first>, <second>, <both>, "precision", "recall", "f1",
// "kappa", "alpha"}], "pooled": {…}, "pending": {"comments", "themes": […],
// "pooled": {…}, "when_both": {"comments", "agree"}}}; figures rounded to 4
// places, null where undefined.
nlohmann::ordered_json AgreementJson(const Agreement& a, const AgreementStyle& style);
// [{"id", "theme", "on": "theme"|"pending", "yes": <the side that has it>, "text"}]
nlohmann::ordered_json DisagreementsJson(const Agreement& a, const AgreementStyle& style);

// "0.917", or "n/a" when undefined (NaN).
std::string Figure(double x);

}  // namespace returns
