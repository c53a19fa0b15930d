#include "index/store/vocabulary.h"

#include <algorithm>

namespace returns {

void AddVocabulary(std::string_view kept, std::vector<std::string>& out) {
  for (size_t from = 0; from < kept.size();) {
    size_t end = kept.find('\n', from);
    if (end == std::string_view::npos) end = kept.size();
    if (end > from) out.emplace_back(kept.substr(from, end - from));
    from = end + 1;
  }
  // One kept vocabulary alone is sorted already: only checked (a wildcard
  // query reads it every time).
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::string KeptVocabulary(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += '\n';
    out += w;
  }
  return out;
}

void VocabularyBuilder::Note(std::vector<std::string>& words) {
  for (std::string& w : words) words_.insert(std::move(w));
  words.clear();
}

std::string VocabularyBuilder::Kept(std::string_view kept) const {
  std::vector<std::string> before;
  if (!replace_) AddVocabulary(kept, before);
  std::vector<std::string_view> all(words_.begin(), words_.end());
  all.insert(all.end(), before.begin(), before.end());
  return KeptVocabulary(std::move(all));
}

}  // namespace returns
