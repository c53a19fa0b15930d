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
// Fields: district, collaborative, lead_schools, question, answer, q1…q5,
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

// Whether `name` is one of the attribute names above.
bool IsFormsAttribute(std::string_view name);

// Parses "district=Area,collaborative=Group" (the --columns option).
Result<ColumnMap> ParseColumnMap(std::string_view spec);

// Parses a columns file: one FIELD=HEADER a line (the header may hold
// commas), blank lines and lines starting with '#' skipped. Errors say
// "<path>:<line>: error: …"; a file that cannot be read fails naming it.
Result<ColumnMap> ReadColumnsFile(const std::string& path);

}  // namespace returns
