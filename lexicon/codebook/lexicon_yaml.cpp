#include "lexicon/codebook/lexicon_yaml.h"

#include <yaml-cpp/yaml.h>

#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "lexicon/codebook/lexicon_text.h"

namespace returns {
namespace {

// yaml-cpp reports problems by throwing; this adapter turns them into Status
// values at the boundary, with the node's line.
class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  Status Error(const YAML::Node& node, const std::string& message) const {
    return Status::InvalidInput(source_ + ":" + std::to_string(node.Mark().line + 1), message);
  }
  int Line(const YAML::Node& node) const { return node.Mark().line + 1; }

  // A scalar field, or an error naming it.
  Status Scalar(const YAML::Node& map, const char* key, std::string& out, bool required) const {
    const YAML::Node node = map[key];
    if (!node) return required ? Error(map, std::string("missing '") + key + "'") : Status::OK();
    if (!node.IsScalar()) return Error(node, std::string("'") + key + "' must be text");
    out = node.as<std::string>();
    return Status::OK();
  }

  Status Questions(const YAML::Node& node, std::vector<int>& out, const char* key = "questions") const {
    if (!node.IsSequence()) return Error(node, std::string("'") + key + "' must be a list of question numbers 1-5");
    for (const YAML::Node& q : node) {
      int n = 0;
      if (!q.IsScalar() || !YAML::convert<int>::decode(q, n) || n < 1 || n > 5) {
        return Error(q, "question must be a number from 1 to 5");
      }
      out.push_back(n);
    }
    return Status::OK();
  }

  Status Rules(const YAML::Node& node, Theme& theme) const {
    if (!node.IsSequence()) return Error(node, "'rules' must be a list");
    static const std::pair<const char*, RuleKind> kKinds[] = {
        {"word", RuleKind::kWord},       {"words", RuleKind::kWord},       {"phrase", RuleKind::kPhrase},
        {"phrases", RuleKind::kPhrase},  {"acronym", RuleKind::kAcronym},  {"acronyms", RuleKind::kAcronym},
        {"pattern", RuleKind::kPattern}, {"patterns", RuleKind::kPattern}, {"near", RuleKind::kNear},
        {"all", RuleKind::kAll}};
    for (const YAML::Node& r : node) {
      if (!r.IsMap()) return Error(r, "a rule must be a map such as '- word: moderat*'");
      std::vector<int> questions;
      if (r["questions"]) {
        if (Status s = Questions(r["questions"], questions); !s.ok()) return s;
      }
      int kinds = 0;
      for (const auto& entry : r) {
        const std::string key = entry.first.as<std::string>();
        if (key == "questions") continue;
        const RuleKind* kind = nullptr;
        for (const auto& [name, k] : kKinds) {
          if (key == name) kind = &k;
        }
        if (!kind) {
          return Error(entry.first,
                       "unknown rule kind '" + Printable(key) + "' (word, phrase, acronym, pattern, near, all)");
        }
        ++kinds;
        const YAML::Node value = entry.second;
        if (*kind == RuleKind::kAll) {
          if (Status s = AllRule(value, questions, theme); !s.ok()) return s;
          continue;
        }
        std::vector<YAML::Node> items;
        if (value.IsSequence()) {
          for (const YAML::Node& v : value) items.push_back(v);
        } else {
          items.push_back(value);
        }
        for (const YAML::Node& v : items) {
          if (!v.IsScalar() || v.as<std::string>().empty()) return Error(v, "'" + key + "' needs text");
          theme.rules.push_back({*kind, v.as<std::string>(), questions, Line(v)});
        }
      }
      if (kinds != 1) return Error(r, "a rule has exactly one kind (word, phrase, acronym, pattern, near or all)");
    }
    return Status::OK();
  }

