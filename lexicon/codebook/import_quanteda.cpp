#include "lexicon/codebook/import_quanteda.h"

#include <yaml-cpp/yaml.h>

#include "corpus/base/utf8.h"
#include "corpus/text/words.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/codebook/lexicon_yaml.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

// yaml-cpp throws; this reader returns Status values with the node's line.
class Reader {
 public:
  Reader(const std::string& source, Lexicon& lex) : source_(source), lex_(lex) {}

  // The keys of `map`, each a theme under `parent` (an index in lex_.themes, or -1).
  Status Keys(const YAML::Node& map, int parent) {
    for (const auto& entry : map) {
      if (!entry.first.IsScalar() || entry.first.as<std::string>().empty()) {
        return Error(entry.first, "a dictionary key must be text");
      }
      const std::string key = entry.first.as<std::string>();
      Theme t;
      t.label = key;
      t.line = Line(entry.first);
      t.id = ThemeId(key);
      if (parent >= 0) {
        t.parent = lex_.themes[static_cast<size_t>(parent)].id;
        t.id = DistinctThemeId(t.id, *t.parent, ids_);
      }
      ids_.taken.insert(t.id);
      const int index = static_cast<int>(lex_.themes.size());
      lex_.themes.push_back(std::move(t));
      if (Status s = Value(entry.second, index); !s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  // A key's value: entries (a list or one), nested keys (a map), a list
  // mixing both, or nothing.
  Status Value(const YAML::Node& value, int theme) {
    if (!value || value.IsNull()) return Status::OK();
    if (value.IsMap()) return Keys(value, theme);
    if (value.IsScalar()) return Entry(value, theme);
    for (const YAML::Node& item : value) {
      if (item.IsScalar()) {
        if (Status s = Entry(item, theme); !s.ok()) return s;
      } else if (item.IsMap()) {
        if (Status s = Keys(item, theme); !s.ok()) return s;
      } else if (!item.IsNull()) {
        return Error(item, "an entry must be text (or a map of nested keys)");
      }
    }
    return Status::OK();
  }

  Status Entry(const YAML::Node& node, int theme) {
    const std::string entry(Trim(node.as<std::string>()));
    if (entry.empty()) return Status::OK();
    const std::string where = source_ + ":" + std::to_string(Line(node));
    if (entry.find('?') != std::string::npos) {
      lex_.warnings.push_back(where + ": warning: entry '" + Printable(entry) +
                              "' uses quanteda's '?' (any one character), which is not supported; it was not imported");
      return Status::OK();
    }
    if (entry.find_first_of("[](){}|\\^$") != std::string::npos) {
      lex_.warnings.push_back(where + ": warning: entry '" + Printable(entry) +
                              "' looks like a regular expression (quanteda's valuetype \"regex\"), which is not "
                              "supported; it was not imported");
      return Status::OK();
    }
    // quanteda splits a multi-word entry at whitespace: one space between words.
    std::string words;
    bool space = false;
    for (char c : entry) {
      const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (blank) {
        space = true;
        continue;
      }
      if (space && !words.empty()) words += ' ';
      space = false;
      words += c;
    }
    const RuleKind kind = words.find(' ') == std::string::npos ? RuleKind::kWord : RuleKind::kPhrase;
    lex_.themes[static_cast<size_t>(theme)].rules.push_back({kind, words, {}, Line(node)});
    return Status::OK();
  }

  Status Error(const YAML::Node& node, const std::string& message) const {
    return Status::InvalidInput(source_ + ":" + std::to_string(Line(node)), message);
  }
  static int Line(const YAML::Node& node) { return node.Mark().line + 1; }

  const std::string& source_;
  Lexicon& lex_;
  ThemeIds ids_;
};

}  // namespace

bool IsQuantedaYaml(const YAML::Node& root) {
  if (!root.IsMap() || root.size() == 0) return false;
  for (const char* key : {"themes", "name", "version"}) {
    if (root[key]) return false;
  }
  return true;
}

bool IsQuantedaYaml(const std::string& yaml_text) {
  try {
    return IsQuantedaYaml(YAML::Load(yaml_text));
  } catch (const YAML::Exception&) {
    return false;
  }
}

Result<Lexicon> ReadQuantedaYaml(const YAML::Node& root, const std::string& source) {
  Lexicon lex;
  lex.source = source;
  lex.name = source;
  lex.version = "quanteda";
  try {
    if (!root.IsMap()) return Status::InvalidInput(source, "a quanteda dictionary is a map of keys");
    Reader reader(source, lex);
    if (Status s = reader.Keys(root, -1); !s.ok()) return s;
  } catch (const YAML::Exception& e) {
    return BadYaml(e, source);
  }
  if (lex.themes.empty()) return Status::InvalidInput(source, "no keys");
  return lex;
}

Result<Lexicon> ParseQuantedaYaml(const std::string& yaml_text, const std::string& source) {
  return ParseYamlWith(yaml_text, source, ReadQuantedaYaml);
}

}  // namespace returns
