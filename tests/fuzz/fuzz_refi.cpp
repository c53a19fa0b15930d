// Fuzz target: a REFI-QDA project (.qdpx zip, or project.qde XML) through
// import-coding's reader. Nothing crashes on any input, and what it reads
// is a coding: every comment's pending themes are among its themes, and the
// gold file written of it is one our gold reader takes.
// Seeds: dover-q3.qdpx, `returns export --district Dover --question 3` of
// the bundled corpus; other-tool.qde, written by hand as another tool might
// (codes by name, text inline, a whole-source coding, a reversed selection,
// a comment map out of range, a PDF source).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "corpus/base/zip_calls.h"
#include "lexicon/codebook/lexicon_yaml.h"
#include "pipeline/reports/coding.h"
#include "pipeline/reports/refi_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const returns::Lexicon lexicon =
      returns::ParseLexiconYaml("name: f\nversion: '1'\nthemes:\n  - id: moderation\n    label: Moderation\n"
                                "  - id: learning_walks\n    label: Learning walks\n    parent: moderation\n",
                                "fuzz.yaml")
          .value();
  // The zip module must load, or every .qdpx would be refused quietly and never fuzzed.
  static const bool zip = returns::Libzip().ok();
  if (!zip) std::abort();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  returns::Result<returns::RefiCoding> coding = returns::ReadRefiCoding(bytes, "fuzz.qdpx", lexicon);
  if (!coding.ok()) return 0;
  for (const returns::ImportedComment& c : coding.value().comments) {
    for (const std::string& p : c.pending) {
      bool found = false;
      for (const std::string& t : c.themes) found = found || t == p;
      if (!found) std::abort();
    }
  }
  std::istringstream gold(returns::GoldJsonl(coding.value()));
  returns::Result<std::vector<returns::CodedComment>> read = returns::ReadCoding(gold, "gold.jsonl");
  if (!read.ok()) std::abort();
  return 0;
}