  // all: [A, B, ...]: two or more parts, each a word or phrase.
  Status AllRule(const YAML::Node& value, const std::vector<int>& questions, Theme& theme) const {
    if (!value.IsSequence() || value.size() < 2) {
      return Error(value, "'all' needs a list of two or more words or phrases: all: [support*, each other]");
    }
    Rule rule{RuleKind::kAll, "[", questions, Line(value), {}};
    for (const YAML::Node& v : value) {
      if (!v.IsScalar() || v.as<std::string>().empty()) return Error(v, "a part of 'all' must be a word or phrase");
      rule.parts.push_back(v.as<std::string>());
      rule.text += (rule.parts.size() > 1 ? ", " : "") + rule.parts.back();
    }
    rule.text += "]";
    theme.rules.push_back(std::move(rule));
    return Status::OK();
  }

  // pending: {cues: [...], done: [...]}; each cue '- phrase(s): …' or
  // '- pattern(s): …', with optional 'scope' and 'questions'.
  Status Cues(const YAML::Node& node, const char* what, CueScope default_scope, std::vector<Cue>& out) const {
    if (!node.IsSequence()) return Error(node, std::string("'") + what + "' must be a list of cues");
    for (const YAML::Node& c : node) {
      if (!c.IsMap()) return Error(c, "a cue must be a map such as '- phrase: not yet'");
      CueScope scope = default_scope;
      std::vector<int> questions;
      int kinds = 0;
      for (const auto& entry : c) {
        const std::string key = entry.first.as<std::string>();
        if (key == "scope") {
          const std::string v = entry.second.IsScalar() ? entry.second.as<std::string>() : std::string();
          if (v == "clause") scope = CueScope::kClause;
          else if (v == "sentence") scope = CueScope::kSentence;
          else if (v == "match") scope = CueScope::kMatch;
          else return Error(entry.second, "a cue's scope is 'clause', 'sentence' or 'match'");
        } else if (key == "questions") {
          if (Status s = Questions(entry.second, questions); !s.ok()) return s;
        } else if (key == "phrase" || key == "phrases" || key == "pattern" || key == "patterns") {
          ++kinds;
        } else {
          return Error(entry.first, "unknown cue field '" + Printable(key) + "' (phrase, pattern, scope, questions)");
        }
      }
      if (kinds != 1) return Error(c, "a cue has exactly one of phrase or pattern");
      for (const auto& entry : c) {
        const std::string key = entry.first.as<std::string>();
        if (key == "scope" || key == "questions") continue;
        const bool pattern = key.rfind("pattern", 0) == 0;
        const YAML::Node value = entry.second;
        const std::vector<YAML::Node> items = value.IsSequence()
                                                  ? std::vector<YAML::Node>(value.begin(), value.end())
                                                  : std::vector<YAML::Node>{value};
        for (const YAML::Node& v : items) {
          if (!v.IsScalar() || v.as<std::string>().empty()) return Error(v, "'" + key + "' needs text");
          out.push_back({pattern, v.as<std::string>(), scope, questions, Line(v)});
        }
      }
    }
    return Status::OK();
  }

  Status Pending(const YAML::Node& node, Lexicon& lex) const {
    if (!node.IsMap()) return Error(node, "'pending' must be a map with 'cues', 'done' and 'ahead'");
    PendingRules rules;
    rules.line = Line(node);
    for (const auto& entry : node) {
      const std::string key = entry.first.as<std::string>();
      if (key == "cues") {
        if (Status s = Cues(entry.second, "cues", CueScope::kClause, rules.pending); !s.ok()) return s;
      } else if (key == "done") {
        if (Status s = Cues(entry.second, "done", CueScope::kSentence, rules.done); !s.ok()) return s;
      } else if (key == "ahead") {
        if (Status s = Questions(entry.second, rules.ahead, "ahead"); !s.ok()) return s;
      } else {
        return Error(entry.first, "unknown pending field '" + Printable(key) + "' (cues, done, ahead)");
      }
    }
    lex.pending = std::move(rules);
    return Status::OK();
  }

  Status Exclusions(const YAML::Node& node, bool pattern, Theme& theme) const {
    const std::vector<YAML::Node> items = node.IsSequence() ? std::vector<YAML::Node>(node.begin(), node.end())
                                                            : std::vector<YAML::Node>{node};
    for (const YAML::Node& v : items) {
      if (!v.IsScalar()) return Error(v, "an exclusion must be text");
      theme.exclusions.push_back({pattern, v.as<std::string>(), Line(v)});
    }
    return Status::OK();
  }

