#include "corpus/readers/columns.h"

#include <catch2/catch.hpp>

#include "tests/temp_dir.h"

using returns::ColumnForHeader;
using returns::ColumnMap;
using returns::FieldForHeader;
using returns::FormsAttribute;
using returns::ParseColumnMap;
using returns::ReadColumnsFile;
using returns::Result;
using returns::test::TempDir;
using returns::test::WriteBytes;

namespace {

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("headers that name a return's fields, in their usual spellings", "[columns]") {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"District", "district"},          {"AREA", "district"},
      {"Collaborative", "collaborative"}, {" Partnership ", "collaborative"}, {"Collaborative name", "collaborative"},
      {"Lead School(s)", "lead_schools"}, {"lead schools", "lead_schools"},  {"Lead", "lead_schools"},
      {"Question", "question"},           {"Q", "question"},                 {"Question number", "question"},
      {"Answer", "answer"},               {"Response", "answer"},            {"Answer text", "answer"},
  };
  for (const auto& [header, field] : rows) {
    INFO(header);
    CHECK(FieldForHeader(header) == std::optional<std::string>(field));
    CHECK_FALSE(FormsAttribute(header).has_value());
  }
  CHECK_FALSE(FieldForHeader("Notes").has_value());
}

TEST_CASE("the metadata columns of Microsoft Forms and Google Forms", "[columns]") {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"ID", "response_id"},
      {"Start time", "start_time"},
      {"Completion time", "completion_time"},
      {"Last modified time", "last_modified_time"},
      {"Email", "email"},
      {"Name", "respondent"},
      {"Timestamp", "timestamp"},
      {"Email address", "email"},
      {"Email Address", "email"},
      {"Username", "email"},
      {"Responder", "respondent"},
      {"START TIME", "start_time"},
  };
  for (const auto& [header, attribute] : rows) {
    INFO(header);
    CHECK(FormsAttribute(header) == std::optional<std::string>(attribute));
    CHECK_FALSE(FieldForHeader(header).has_value());
    CHECK(returns::IsFormsAttribute(attribute));
  }
  for (const char* other : {"Notes", "Identity", "Start", "Collaborative name"}) {
    INFO(other);
    CHECK_FALSE(FormsAttribute(other).has_value());
  }
}

TEST_CASE("column map specs (--columns)", "[columns]") {
  struct Row {
    const char* spec;
    ColumnMap want;
  };
  const std::vector<Row> good = {
      {"", {}},
      {"district=Area", {{"district", "Area"}}},
      {" district = Area , collaborative=Group Name ", {{"collaborative", "Group Name"}, {"district", "Area"}}},
      {"ignore=Timestamp,ignore=Email", {{"ignore", "Timestamp"}, {"ignore", "Email"}}},
      {"q2=First,q5=Last,answer=Words", {{"answer", "Words"}, {"q2", "First"}, {"q5", "Last"}}},
      {"lead_schools=Head school,question=Num", {{"lead_schools", "Head school"}, {"question", "Num"}}},
  };
  for (const Row& row : good) {
    INFO(row.spec);
    const Result<ColumnMap> got = ParseColumnMap(row.spec);
    REQUIRE(got.ok());
    CHECK(got.value() == row.want);
  }
  struct Bad {
    const char* spec;
    const char* message;
  };
  const std::vector<Bad> bad = {
      {"colour=Area", "unknown field 'colour'"},
      {"district=Area,q6=Extra", "unknown field 'q6'"},
      {"district", "FIELD=HEADER pairs, got 'district'"},
      {"district=Area,Group", "FIELD=HEADER pairs, got 'Group'"},
  };
  for (const Bad& row : bad) {
    INFO(row.spec);
    const Result<ColumnMap> got = ParseColumnMap(row.spec);
    REQUIRE_FALSE(got.ok());
    CHECK(Contains(got.status().ToString(), row.message));
  }
}

TEST_CASE("a column map may name a Forms attribute for a column of its own", "[columns]") {
  const Result<ColumnMap> got = ParseColumnMap("respondent=Your name,email=Contact");
  REQUIRE(got.ok());
  CHECK(got.value() == ColumnMap{{"email", "Contact"}, {"respondent", "Your name"}});
  const Result<ColumnMap> empty = ParseColumnMap("district=");
  REQUIRE_FALSE(empty.ok());
  CHECK(Contains(empty.status().ToString(), "no header after 'district='"));
}

