// Comparing what our own appendix read back gives with the bundled corpus it
// was made from (tests/data/appendix/make_roundtrip.sh).
#pragma once

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "corpus/model/model.h"
#include "tests/corpus/seed_corpus.h"

namespace returns::test {

// A line break in a PDF hides whether a space stood there after a hyphen or
// before a bracket ("service- improved" and "parents.(Parental" print as
// "service-" / "improved", "parents." / "(Parental"): no reader can tell.
// Spaces next to punctuation are left out of the comparison; between two
// letters or digits they count.
inline std::string BreakInsensitive(const std::string& s) {
  std::string out;
  auto word_char = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ') {
      const bool between_words = !out.empty() && word_char(static_cast<unsigned char>(out.back())) && i + 1 < s.size() &&
                                 word_char(static_cast<unsigned char>(s[i + 1]));
      if (!between_words) continue;
    }
    out += s[i];
  }
  return out;
}

// Every return of the bundled corpus comes back once, with its district,
// question, collaborative and lead schools (canonical), and its comments and
// headings; at most a few comments differ byte for byte, only where a line
// break hid a space next to punctuation.
inline void CheckRoundTrip(const std::vector<Return>& got) {
  std::map<std::string, const Return*> by_id;
  for (const Return& r : got) CHECK(by_id.emplace(r.id, &r).second);
  size_t returns = 0, comments = 0, byte_exact = 0;
  for (int q : {2, 3}) {
    for (const Return& want : SeedAppendix(q).returns) {
      INFO(want.id);
      ++returns;
      const auto it = by_id.find(want.id);
      REQUIRE(it != by_id.end());
      const Return& r = *it->second;
      CHECK(r.question == want.question);
      CHECK(r.district == want.district);
      CHECK(r.collaborative_canonical == want.collaborative_canonical);
      CHECK(r.lead_schools_canonical == want.lead_schools_canonical);
      REQUIRE(r.comments.size() == want.comments.size());
      for (size_t k = 0; k < r.comments.size(); ++k) {
        INFO("comment " << k + 1);
        ++comments;
        CHECK(r.comments[k].heading.has_value() == want.comments[k].heading.has_value());
        if (r.comments[k].heading && want.comments[k].heading) {
          CHECK(BreakInsensitive(*r.comments[k].heading) == BreakInsensitive(*want.comments[k].heading));
        }
        CHECK(BreakInsensitive(r.comments[k].text) == BreakInsensitive(want.comments[k].text));
        byte_exact += r.comments[k].text == want.comments[k].text && r.comments[k].heading == want.comments[k].heading;
      }
      CHECK(BreakInsensitive(r.text) == BreakInsensitive(want.text));
    }
  }
  CHECK(got.size() == returns);
  CHECK(returns == 90);
  CHECK(comments == 445);
  CHECK(byte_exact + 3 >= comments);
}

}  // namespace returns::test
