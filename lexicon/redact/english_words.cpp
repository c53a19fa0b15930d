#include "lexicon/redact/english_words.h"

#include <cstdlib>

#include "corpus/base/read_file.h"
#include "corpus/text/tokenize.h"

namespace returns {
namespace {

// "Smith’s" → "Smith", "Jones'" → "Jones".
std::string_view WithoutPossessive(std::string_view w) {
  for (std::string_view end : {"’s", "'s", "’S", "'S", "’", "'"}) {
    if (w.size() > end.size() && w.substr(w.size() - end.size()) == end) return w.substr(0, w.size() - end.size());
  }
  return w;
}

bool StartsLower(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }
bool StartsUpper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

std::string EnglishWords::DefaultPath() {
  const char* env = std::getenv("RETURNS_WORDS");
  return env && *env ? env : "/usr/share/dict/british-english";
}

EnglishWords EnglishWords::FromText(std::string_view text) {
  auto sets = std::make_shared<Sets>();
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view w = text.substr(at, end - at);
    if (!w.empty() && w.back() == '\r') w.remove_suffix(1);
    w = WithoutPossessive(w);
    // Lower case: a common word. Capitalised: a proper noun. Others (non-ASCII
    // first letters, "ångström", "Émile") by their case folding.
    if (StartsLower(w)) {
      sets->common.emplace(w);
    } else if (StartsUpper(w)) {
      sets->proper.emplace(w);
    } else if (!w.empty()) {
      const std::string folded = FoldCase(w);
      if (folded == w) sets->common.emplace(w);
      else sets->proper.emplace(w);
    }
    at = end + 1;
  }
  EnglishWords out;
  out.words_ = std::move(sets);
  return out;
}

Result<EnglishWords> EnglishWords::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) {
    return Status::NotFound(path, "no English word list (redaction needs one: install the Debian package wbritish, "
                                  "or set RETURNS_WORDS to a list of words, one a line)");
  }
  return FromText(text.value());
}

WordKind EnglishWords::Kind(std::string_view word) const {
  WordKind kind;
  if (!words_) return kind;
  word = WithoutPossessive(word);
  if (word.empty()) return kind;
  kind.common = words_->common.count(FoldCase(word)) > 0;
  kind.proper = words_->proper.count(std::string(word)) > 0;
  return kind;
}

}  // namespace returns
