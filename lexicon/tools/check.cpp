#include "lexicon/tools/check.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "corpus/register/nearest_values.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

std::string At(const Lexicon& lex, int line) {
  return (lex.source.empty() ? std::string("lexicon") : lex.source) + ":" + std::to_string(line) + ": ";
}

std::string PatternError(const std::string& pattern) {
  RE2::Options o;
  o.set_log_errors(false);
  const RE2 re(pattern, o);
  return re.ok() ? std::string() : re.error();
}

// The line of a "file:line" location; 0 when it has none.
int LineOf(const std::string& location) {
  const size_t colon = location.rfind(':');
  int line = 0;
  if (colon == std::string::npos) return 0;
  const char* end = location.data() + location.size();
  const auto [ptr, ec] = std::from_chars(location.data() + colon + 1, end, line);
  return ec == std::errc() && ptr == end ? line : 0;
}

}  // namespace

std::vector<LexiconProblem> CheckLexicon(const Lexicon& lex) {
  std::vector<LexiconProblem> out;
  // The texts themselves first (lexicon_text.h), then how the themes fit together.
  for (const Status& s : TextProblems(lex)) out.push_back({true, s.ToString(), LineOf(s.location())});
  auto error = [&](int line, const std::string& message) {
    out.push_back({true, At(lex, line) + "error: " + message, line});
  };
  auto warning = [&](int line, const std::string& message) {
    out.push_back({false, At(lex, line) + "warning: " + message, line});
  };
  std::map<std::string, const Theme*> ids;
  for (const Theme& t : lex.themes) {
    if (!ids.emplace(t.id, &t).second) error(t.line, "duplicate theme id '" + Printable(t.id) + "'");
  }
  std::vector<std::string> theme_ids;
  for (const Theme& t : lex.themes) theme_ids.push_back(t.id);
  static const RE2 kNear(R"(^\s*\S.*?\s+NEAR/[1-9][0-9]*\s+\S.*?\s*$)");
  for (const Theme& t : lex.themes) {
    const std::string id = Printable(t.id);
    if (t.rules.empty()) error(t.line, "theme '" + id + "' has no rules");
    // A parent that is not a theme id has been reported as such.
    if (t.parent && IsThemeId(*t.parent) && !ids.count(*t.parent)) {
      std::string message = "theme '" + id + "' has unknown parent '" + *t.parent + "'";
      std::vector<std::string> others;  // a theme is no parent of its own
      for (const std::string& other : theme_ids) {
        if (other != t.id) others.push_back(other);
      }
      const std::vector<std::string> near = NearestValues(*t.parent, others, 1);
      if (!near.empty()) message += "; did you mean '" + near.front() + "'?";
      error(t.line, message);
    }
    if (t.parent && ids.count(*t.parent)) {
      std::set<std::string> seen{t.id};
      for (const Theme* p = ids[*t.parent]; p; p = p->parent && ids.count(*p->parent) ? ids[*p->parent] : nullptr) {
        if (!seen.insert(p->id).second) {
          error(t.line, "theme '" + id + "' is its own ancestor");
          break;
        }
      }
    }
    // A rule written twice in a theme (for the same questions) says nothing the first does not.
    std::map<std::pair<std::string, std::vector<int>>, int> written;
    for (const Rule& r : t.rules) {
      const auto [first, fresh] = written.emplace(std::make_pair(RuleName(r), r.questions), r.line);
      if (!fresh) {
        warning(r.line, "rule '" + Printable(RuleName(r)) + "' of theme '" + id + "' is written twice (first on line " +
                            std::to_string(first->second) + ")");
      }
      if (r.kind == RuleKind::kPattern) {
        if (const std::string e = PatternError(r.text); !e.empty()) {
          error(r.line, "invalid RE2 pattern '" + Printable(r.text) + "': " + Printable(e));
        }
      } else if (r.kind == RuleKind::kNear && !RE2::FullMatch(r.text, kNear)) {
        error(r.line, "a near rule reads 'A NEAR/N B' with N > 0: '" + Printable(r.text) + "'");
      }
    }
    for (const Exclusion& x : t.exclusions) {
      if (!x.pattern) continue;
      if (const std::string e = PatternError(x.text); !e.empty()) {
        error(x.line, "invalid RE2 pattern '" + Printable(x.text) + "': " + Printable(e));
      }
    }
  }
  if (lex.pending) {
    for (const auto* cues : {&lex.pending->pending, &lex.pending->done}) {
      for (const Cue& cue : *cues) {
        if (!cue.pattern) continue;
        if (const std::string e = PatternError(cue.text); !e.empty()) {
          error(cue.line, "invalid RE2 pattern '" + Printable(cue.text) + "': " + Printable(e));
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const LexiconProblem& a, const LexiconProblem& b) { return a.line < b.line; });
  return out;
}

}  // namespace returns
