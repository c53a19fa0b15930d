// Fuzz target: a dictionary imported as a lexicon — LIWC .dic, WordStat .cat
// or quanteda YAML (the first byte picks the format) — then compiled and used
// to tag a comment. A bad file is refused with a Status; an import that
// compiles must tag without crashing, with every match span inside the text
// and on UTF-8 character boundaries. libFuzzer's -timeout catches an import
// that is not linear in its input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_quanteda.h"
#include "lexicon/codebook/import_wordstat.h"
#include "lexicon/matcher/matcher.h"

namespace {
bool Boundary(const std::string& text, size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  returns::Result<returns::Lexicon> lexicon = [&] {
    switch (data[0] % 3) {
      case 0: return returns::ParseLiwcDic(text, "fuzz.dic");
      case 1: return returns::ParseWordstatCat(text, "fuzz.cat");
      default: return returns::ParseQuantedaYaml(text, "fuzz.yml");
    }
  }();
  if (!lexicon.ok()) return 0;
  const auto matcher = returns::Matcher::Compile(lexicon.value());
  if (!matcher.ok()) return 0;
  static const std::string kComment =
      "Joint moderation of Y6 writing – “agreed judgements” across schools; £125 saved, café TAs’ CPD planned for next term.";
  const returns::Tagging t = matcher.value().Tag(kComment, 2);
  for (const auto& m : t.matches) {
    if (m.start > m.end || m.end > kComment.size() || !Boundary(kComment, m.start) || !Boundary(kComment, m.end)) {
      std::abort();
    }
  }
  return 0;
}
