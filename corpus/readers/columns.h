// What a table's header cells name: the fields of a return, the metadata
// columns that online forms add, and the column maps (--columns,
// --columns-file) a user writes for headers of their own.
//
//   FieldForHeader("Lead School(s)")      → "lead_schools"
//   FormsAttribute("Completion time")     → "completion_time"
//   ParseColumnMap("collaborative=Group,ignore=Notes")
//   ReadColumnsFile("forms.columns")      // one FIELD=HEADER a line, # comments
//
// Headers are compared case-, space- and punctuation-insensitively
// (AsciiKey). Pure functions over constant tables; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

// field → header as written by the user, e.g. {"collaborative", "Group"}.
// Fields: district, collaborative, lead_schools, question, answer, round, q1…q5,
// ignore (several headers), and the Forms attribute names below.
using ColumnMap = std::multimap<std::string, std::string>;

// The return field a header names by one of its usual spellings:
//   district       District, Area
//   collaborative  Collaborative, Collaboration, Partnership, Cluster, Group, Collaborative name
//   lead_schools   Lead School(s), Lead Schools, Lead School, Lead
//   question       Question, Q, Question number           (long layout)
//   answer         Answer, Response, Comment, Text, Answer text  (long layout)
std::optional<std::string> FieldForHeader(std::string_view header);

// The attribute a form's metadata column is kept as, or nullopt:
//   response_id         ID
//   start_time          Start time
//   completion_time     Completion time
//   last_modified_time  Last modified time
//   timestamp           Timestamp
//   email               Email, Email address, Username
//   respondent          Name, Responder, Respondent
// (Microsoft Forms writes ID … Name; Google Forms Timestamp and Email address.)
std::optional<std::string> FormsAttribute(std::string_view header);

// What a header names with no --columns for it: a return field
// (FieldForHeader), else a Forms attribute (FormsAttribute), else a question
// as "q1"…"q5", recognised as a return document's question headings are
// (MatchQuestionHeading, corpus/register/question.h: the wording's start,
// "Q5", "5. Additional comments", "Any other comments?", "Strengths so far
// as a collaborative"); nullopt for anything else, and for words of two
// questions ("Strengths and areas for development"). Fields and Forms
// columns come first: "Name" is the respondent, "Comment" the long layout's
// answer, "Question" its question column.
//   ColumnForHeader("Any other comments?")  → "q5"
//   ColumnForHeader("Email address")        → "email"
std::optional<std::string> ColumnForHeader(std::string_view header);

// Whether `name` is one of the attribute names above.
bool IsFormsAttribute(std::string_view name);

// Parses "district=Area,collaborative=Group" (the --columns option).
Result<ColumnMap> ParseColumnMap(std::string_view spec);

// Parses a columns file: one FIELD=HEADER a line (the header may hold
// commas), blank lines and lines starting with '#' skipped. Errors say
// "<path>:<line>: error: …"; a file that cannot be read fails naming it.
Result<ColumnMap> ReadColumnsFile(const std::string& path);

}  // namespace returns
