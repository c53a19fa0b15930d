#include "pipeline/reports/refi_selections.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using returns::ThemeMatch;
using returns::refi::CodedSpan;
using returns::refi::CodedSpans;

namespace {

ThemeMatch M(const char* theme, size_t start, size_t end, const char* rule, bool pending = false) {
  return ThemeMatch{theme, rule, start, end, "", pending};
}

std::string Show(const std::vector<CodedSpan>& spans) {
  std::string out;
  // Appended piece by piece (GCC 12 warns, wrongly, of overlap in a chain of +).
  for (const CodedSpan& s : spans) {
    out += s.theme;
    out += ' ';
    out += std::to_string(s.start);
    out += '-';
    out += std::to_string(s.end);
    out += " [";
    for (size_t i = 0; i < s.rules.size(); ++i) {
      if (i) out += ", ";
      out += s.rules[i];
    }
    out += ']';
    if (s.pending) out += " pending";
    out += " #";
    out += std::to_string(s.first_match);
    out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("REFI-QDA selections: a theme's overlapping matches are one, other themes and apart ones their own",
          "[refi]") {
  struct Row {
    const char* what;
    std::vector<ThemeMatch> matches;
    const char* spans;
  };
  // "Trust between heads who challenge each other" (byte offsets).
  const Row rows[] = {
      {"three rules inside one another: one selection, every rule named",
       {M("trust", 0, 5, "word:trust"), M("trust", 0, 13, "phrase:trust between"),
        M("trust", 0, 19, "phrase:trust between heads")},
       "trust 0-19 [word:trust, phrase:trust between, phrase:trust between heads] #0\n"},
      {"two themes on the same words: one each",
       {M("leadership", 0, 19, "phrase:heads"), M("trust", 0, 19, "phrase:trust between heads")},
       "leadership 0-19 [phrase:heads] #0\ntrust 0-19 [phrase:trust between heads] #1\n"},
      {"apart in the text: two selections of one theme",
       {M("trust", 0, 5, "word:trust"), M("trust", 24, 33, "word:challenge")},
       "trust 0-5 [word:trust] #0\ntrust 24-33 [word:challenge] #1\n"},
      {"overlapping, not nested; the same rule twice named once",
       {M("trust", 6, 19, "near:x"), M("trust", 0, 13, "near:x")},
       "trust 0-19 [near:x] #0\n"},
      {"touching: one stretch of text",
       {M("trust", 0, 5, "a"), M("trust", 5, 13, "b")},
       "trust 0-13 [a, b] #0\n"},
      {"pending only when every match in it is",
       {M("cpd", 0, 8, "a", true), M("cpd", 4, 12, "b", false), M("data", 20, 24, "c", true)},
       "cpd 0-12 [a, b] #0\ndata 20-24 [c] pending #2\n"},
      {"no matches", {}, ""},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    CHECK(Show(CodedSpans(row.matches)) == row.spans);
  }
}
