#include "lexicon/codebook/lexicon.h"

namespace returns {

std::string RuleName(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::kWord: return "word:" + rule.text;
    case RuleKind::kPhrase: return "phrase:" + rule.text;
    case RuleKind::kAcronym: return "acronym:" + rule.text;
    case RuleKind::kPattern: return "pattern:" + rule.text;
    case RuleKind::kNear: return "near:" + rule.text;
    case RuleKind::kAll: return "all:" + rule.text;
  }
  return rule.text;
}

}  // namespace returns
