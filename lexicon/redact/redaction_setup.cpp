#include "lexicon/redact/redaction_setup.h"

#include "corpus/base/read_file.h"
#include "corpus/register/district.h"
#include "corpus/register/name_cues.h"
#include "corpus/text/tokenize.h"

namespace returns {
namespace {

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  size_t a = 0;
  while (a < s.size() && (s[a] == ' ' || s[a] == '\t')) ++a;
  return s.substr(a);
}

// A lead school without its last word when that word says what kind of
// school it is: "Hugh Christie TC" → "Hugh Christie" (a comment writes that).
void AddWithoutEnding(const std::string& name, std::vector<std::string>& out) {
  const size_t space = name.rfind(' ');
  if (space == std::string::npos || !EndsLikeSchool(name)) return;  // "Stella Maris" stays whole
  out.push_back(name.substr(0, space));
}

void AddFirstWord(const std::string& name, std::vector<std::string>& places) {
  const std::vector<Token> tokens = Tokenize(name);
  if (tokens.empty()) return;
  const std::string& first = tokens[0].folded;
  if (first != "st" && first != "the") places.push_back(tokens[0].text);
}

}  // namespace

Result<RedactStyle> ParseRedactStyle(const std::string& text) {
  if (text == "name") return RedactStyle::kName;
  if (text == "initials") return RedactStyle::kInitials;
  return Status::InvalidInput("unknown --redact-style '" + text + "' (name or initials)");
}

Result<std::vector<std::string>> ReadNameList(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::vector<std::string> out;
  size_t at = 0;
  int line = 0;
  const std::string& t = text.value();
  while (at < t.size()) {
    size_t end = t.find('\n', at);
    if (end == std::string::npos) end = t.size();
    ++line;
    std::string l = t.substr(at, end - at);
    if (const size_t hash = l.find('#'); hash != std::string::npos) l.resize(hash);
    l = Trimmed(l);
    if (!l.empty()) {
      if (Tokenize(l).empty()) return Status::InvalidInput(path + ":" + std::to_string(line), "'" + l + "' has no word in it");
      out.push_back(l);
    }
    at = end + 1;
  }
  return out;
}

RedactorOptions NamesToKeep(const Register& reg, const Lexicon& lexicon) {
  RedactorOptions o;
  for (const RegisterEntry& e : reg.entries()) {
    for (const std::string& n : e.names) {
      o.keep.push_back(n);
      AddFirstWord(n, o.places);
    }
    if (!e.district.empty()) o.keep.push_back(e.district);
    for (const LeadSchool& s : e.lead_schools) {
      for (const std::string& p : s.plain) {
        if (Tokenize(p).empty()) continue;
        o.keep.push_back(p);
        AddWithoutEnding(p, o.keep);
      }
    }
  }
  for (const std::string& d : KentDistricts()) {
    o.keep.push_back(d);
    AddFirstWord(d, o.places);
  }
  for (const Theme& t : lexicon.themes) {
    if (!Tokenize(t.label).empty()) o.keep.push_back(t.label);
    for (const Rule& r : t.rules) {
      if (r.kind == RuleKind::kPhrase && !Tokenize(r.text).empty()) o.keep.push_back(r.text);
    }
  }
  return o;
}

Result<Redactor> BuildRedactor(const Register& reg, const Lexicon& lexicon, const RedactSettings& settings) {
  RedactorOptions options = NamesToKeep(reg, lexicon);
  options.style = settings.style;
  if (!settings.keep_list.empty()) {
    Result<std::vector<std::string>> keep = ReadNameList(settings.keep_list);
    if (!keep.ok()) return keep.status();
    options.keep.insert(options.keep.end(), keep.value().begin(), keep.value().end());
  }
  if (!settings.redact_list.empty()) {
    Result<std::vector<std::string>> redact = ReadNameList(settings.redact_list);
    if (!redact.ok()) return redact.status();
    options.redact = std::move(redact).value();
  }
  Result<EnglishWords> words = EnglishWords::Load(settings.words_path.empty() ? EnglishWords::DefaultPath() : settings.words_path);
  if (!words.ok()) return words.status();
  return Redactor::Compile(options, std::move(words).value());
}

}  // namespace returns
