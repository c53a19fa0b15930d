// Agreement of a lexicon with a careful human coder: the gold file's
// comments (coding.h) tagged by the lexicon and compared with the coder's
// themes and pending themes (agreement.h) — per-theme precision, recall and
// F1, the micro average, pending, and each disagreement with the rules that
// matched. Pure computation; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "lexicon/matcher/matcher.h"
#include "pipeline/reports/agreement_format.h"
#include "pipeline/reports/coding.h"

namespace returns {

struct Evaluation {
  std::string gold;                  // what the set is called (its file)
  std::vector<CodedComment> coded;   // the coder's
  std::vector<CodedComment> tagged;  // the tagger's, one for each coded comment
  std::vector<Tagging> taggings;     // the tagger's matches, one for each coded comment
  std::vector<CodedPair> pairs;      // coded[i] with tagged[i]
  Agreement agreement;               // the coder first, the tagger second; every lexicon theme
  std::vector<std::string> unknown_themes;  // in the gold set but not in the lexicon, as first coded
  std::vector<std::string> unknown_where;   // for each, "file:line" of its first comment
  std::vector<size_t> unknown_comments;     // for each, the comments coded with it

  // Shortcuts into `agreement`: per theme and pooled, the coder against the tagger.
  const LabelTable& theme(const std::string& id) const { return agreement.themes.at(id).themes; }
  const LabelTable& micro() const { return agreement.all.themes; }
  const LabelTable& pending_micro() const { return agreement.all.pending; }
};

// The agreement holds pointers into the evaluation, so it lives on the heap
// and is never copied.
std::unique_ptr<Evaluation> Evaluate(std::vector<CodedComment> gold, const Matcher& matcher, std::string name);

// How evaluate names the sides: coded, tagged, agree; "micro average".
AgreementStyle EvaluationStyle();

// A title line ("gold set FILE: N comments"), the theme table, the pending
// table when the set codes pending; with `show`, every disagreement with its
// text and the rules that matched.
void WriteEvaluation(const Evaluation& e, bool show, std::ostream& out);

// A warning line for each theme the gold set codes that the lexicon lacks,
// where it is first coded, how often, and the lexicon's nearest theme ids:
// "gold.jsonl:4: warning: the gold set codes 'writting' (2 comments), which
// the lexicon lacks; did you mean 'writing'?" (for stderr: a typo in a coder's
// file would otherwise only lower the scores).
void WarnUnknownThemes(const Evaluation& e, const std::vector<std::string>& theme_ids, std::ostream& err);

// {"gold", "comments", <AgreementJson>, "unknown_themes", and with `show` "disagreements"}.
nlohmann::ordered_json EvaluationJson(const Evaluation& e, bool show);

}  // namespace returns
