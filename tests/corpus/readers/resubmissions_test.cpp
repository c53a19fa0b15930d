#include "corpus/readers/resubmissions.h"

#include <catch2/catch.hpp>

using returns::DisplayedTime;
using returns::FormResponse;
using returns::IntakeResult;
using returns::ParseDisplayedTime;
using returns::ResolveResubmissions;
using returns::Return;

TEST_CASE("completion times as spreadsheets and exports display them", "[resubmissions]") {
  const struct {
    const char* text;
    bool ok;
    int first, second, year, hour, minute, seconds;
  } kRows[] = {
      {"10/03/2014 09:31", true, 10, 3, 2014, 9, 31, 0},
      {"3/10/14 9:31", true, 3, 10, 14, 9, 31, 0},
      {"3/10/2014 9:31:05 PM", true, 3, 10, 2014, 21, 31, 5},
      {"3/10/2014 12:05 AM", true, 3, 10, 2014, 0, 5, 0},
      {"10.03.2014 09:31", true, 10, 3, 2014, 9, 31, 0},
      {"2014-03-10 09:31:00", true, 3, 10, 2014, 9, 31, 0},
      {"2014-03-10T09:31:00Z", true, 3, 10, 2014, 9, 31, 0},
      {"10/03/2014", true, 10, 3, 2014, 0, 0, 0},
      {"", false, 0, 0, 0, 0, 0, 0},
      {"yesterday", false, 0, 0, 0, 0, 0, 0},
      {"10/03/2014 25:00", false, 0, 0, 0, 0, 0, 0},
      {"41708.396", false, 0, 0, 0, 0, 0, 0},
  };
  for (const auto& row : kRows) {
    INFO(row.text);
    const std::optional<DisplayedTime> t = ParseDisplayedTime(row.text);
    REQUIRE(t.has_value() == row.ok);
    if (!t) continue;
    CHECK(t->first == row.first);
    CHECK(t->second == row.second);
    CHECK(t->year == row.year);
    CHECK(t->hour == row.hour);
    CHECK(t->minute == row.minute);
    CHECK(t->seconds == row.seconds);
  }
}

namespace {

Return Answer(int question, int line, const std::string& text) {
  Return r;
  r.question = question;
  r.line = line;
  r.text = text;
  return r;
}

FormResponse Response(int line, const std::string& who, const std::string& time, const std::string& text) {
  FormResponse f;
  f.line = line;
  f.who = who;
  f.collaborative = who;
  f.time = time;
  f.returns = {Answer(1, line, text + " (q1)"), Answer(3, line, text + " (q3)")};
  return f;
}

std::vector<std::string> Texts(const std::vector<Return>& rs) {
  std::vector<std::string> out;
  for (const Return& r : rs) out.push_back(r.text);
  return out;
}

}  // namespace

TEST_CASE("a collaborative answering twice: the later answer replaces the earlier", "[resubmissions]") {
  IntakeResult out;
  ResolveResubmissions({Response(3, "Samphire Hub", "10/03/2014 09:31", "first"),
                        Response(5, "M7 Partnership", "11/03/2014 10:00", "m7"),
                        Response(7, "Samphire Hub", "12/03/2014 08:02", "second")},
                       "forms.xlsx", "row", out);
  CHECK(Texts(out.returns) == std::vector<std::string>{"m7 (q1)", "m7 (q3)", "second (q1)", "second (q3)"});
  REQUIRE(out.replaced.size() == 2);
  CHECK(out.replaced[0].source == "forms.xlsx");
  CHECK(out.replaced[0].line == 3);
  CHECK(out.replaced[0].reason == returns::reject::kReplaced);
  CHECK(out.replaced[0].detail ==
        "the same collaborative answered again at row 7 (completed 12/03/2014 08:02, this one 10/03/2014 09:31)");
  CHECK(out.replaced[1].raw == "first (q3)");
  CHECK(out.warnings == std::vector<std::string>{"forms.xlsx:7: warning: collaborative 'Samphire Hub' answered twice "
                                                 "(rows 3 and 7); the later answer, row 7, is kept"});
  CHECK(out.rejects.empty());
}

