// Fuzz target: a lexicon file (YAML) read, checked and compiled, then used to
// tag a comment. Bad lexicons are refused with a Status; a lexicon that
// compiles must tag without crashing, with every match span inside the text
// and on UTF-8 character boundaries.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lexicon/codebook/lexicon_yaml.h"
#include "lexicon/matcher/matcher.h"

namespace {
bool Boundary(const std::string& text, size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string yaml(reinterpret_cast<const char*>(data), size);
  const auto lexicon = returns::ParseLexiconYaml(yaml, "fuzz.yaml");
  if (!lexicon.ok()) return 0;
  const auto matcher = returns::Matcher::Compile(lexicon.value());
  if (!matcher.ok()) return 0;
  static const std::string kText =
      "Joint moderation of Y6 writing – “agreed judgements” across schools; £125 saved, café TAs’ CPD planned for next term.";
  const returns::Tagging t = matcher.value().Tag(kText, 2);
  for (const auto& m : t.matches) {
    if (m.start > m.end || m.end > kText.size() || !Boundary(kText, m.start) || !Boundary(kText, m.end)) std::abort();
  }
  return 0;
}
