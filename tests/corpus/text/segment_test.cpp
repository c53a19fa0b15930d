#include "corpus/text/segment.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "corpus/base/utf8.h"
#include "tests/corpus/seed_corpus.h"

using returns::AnswerLine;
using returns::SegmentAnswer;

namespace {

// Physical lines as the reader hands them over: a line's width is its own
// length, and a leading space is the gap a lost bullet glyph leaves.
std::vector<AnswerLine> Lines(const std::string& text) {
  std::vector<AnswerLine> out;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    AnswerLine a;
    a.line = ++n;
    a.text = line;
    std::string trimmed = line;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    a.width = returns::CodePointCount(trimmed);
    a.leading_gap = !line.empty() && line[0] == ' ' && line.find_first_not_of(' ') != std::string::npos;
    out.push_back(a);
  }
  return out;
}

std::vector<std::string> Texts(const returns::SegmentedAnswer& s) {
  std::vector<std::string> out;
  for (const auto& c : s.comments) out.push_back(c.text);
  return out;
}

std::vector<std::string> Headings(const returns::SegmentedAnswer& s) {
  std::vector<std::string> out;
  for (const auto& c : s.comments) out.push_back(c.heading.value_or("-"));
  return out;
}

}  // namespace

// Each case is taken from the seed appendices (line numbers of q2-progress.txt / q3-strengths.txt).
TEST_CASE("bullets lost to a leading space still start comments (q2:56-61)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      " Improvement of teaching and learning and greater consistency as seen in joint lesson observations/book \n"
      "\n"
      "scrutinies/pupil interviews during Teaching & Learning reviews and when observations and reviews have been \n"
      "completed by external moderators e.g. Andrell consultants, OUP/Read Write Inc/Maths Makes Sense advisers \n"
      "(FP), Local Authority advisers.  Target is 100% teaching & learning to be good or better in all schools \u2013 this \n"
      "achieved at HS, JWS, FP \n"
      "\n"
      " Accelerated progress has been achieved in reading, writing and maths in identified year groups \n"
      " Maths now regarded as a positive area of learning by staff and children (JWS, BG, HS) and Maths Makes \n"
      "\n"
      "Sense (FP) having positive impact \n"));
  REQUIRE(s.comments.size() == 3);
  CHECK(s.comments[0].text.rfind("Improvement of teaching", 0) == 0);
  CHECK(s.comments[0].text.find("book scrutinies/pupil interviews") != std::string::npos);
  CHECK(s.comments[1].text ==
        "Accelerated progress has been achieved in reading, writing and maths in identified year groups");
  CHECK(s.comments[2].text ==
        "Maths now regarded as a positive area of learning by staff and children (JWS, BG, HS) and Maths Makes Sense "
        "(FP) having positive impact");
}

TEST_CASE("a blank line inside a sentence does not split it (q2:321-325)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "o Workshops organised for terms 5 and 6 \n"
      "o Bruce Potts Training – Up skilling teachers by exploring what learning will be required to achieve a L5 at the \n"
      "\n"
      "end of KS2 and the explicit teaching to support children in succeeding. \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "Workshops organised for terms 5 and 6",
                        "Bruce Potts Training – Up skilling teachers by exploring what learning will be required to "
                        "achieve a L5 at the end of KS2 and the explicit teaching to support children in succeeding."});
}

TEST_CASE("a superscript split off by extraction rejoins its number (q2:334-342)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "o Bruce Potts training – The collaboration has decided to change the focus of our collaborative training day on May 24\n"
      "\n"
      "th\n"
      "  \n"
      "\n"
      "to include,  \n"
      "\xEF\x82\xA7 Conferencing with and mentoring pupils for effective learning \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "Bruce Potts training – The collaboration has decided to change the focus of our collaborative "
                        "training day on May 24th to include,",
                        "Conferencing with and mentoring pupils for effective learning"});
}

TEST_CASE("paragraphs under Priority headings take the heading (q2:10-21)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "Priority 1: Improve the consistency of good or better teaching by an average of 7.5% in all schools by July \n"
      "2013 \n"
      "All heads have used funding to facilitate class release for classroom observations. \n"
      " \n"
      "Priority 2: Increase the rate of progress in English and/or maths. \n"
      "All heads have agreed to share in year progress and end of key stage data. \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "All heads have used funding to facilitate class release for classroom observations.",
                        "All heads have agreed to share in year progress and end of key stage data."});
  CHECK(Headings(s) == std::vector<std::string>{
                           "Priority 1: Improve the consistency of good or better teaching by an average of 7.5% in "
                           "all schools by July 2013",
                           "Priority 2: Increase the rate of progress in English and/or maths."});
  CHECK(s.text.find("Priority 1: Improve") == 0);
}