  Result<Lexicon> Read(const YAML::Node& root) const {
    if (!root.IsMap()) return Error(root, "a lexicon is a map with name, version and themes");
    Lexicon lex;
    lex.source = source_;
    if (Status s = Scalar(root, "name", lex.name, true); !s.ok()) return s;
    if (Status s = Scalar(root, "version", lex.version, true); !s.ok()) return s;
    for (const char* key : {"name", "version"}) {  // the themes' text is checked with them (lexicon_text.h)
      const std::string text = root[key].as<std::string>();
      if (const std::string p = TextProblem(text, LineBreaks::kRefused); !p.empty()) {
        return Error(root[key], std::string(key) + " '" + Printable(text) + "' " + p);
      }
    }
    if (const YAML::Node pending = root["pending"]) {
      if (Status s = Pending(pending, lex); !s.ok()) return s;
    }
    const YAML::Node themes = root["themes"];
    if (!themes || !themes.IsSequence()) return Error(root, "'themes' must be a list");
    for (const YAML::Node& t : themes) {
      if (!t.IsMap()) return Error(t, "a theme must be a map");
      Theme theme;
      theme.line = Line(t);
      if (Status s = Scalar(t, "id", theme.id, true); !s.ok()) return s;
      if (Status s = Scalar(t, "label", theme.label, false); !s.ok()) return s;
      if (Status s = Scalar(t, "description", theme.description, false); !s.ok()) return s;
      std::string parent;
      if (Status s = Scalar(t, "parent", parent, false); !s.ok()) return s;
      if (!parent.empty()) theme.parent = parent;
      if (theme.label.empty()) theme.label = theme.id;
      for (const auto& entry : t) {
        const std::string key = entry.first.as<std::string>();
        static const char* kKnown[] = {"id", "label", "description", "parent", "rules", "exclude", "exclude_patterns"};
        bool known = false;
        for (const char* k : kKnown) known = known || key == k;
        if (!known) return Error(entry.first, "unknown theme field '" + Printable(key) + "'");
      }
      if (t["rules"]) {
        if (Status s = Rules(t["rules"], theme); !s.ok()) return s;
      }
      if (t["exclude"]) {
        if (Status s = Exclusions(t["exclude"], false, theme); !s.ok()) return s;
      }
      if (t["exclude_patterns"]) {
        if (Status s = Exclusions(t["exclude_patterns"], true, theme); !s.ok()) return s;
      }
      lex.themes.push_back(std::move(theme));
    }
    return lex;
  }

 private:
  const std::string& source_;
};

}  // namespace

Status BadYaml(const YAML::Exception& e, const std::string& source) {
  if (e.mark.is_null()) return Status::InvalidInput(source, "bad YAML: " + Printable(e.msg));
  return Status::InvalidInput(source + ":" + std::to_string(e.mark.line + 1), "bad YAML: " + Printable(e.msg));
}

Result<Lexicon> ReadLexiconYaml(const YAML::Node& root, const std::string& source) {
  const Reader reader(source);
  try {
    return reader.Read(root);
  } catch (const YAML::Exception& e) {
    return BadYaml(e, source);
  }
}

Result<Lexicon> ParseYamlWith(const std::string& yaml_text, const std::string& source,
                              Result<Lexicon> (*read)(const YAML::Node& root, const std::string& source)) {
  if (Status s = CheckUtf8(yaml_text, source); !s.ok()) return s;
  try {
    return read(YAML::Load(yaml_text), source);
  } catch (const YAML::Exception& e) {
    return BadYaml(e, source);
  }
}

Result<Lexicon> ParseLexiconYaml(const std::string& yaml_text, const std::string& source) {
  return ParseYamlWith(yaml_text, source, ReadLexiconYaml);
}

Result<Lexicon> LoadLexiconYaml(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  if (Status s = CheckUtf8(text.value(), path); !s.ok()) return s;
  return ParseLexiconYaml(ToNfc(text.value()), path);
}

}  // namespace returns
