#include <algorithm>
#include <map>

#include "corpus/text/words.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/matcher/compiled_lexicon.h"

namespace returns {

using internal::CompiledExclusion;
using internal::CompiledRule;
using internal::Role;
using internal::Term;

namespace {

std::string Where(const Lexicon& lex, int line) {
  return lex.source.empty() ? std::string("lexicon") : lex.source + ":" + std::to_string(line);
}

RE2::Options PatternOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

// Rule text to terms: words split at spaces and hyphens, case-folded.
std::vector<Term> Terms(std::string_view text) {
  std::vector<Term> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back({FoldCase(current), IsGlob(current)});
    current.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '-') flush();
    else current += c;
  }
  flush();
  return out;
}

// "a|b c|d" → {"a", "b c", "d"}: the alternatives of a NEAR side or an all
// part, trimmed; empty when any alternative is empty.
std::vector<std::string> Alternatives(std::string_view text) {
  std::vector<std::string> out;
  size_t from = 0;
  while (true) {
    const size_t bar = text.find('|', from);
    const std::string alt(Trim(text.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from)));
    if (alt.empty()) return {};
    out.push_back(alt);
    if (bar == std::string_view::npos) return out;
    from = bar + 1;
  }
}

}  // namespace

Result<std::shared_ptr<const Matcher::Compiled>> internal::CompileLexicon(const Lexicon& lex) {
  // Text it may not hold (lexicon_text.h) first: then every id, label, rule
  // and span below is a valid UTF-8 string without control characters.
  if (std::vector<Status> problems = TextProblems(lex); !problems.empty()) return problems.front();
  auto c = std::make_shared<Matcher::Compiled>();
  c->name = lex.name;
  c->version = lex.version;
  std::map<std::string, size_t> index;
  for (const Theme& t : lex.themes) {
    if (!index.emplace(t.id, index.size()).second) {
      return Status::InvalidInput(Where(lex, t.line), "duplicate theme id '" + Printable(t.id) + "'");
    }
    c->theme_ids.push_back(t.id);
  }
  c->parent.assign(lex.themes.size(), -1);
  for (size_t i = 0; i < lex.themes.size(); ++i) {
    const Theme& t = lex.themes[i];
    if (!t.parent) continue;
    const auto it = index.find(*t.parent);
    if (it == index.end()) {
      return Status::InvalidInput(Where(lex, t.line), "theme '" + Printable(t.id) + "' has unknown parent '" +
                                  Printable(*t.parent) + "'");
    }
    c->parent[i] = static_cast<int>(it->second);
  }
  for (size_t i = 0; i < lex.themes.size(); ++i) {  // a parent chain must end
    int p = c->parent[i];
    for (size_t steps = 0; p >= 0; ++steps, p = c->parent[static_cast<size_t>(p)]) {
      if (steps > lex.themes.size()) {
        return Status::InvalidInput(Where(lex, lex.themes[i].line), "theme '" + Printable(lex.themes[i].id) +
                                    "' is its own ancestor");
      }
    }
  }

  static const RE2 kNear(R"(^\s*(.+?)\s+NEAR/(\d+)\s+(.+?)\s*$)");
  std::vector<std::string> pattern_texts;
  c->exclusions.resize(lex.themes.size());
  c->exclusion_index.resize(lex.themes.size());
  for (size_t ti = 0; ti < lex.themes.size(); ++ti) {
    const Theme& theme = lex.themes[ti];
    for (const Rule& rule : theme.rules) {
      CompiledRule r;
      r.theme = ti;
      r.kind = rule.kind;
      r.name = RuleName(rule);
      r.questions = rule.questions;
      const size_t id = c->rules.size();
      const std::string where = Where(lex, rule.line);
      switch (rule.kind) {
        case RuleKind::kWord:
        case RuleKind::kPhrase: {
          r.words = Terms(rule.text);
          if (r.words.empty()) return Status::InvalidInput(where, std::string("empty ") + (rule.kind == RuleKind::kWord ? "word" : "phrase"));
          c->rules.push_back(r);
          c->AddTerm(r.words.front(), id, Role::kStart);
          break;
        }
        case RuleKind::kAcronym: {
          if (std::string(Trim(rule.text)).find(' ') != std::string::npos) {
            return Status::InvalidInput(where, "an acronym is one token: '" + Printable(rule.text) + "'");
          }
          c->rules.push_back(r);
          const std::string acronym(Trim(rule.text));
          c->acronyms[acronym].push_back(id);
          if (!acronym.empty()) c->acronym_first_byte[static_cast<unsigned char>(acronym.front())] = true;
          break;
        }
        case RuleKind::kPattern: {
          auto re = std::make_unique<RE2>(rule.text, PatternOptions());
          if (!re->ok()) {
            return Status::InvalidInput(where, "invalid RE2 pattern '" + Printable(rule.text) + "': " + Printable(re->error()));
          }
          c->rules.push_back(r);
          c->patterns.push_back(std::move(re));
          c->pattern_rule.push_back(id);
          pattern_texts.push_back(rule.text);
          break;
        }
        case RuleKind::kNear: {
          std::string a, b;
          size_t within = 0;
          if (!RE2::FullMatch(rule.text, kNear, &a, &within, &b) || within == 0) {
            return Status::InvalidInput(where, "a near rule reads 'A NEAR/N B' with N > 0: '" + Printable(rule.text) + "'");
          }
          // Each side is a word or phrase, or alternatives joined by '|'.
          for (const std::string& side : {a, b}) {
            std::vector<std::vector<Term>> alternatives;
            for (const std::string& alt : Alternatives(side)) alternatives.push_back(Terms(alt));
            if (alternatives.empty()) {
              return Status::InvalidInput(where, "a near rule has an empty alternative: '" + Printable(rule.text) + "'");
            }
            r.parts.push_back(std::move(alternatives));
          }
          r.within = within;
          c->rules.push_back(r);
          for (size_t side = 0; side < 2; ++side) {
            for (size_t alt = 0; alt < r.parts[side].size(); ++alt) {
              c->AddTerm(r.parts[side][alt].front(), id, side == 0 ? Role::kNearA : Role::kNearB, side, alt);
            }
          }
          break;
        }
        case RuleKind::kAll: {
          if (rule.parts.size() < 2) {
            return Status::InvalidInput(where, "an all rule needs two or more parts: '" + Printable(rule.text) + "'");
          }
          for (const std::string& part : rule.parts) {
            std::vector<std::vector<Term>> alternatives;
            for (const std::string& alt : Alternatives(part)) alternatives.push_back(Terms(alt));
            if (alternatives.empty() ||
                std::any_of(alternatives.begin(), alternatives.end(), [](const auto& a) { return a.empty(); })) {
              return Status::InvalidInput(where, "an all rule has an empty part or alternative: '" +
                                                     Printable(rule.text) + "'");
            }
            r.parts.push_back(std::move(alternatives));
          }
          c->rules.push_back(r);
          for (size_t p = 0; p < r.parts.size(); ++p) {
            for (size_t a = 0; a < r.parts[p].size(); ++a) c->AddTerm(r.parts[p][a].front(), id, Role::kAllPart, p, a);
          }
          break;
        }
      }
    }
    for (const Exclusion& ex : theme.exclusions) {
      CompiledExclusion ce;
      if (ex.pattern) {
        ce.re = std::make_unique<RE2>(ex.text, PatternOptions());
        if (!ce.re->ok()) {
          return Status::InvalidInput(Where(lex, ex.line), "invalid RE2 pattern '" + Printable(ex.text) +
                                      "': " + Printable(ce.re->error()));
        }
        if (!c->exclusion_set) c->exclusion_set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
        std::string error;
        ce.set_index = c->exclusion_set->Add(ex.text, &error);
        if (ce.set_index < 0) return Status::Internal("lexicon", "exclusion pattern set: " + error);
      } else {
        ce.words = Terms(ex.text);
        if (ce.words.empty()) return Status::InvalidInput(Where(lex, ex.line), "empty exclusion");
      }
      c->exclusions[ti].push_back(std::move(ce));
    }
    ExclusionIndex& excluded = c->exclusion_index[ti];
    for (size_t e = 0; e < c->exclusions[ti].size(); ++e) {
      const CompiledExclusion& ce = c->exclusions[ti][e];
      if (ce.re) {
        excluded.has_patterns = true;
      } else {
        if (ce.words.front().glob) excluded.glob_first.push_back(e);
        else excluded.by_first_word[ce.words.front().folded].push_back(e);
        excluded.longest = std::max(excluded.longest, ce.words.size());
      }
    }
  }
  Result<std::unique_ptr<PendingCues>> pending =
      PendingCues::Compile(lex.pending ? *lex.pending : DefaultPendingRules(), lex.source);
  if (!pending.ok()) return pending.status();
  c->pending = std::move(pending).value();
  if (c->exclusion_set && !c->exclusion_set->Compile()) {
    return Status::Internal("lexicon", "the exclusion pattern set is too large");
  }
  if (!pattern_texts.empty()) {
    c->pattern_set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
    for (const std::string& p : pattern_texts) {
      std::string error;
      if (c->pattern_set->Add(p, &error) < 0) return Status::Internal("lexicon", "pattern set: " + error);
    }
    if (!c->pattern_set->Compile()) return Status::Internal("lexicon", "the pattern set is too large");
  }
  c->IndexUses();
  return std::shared_ptr<const Matcher::Compiled>(std::move(c));
}

Result<Matcher> Matcher::Compile(const Lexicon& lex) {
  Result<std::shared_ptr<const Compiled>> c = internal::CompileLexicon(lex);
  if (!c.ok()) return c.status();
  return Matcher(std::move(c).value());
}

}  // namespace returns