TEST_CASE("a columns file: one mapping a line, comments, commas in headers", "[columns]") {
  TempDir dir;
  WriteBytes(dir / "forms.columns",
             "\xEF\xBB\xBF# The spring round's Forms export\r\n"
             "\n"
             "collaborative = Name of your collaborative\r\n"
             "  # ignored: the form's own notes\n"
             "ignore=Checked, by\n"
             "ignore=Score\n"
             "respondent=Your name\n");
  const Result<ColumnMap> got = ReadColumnsFile(dir / "forms.columns");
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  CHECK(got.value() == ColumnMap{{"collaborative", "Name of your collaborative"},
                                 {"ignore", "Checked, by"},
                                 {"ignore", "Score"},
                                 {"respondent", "Your name"}});
}

TEST_CASE("a columns file's errors name the file and line", "[columns]") {
  TempDir dir;
  struct Row {
    const char* text;
    const char* message;
  };
  const std::vector<Row> rows = {
      {"# map\ndistrict=Area\ncolour=Group\n", ":3: error: unknown field 'colour'"},
      {"district=Area\n\nGroup\n", ":3: error: takes FIELD=HEADER, got 'Group'"},
      {"ignore=\n", ":1: error: no header after 'ignore='"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    WriteBytes(dir / "bad.columns", row.text);
    const Result<ColumnMap> got = ReadColumnsFile(dir / "bad.columns");
    REQUIRE_FALSE(got.ok());
    CHECK(got.status().ToString().rfind(dir / "bad.columns" + row.message, 0) == 0);
  }
  const Result<ColumnMap> missing = ReadColumnsFile(dir / "none.columns");
  REQUIRE_FALSE(missing.ok());
  CHECK(Contains(missing.status().ToString(), dir / "none.columns"));
  WriteBytes(dir / "latin1.columns", "ignore=Caf\xE9\n");
  const Result<ColumnMap> latin1 = ReadColumnsFile(dir / "latin1.columns");
  REQUIRE_FALSE(latin1.ok());
  CHECK(Contains(latin1.status().ToString(), "UTF-8"));
}

// Issue 11: "Any other comments?" was an unknown column though a return
// document read the same words as question 5's heading. One rule now.
TEST_CASE("a header names what a return document's question heading names, details and Forms columns first",
          "[columns]") {
  const std::vector<std::pair<const char*, const char*>> rows = {
      // The wording, its start, its number.
      {"What activity have you undertaken to date?", "q1"},
      {"What progress do you feel you have made against your priorities?", "q2"},
      {"Strengths so far as a collaborative?", "q3"},
      {"Strengths so far as a collaborative", "q3"},
      {"Areas for further development as a collaborative?", "q4"},
      {"Additional comments.", "q5"},
      {"Q5", "q5"},
      {"q 2", "q2"},
      {"Question 3", "q3"},
      {"4", "q4"},
      {"5. Additional comments", "q5"},
      {"3) Strengths", "q3"},
      {"Section 2: Progress against priorities", "q2"},
      // Rewordings: a question's key words among asking and linking words.
      {"Any other comments?", "q5"},
      {"Additional comments", "q5"},
      {"Comments", "q5"},
      {"Anything else?", "q5"},
      {"Strengths of the collaborative", "q3"},
      {"Areas for development", "q4"},
      {"Progress against priorities", "q2"},
      {"Activities undertaken", "q1"},
      // Details and Forms columns keep their meaning.
      {"District", "district"},
      {"Area", "district"},
      {"Collaborative", "collaborative"},
      {"Lead school", "lead_schools"},
      {"Lead school(s)", "lead_schools"},
      {"Question", "question"},
      {"Q", "question"},
      {"Comment", "answer"},
      {"Response", "answer"},
      {"Name", "respondent"},
      {"Email address", "email"},
      {"ID", "response_id"},
      {"Start time", "start_time"},
      {"Timestamp", "timestamp"},
  };
  for (const auto& [header, field] : rows) {
    INFO(header);
    CHECK(ColumnForHeader(header) == std::optional<std::string>(field));
  }
  // Two questions' words, other words, numbers that are no question: nothing.
  for (const char* header : {"Strengths and areas for development", "Next steps", "Priorities", "What went well?",
                             "Notes", "Score", "Q6", "6", "Section 3", ""}) {
    INFO(header);
    CHECK_FALSE(ColumnForHeader(header).has_value());
  }
}
