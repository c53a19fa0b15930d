// The intake samples in tests/data/intake/: reading them, and what a careful
// reader finds in tests/data/intake/same/ — three returns written four ways
// (long CSV, wide CSV, two return documents, JSON Lines). The table below is
// read off the sample files by hand, not taken from any reader's output.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/model/model.h"

namespace returns::test {

inline std::string SourcePath(const std::string& relative) { return std::string(RETURNS_SOURCE_DIR) + "/" + relative; }

// The bytes of a file under the source tree.
inline std::string Slurp(const std::string& relative) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline std::vector<std::string> CommentTexts(const Return& r) {
  std::vector<std::string> out;
  for (const Comment& c : r.comments) out.push_back(c.text);
  return out;
}

struct SameReturn {
  int question;
  const char* id;
  const char* district;
  const char* collaborative;
  std::vector<std::string> lead_schools;  // as kept: "n/a" is a note, not a school
  std::vector<std::string> comments;      // bullet glyphs dropped
};

// In the order the samples list them.
inline const std::vector<SameReturn>& SameReturns() {
  static const std::vector<SameReturn> returns = {
      {3, "q3/samphire-hub/no-lead", "Dover", "Samphire Hub", {},
       {"Collegiate and committed approach from headteachers in the group, with emphasis on raising standards.",
        "High expectations and aspirations, shared by teachers, support staff and governors."}},
      {2, "q2/m7-partnership/minster-primary", "Thanet", "M7 Partnership", {"Minster Primary"},
       {"We have completed two learning walks, and moderation of writing is planned for Term 5.",
        "Governors attended joint training on \"pupil premium\", with \xC2\xA3" "125 saved per EP day."}},
      {3, "q3/m7-partnership/minster-primary", "Thanet", "M7 Partnership", {"Minster Primary"},
       {"Experienced Headteachers who are very willing to work together.",
        "Variety in the size and type of schools working together."}},
  };
  return returns;
}

}  // namespace returns::test
