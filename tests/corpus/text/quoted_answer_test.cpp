#include "corpus/text/quoted_answer.h"

#include <catch2/catch.hpp>

#include <sstream>

using returns::AnswerLine;
using returns::SegmentQuotedAnswer;

namespace {

std::vector<AnswerLine> Lines(const std::string& text) {
  std::vector<AnswerLine> out;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    AnswerLine a;
    a.line = ++n;
    a.text = line;
    out.push_back(a);
  }
  return out;
}

}  // namespace

// As `returns appendix` writes a return's comments, wrapped in a narrow column.
TEST_CASE("quoted comments read back with their headings", "[quoted_answer]") {
  const auto s = SegmentQuotedAnswer(Lines(
      "\u201CSharing of good practice\u201D\n"
      "Objective 3: To improve transition \u203A\n"
      "PROGRESS: \u201CClearer understanding of\n"
      "expectations of Y2/3 and Y6/7.\u201D\n"
      "Priority 1: \u201CA self-\n"
      "evaluation of KS2/ KS3 transfer\u201D\n"
      "SUCCESS PROGRESS REFLECTION: \u201CShared\n"
      "INSET\n"
      "\u201D"));
  REQUIRE(s);
  REQUIRE(s->comments.size() == 4);
  CHECK_FALSE(s->comments[0].heading);
  CHECK(s->comments[0].text == "Sharing of good practice");
  CHECK(s->comments[0].line == 1);
  // A colon label keeps its colon; the writer's colon after other headings goes.
  CHECK(*s->comments[1].heading == "Objective 3: To improve transition \u203A PROGRESS:");
  CHECK(s->comments[1].text == "Clearer understanding of expectations of Y2/3 and Y6/7.");
  CHECK(s->comments[1].line == 2);
  CHECK(*s->comments[2].heading == "Priority 1");
  // A word broken at its hyphen joins; a slash never ends a line but before a space.
  CHECK(s->comments[2].text == "A self-evaluation of KS2/ KS3 transfer");
  CHECK(*s->comments[3].heading == "SUCCESS PROGRESS REFLECTION");
  CHECK(s->comments[3].text == "Shared INSET");
  // The text names each heading where it begins, as segmenting does.
  CHECK(s->text ==
        "Sharing of good practice\nObjective 3: To improve transition\nPROGRESS:\nClearer understanding of expectations "
        "of Y2/3 and Y6/7.\nPriority 1\nA self-evaluation of KS2/ KS3 transfer\nSUCCESS PROGRESS REFLECTION\nShared INSET");
  for (const auto& c : s->comments) CHECK(s->text.substr(c.start, c.end - c.start) == c.text);
}

TEST_CASE("a quotation that quotes ends where its marks balance", "[quoted_answer]") {
  const auto s = SegmentQuotedAnswer(Lines("\u201CSix achieved a \u201CGood\u201D\noutcome.\u201D\n\u201CNext.\u201D"));
  REQUIRE(s);
  REQUIRE(s->comments.size() == 2);
  CHECK(s->comments[0].text == "Six achieved a \u201CGood\u201D outcome.");
}

TEST_CASE("answers that are not all quotations are left to the segmenter", "[quoted_answer]") {
  CHECK_FALSE(SegmentQuotedAnswer(Lines("Sharing of good practice\n\u201CA quote\u201D")));
  CHECK_FALSE(SegmentQuotedAnswer(Lines("\u201CAn open quote\nthat never closes")));
  CHECK_FALSE(SegmentQuotedAnswer(Lines("Said: \u201CYes\u201D and more")));
  CHECK_FALSE(SegmentQuotedAnswer(Lines("Lead without colon \u201CYes\u201D")));
  CHECK_FALSE(SegmentQuotedAnswer(Lines("")));
  // Through the segmenter, such text is segmented as ever.
  const auto s = returns::SegmentAnswer(Lines("Sharing of good practice\n\u201CA quote\u201D"));
  REQUIRE(s.comments.size() == 2);
  CHECK(s.comments[1].text == "\u201CA quote\u201D");
}
