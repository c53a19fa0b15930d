// Fuzz target: a lexicon file (YAML) read, checked and compiled, then used to
// tag a comment. Bad lexicons are refused with a Status; a lexicon that
// compiles must tag without crashing, with every match span inside the text
// and on UTF-8 character boundaries (check_tagging.h).
#include <cstdint>
#include <string>

#include "lexicon/codebook/lexicon_yaml.h"
#include "tests/fuzz/check_tagging.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string yaml(reinterpret_cast<const char*>(data), size);
  const auto lexicon = returns::ParseLexiconYaml(yaml, "fuzz.yaml");
  if (lexicon.ok()) returns::fuzz::CheckTagging(lexicon.value());
  return 0;
}