TEST_CASE("Objective headings nest under a Priority (q2:293-310)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "Priority 1: To raise standards in writing across the school \n"
      " \n"
      "Objective 1 -  Raise the profile of the importance of grammar in writing.  \n"
      "o SPAG Training delivered by Penny Bill. \n"
      "Objective 2 - To raise standards in writing for more able pupils. \n"
      "o A Programme has been developed collaboratively. \n"
      "Priority Two:  Leadership  \n"
      "Objective 1 - To develop all teachers as leaders of learning \n"
      "o New Standards Training delivered by Gary Edwards \n"));
  CHECK(Headings(s) ==
        std::vector<std::string>{
            "Priority 1: To raise standards in writing across the school › Objective 1 - Raise the profile of the "
            "importance of grammar in writing.",
            "Priority 1: To raise standards in writing across the school › Objective 2 - To raise standards in writing "
            "for more able pupils.",
            "Priority Two: Leadership › Objective 1 - To develop all teachers as leaders of learning"});
}

TEST_CASE("a colon label under an objective is a sub-heading (q2:103-110)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "Objective 1: To increase the rate of progress in English and Maths from KS1 to3 so that all school and \n"
      "vulnerable groups are at least in line with national figures and/or the school trend is upward. \n"
      "PROGRESS:  \n"
      "\n"
      " Support is directed at schools in need through use of Alliance funding. \n"));
  REQUIRE(s.comments.size() == 1);
  CHECK(s.comments[0].heading.value() ==
        "Objective 1: To increase the rate of progress in English and Maths from KS1 to3 so that all school and "
        "vulnerable groups are at least in line with national figures and/or the school trend is upward. › PROGRESS:");
}

TEST_CASE("labelled bullets are comments labelled by their strand (q2:961-971)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "  Strand 1 – Everything is set up and ready to go. Conference is booked and the London Centre for C & M is \n"
      "fully engaged in planning to meet our requirements. \n"
      "\n"
      " Strand 2 – The learning walk has enable schools to share good practice. \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "Strand 1 – Everything is set up and ready to go. Conference is booked and the London Centre "
                        "for C & M is fully engaged in planning to meet our requirements.",
                        "Strand 2 – The learning walk has enable schools to share good practice."});
  CHECK(Headings(s) == std::vector<std::string>{"Strand 1", "Strand 2"});
}

TEST_CASE("a word hyphenated across lines is rejoined (q3:46-47)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "o The Alliance has been recognised at District and County level as a working example of collaborative, cross-\n"
      "\n"
      "phase practice. \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "The Alliance has been recognised at District and County level as a working example of "
                        "collaborative, cross-phase practice."});
}

TEST_CASE("an all-capitals heading wrapped onto an indented line stays one heading (q2:58-61)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "IMPROVEMENT IN PROVISION IN MORE ABLE WRITING \n"
      "INCREASE PERCENTAGES OF GOOD & OUTSTANDING TEACHING (100% GOOD) THROUGH PEER \n"
      " MENTORING & TEAM PROJECTS \n"
      "o Staff development day was inspirational. \n"));
  // The first heading has nothing under it, so it is kept as a comment: no text is lost.
  CHECK(Texts(s) == std::vector<std::string>{"IMPROVEMENT IN PROVISION IN MORE ABLE WRITING",
                                             "Staff development day was inspirational."});
  CHECK(s.comments[1].heading.value() ==
        "INCREASE PERCENTAGES OF GOOD & OUTSTANDING TEACHING (100% GOOD) THROUGH PEER MENTORING & TEAM PROJECTS");
}

TEST_CASE("a stray full stop on its own line closes the sentence (q2:986-992)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      " Collaboration funding received spring 2013 so limited progress so far.  \n"
      " Main priority of raising levels shows motivation for boys writing. Clear structure and focus of plan established \n"
      "\n"
      ".  \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "Collaboration funding received spring 2013 so limited progress so far.",
                        "Main priority of raising levels shows motivation for boys writing. Clear structure and focus "
                        "of plan established."});
}

TEST_CASE("an indented continuation of a wrapped sentence is not a bullet (q2:416-419)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "Being able to see other schools and work with other teachers has led to valuable self review.  The training \n"
      " sessions held have allowed teachers to try out new ideas and practices. \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "Being able to see other schools and work with other teachers has led to valuable self review. "
                        "The training sessions held have allowed teachers to try out new ideas and practices."});
}

TEST_CASE("numbered lists and plan references open comments (q2:163-166, q2:441-447)", "[segment]") {
  const auto s = SegmentAnswer(Lines(
      "1. All staff taking part in training have completed paper or on line evaluation sheets \n"
      "2. Analysis of term 3 and 4 data against data from Terms 1 and 2.  \n"
      "Collective focus on achieving shared priorities. \n"
      "1.1Build collective capacity to monitor, evaluate and support the development of T&L \n"));
  CHECK(Texts(s) == std::vector<std::string>{
                        "1. All staff taking part in training have completed paper or on line evaluation sheets",
                        "2. Analysis of term 3 and 4 data against data from Terms 1 and 2.",
                        "Collective focus on achieving shared priorities.",
                        "1.1Build collective capacity to monitor, evaluate and support the development of T&L"});
}