TEST_CASE("the later answer is kept wherever it stands", "[resubmissions]") {
  // Rows sorted by something else: the earlier submission below the later.
  IntakeResult out;
  ResolveResubmissions({Response(4, "ACE", "2014-03-12 08:00:00", "later"),
                        Response(9, "ACE", "2014-03-10 17:45:00", "earlier")},
                       "forms.csv", "line", out);
  CHECK(Texts(out.returns) == std::vector<std::string>{"later (q1)", "later (q3)"});
  REQUIRE(out.replaced.size() == 2);
  CHECK(out.replaced[0].line == 9);
  CHECK(out.warnings == std::vector<std::string>{"forms.csv:4: warning: collaborative 'ACE' answered twice "
                                                 "(lines 4 and 9); the later answer, line 4, is kept"});
}

TEST_CASE("day and month told apart by the column's other dates", "[resubmissions]") {
  // The same two cells, 04/03/2014 and 03/04/2014: day first (13/03 elsewhere in
  // the column) row 3 is 3 April, the later; month first (3/13) row 2 is.
  IntakeResult day_first;
  ResolveResubmissions({Response(2, "ACE", "04/03/2014 09:00", "a"), Response(3, "ACE", "03/04/2014 09:00", "b"),
                        Response(4, "M7", "13/03/2014 09:00", "m7")},
                       "f.xlsx", "row", day_first);
  CHECK(Texts(day_first.returns) == std::vector<std::string>{"b (q1)", "b (q3)", "m7 (q1)", "m7 (q3)"});
  IntakeResult month_first;
  ResolveResubmissions({Response(2, "ACE", "04/03/2014 09:00", "a"), Response(3, "ACE", "03/04/2014 09:00", "b"),
                        Response(4, "M7", "3/13/2014 09:00", "m7")},
                       "f.xlsx", "row", month_first);
  CHECK(Texts(month_first.returns) == std::vector<std::string>{"a (q1)", "a (q3)", "m7 (q1)", "m7 (q3)"});
  CHECK(month_first.replaced.size() == 2);
}

TEST_CASE("times that cannot be ordered leave both rows to the duplicate rule, with a warning", "[resubmissions]") {
  const std::vector<std::vector<std::string>> kTimes = {
      {"03/04/2014 09:00", "04/03/2014 09:00"},  // either could be first: no other date tells
      {"10/03/2014 09:31", "10/03/2014 09:31"},  // equal
      {"10/03/2014 09:31", ""},                  // one missing
  };
  for (const auto& times : kTimes) {
    INFO(times[0] << " / " << times[1]);
    IntakeResult out;
    ResolveResubmissions({Response(2, "ACE", times[0], "a"), Response(6, "ACE", times[1], "b")}, "f.csv", "line", out);
    CHECK(Texts(out.returns) == std::vector<std::string>{"a (q1)", "a (q3)", "b (q1)", "b (q3)"});
    CHECK(out.replaced.empty());
    CHECK(out.warnings ==
          std::vector<std::string>{"f.csv:6: warning: collaborative 'ACE' answered twice (lines 2 and 6) and which "
                                   "is the later cannot be told from the completion times; the first, line 2, is kept"});
  }
}

TEST_CASE("three submissions: the latest is kept", "[resubmissions]") {
  IntakeResult out;
  ResolveResubmissions({Response(2, "ACE", "2014-03-10 09:00", "a"), Response(3, "ACE", "2014-03-12 09:00", "c"),
                        Response(4, "ACE", "2014-03-11 09:00", "b")},
                       "f.xlsx", "row", out);
  CHECK(Texts(out.returns) == std::vector<std::string>{"c (q1)", "c (q3)"});
  CHECK(out.replaced.size() == 4);
  CHECK(out.warnings == std::vector<std::string>{"f.xlsx:3: warning: collaborative 'ACE' answered 3 times (rows 2, "
                                                 "3 and 4); the latest answer, row 3, is kept"});
}
