// For the fuzz targets that read a lexicon (fuzz_lexicon, fuzz_dictionary):
// a lexicon that compiles must tag a comment without crashing, with every
// match span inside the text and on UTF-8 character boundaries; aborts (a
// crash to libFuzzer, with the input) when one is not. A lexicon that does
// not compile is a refusal, not a finding.
#pragma once

#include <cstdlib>
#include <string>

#include "lexicon/codebook/lexicon.h"
#include "lexicon/matcher/matcher.h"

namespace returns::fuzz {

inline bool Boundary(const std::string& text, size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

inline void CheckTagging(const Lexicon& lexicon) {
  const auto matcher = Matcher::Compile(lexicon);
  if (!matcher.ok()) return;
  static const std::string kComment =
      "Joint moderation of Y6 writing – “agreed judgements” across schools; £125 saved, café TAs’ CPD planned for next term.";
  const Tagging t = matcher.value().Tag(kComment, 2);
  for (const auto& m : t.matches) {
    if (m.start > m.end || m.end > kComment.size() || !Boundary(kComment, m.start) || !Boundary(kComment, m.end)) {
      std::abort();
    }
  }
}

}  // namespace returns::fuzz