TEST_CASE("glyph and letter bullets in the seeds are removed from comment text", "[segment]") {
  for (int q : {2, 3}) {
    for (const returns::Return& r : returns::test::SeedAppendix(q).returns) {
      for (const returns::Comment& c : r.comments) {
        INFO(r.id << " #" << c.position << ": " << c.text);
        CHECK(c.text.find("\xEF\x82\xA7") == std::string::npos);
        CHECK(c.text.rfind("o ", 0) != 0);
        CHECK(c.text.find("  ") == std::string::npos);
        CHECK_FALSE(c.text.empty());
      }
    }
  }
}

TEST_CASE("segmentation on the seeds: known comments come out whole", "[segment]") {
  const returns::Return* ace = returns::test::FindReturn(2, "q2/ace/hamstreet-primary");
  REQUIRE(ace);
  REQUIRE(ace->comments.size() == 5);
  CHECK(ace->comments[0].text == "Sharing of good practice");
  CHECK(ace->comments[3].text.find("Maths Makes Sense (FP) having positive impact") != std::string::npos);

  const returns::Return* raid = returns::test::FindReturn(2, "q2/raising-achievement-in-dover-raid/priory-fields");
  REQUIRE(raid);
  bool may24 = false;
  for (const auto& c : raid->comments) may24 = may24 || c.text.find("on May 24th to include,") != std::string::npos;
  CHECK(may24);
}

// Read by position (a PDF), a line's wrap is known: a short line that wrapped
// carries its sentence on, a wide one that did not ends its comment.
TEST_CASE("a wrap known from positions overrides the width", "[segment]") {
  std::vector<AnswerLine> lines = Lines("Moderation of writing across the\nSchools of the partnership.\nShared INSET days for all staff\nJoint training");
  lines[0].wrapped = true;   // narrow column: short, and wrapped
  lines[1].wrapped = false;
  lines[2].width = 120;      // wide, but it ended there
  lines[2].wrapped = false;
  const auto s = SegmentAnswer(lines);
  CHECK(Texts(s) == std::vector<std::string>{"Moderation of writing across the Schools of the partnership.",
                                             "Shared INSET days for all staff", "Joint training"});
}

TEST_CASE("colon labels are the headings that end in a colon of their own", "[segment]") {
  for (const char* label : {"PROGRESS:", "Evidence for comments:", "Our priorities were:"}) {
    INFO(label);
    CHECK(returns::IsColonLabelHeading(label));
  }
  for (const char* heading : {"Priority 1:", "Objective 2:", "4).Improve quality of teaching.:", "SUCCESS PROGRESS REFLECTION:",
                              "Priority 1: Improve the consistency of good or better teaching:", "PROGRESS"}) {
    INFO(heading);
    CHECK_FALSE(returns::IsColonLabelHeading(heading));
  }
}

// Regression: a line known to have wrapped into "2. Middle leaders …" was cut
// there, the number taken for a list item's.
TEST_CASE("a number after a line known to have wrapped goes on its sentence", "[segment]") {
  std::vector<AnswerLine> lines = Lines("Staff produced a shared calculation policy for Key Stages 1 and\n2. Middle leaders met.");
  lines[0].wrapped = true;
  lines[1].wrapped = false;
  CHECK(Texts(SegmentAnswer(lines)) ==
        std::vector<std::string>{"Staff produced a shared calculation policy for Key Stages 1 and 2. Middle leaders met."});
  std::vector<AnswerLine> after_stage = Lines("Governors met in Key Stage\n2. Middle leaders met.");
  after_stage[0].wrapped = true;
  CHECK(SegmentAnswer(after_stage).comments.size() == 1);
}

TEST_CASE("lines a document marks: a paragraph never carries on, a heading heads what follows", "[segment]") {
  using returns::LineStart;
  // Typed lines, no marks: a line in lower case after a blank carries on the one before.
  std::vector<AnswerLine> lines;
  for (const char* text : {"We wrote a résumé of the work", "", "iPads were bought.", "", "Next steps", "",
                           "Strand 2 reading", "", "Joint moderation in Term 5."}) {
    AnswerLine a;
    a.line = static_cast<int>(lines.size()) + 1;
    a.text = text;
    lines.push_back(a);
  }
  CHECK(Texts(SegmentAnswer(lines)) == std::vector<std::string>{"We wrote a résumé of the work iPads were bought.",
                                                                 "Next steps", "Joint moderation in Term 5."});
  // Marked as a Word document marks them: each paragraph apart, the headings heading.
  for (size_t i : {0, 2, 8}) lines[i].start = LineStart::kParagraph;
  for (size_t i : {4, 6}) lines[i].start = LineStart::kHeading;
  const returns::SegmentedAnswer marked = SegmentAnswer(lines);
  CHECK(Texts(marked) == std::vector<std::string>{"We wrote a résumé of the work", "iPads were bought.",
                                                  "Joint moderation in Term 5."});
  // A Strand label ranks under the heading above it, as it does in typed text.
  CHECK(Headings(marked) == std::vector<std::string>{"-", "-", "Next steps › Strand 2 reading"});
  CHECK(marked.text == "We wrote a résumé of the work\niPads were bought.\nNext steps\nStrand 2 reading\n"
                       "Joint moderation in Term 5.");
}
