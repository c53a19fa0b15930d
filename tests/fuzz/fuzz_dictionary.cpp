// Fuzz target: a dictionary imported as a lexicon — LIWC .dic, WordStat .cat
// or quanteda YAML (the first byte picks the format) — then compiled and used
// to tag a comment. A bad file is refused with a Status; an import that
// compiles must tag as check_tagging.h says. libFuzzer's -timeout catches an
// import that is not linear in its input.
#include <cstdint>
#include <string>

#include "lexicon/codebook/import_liwc.h"
#include "lexicon/codebook/import_quanteda.h"
#include "lexicon/codebook/import_wordstat.h"
#include "tests/fuzz/check_tagging.h"

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
  if (lexicon.ok()) returns::fuzz::CheckTagging(lexicon.value());
  return 0;
}
