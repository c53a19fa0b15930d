// Returns from CSV or TSV exports of online forms (RFC 4180 via libcsv),
// with a header row. Columns are found by name, case- and space-insensitively:
//   district       District, Area
//   collaborative  Collaborative, Collaboration, Partnership, Cluster, Group
//   lead_schools   Lead School(s), Lead Schools, Lead School, Lead
//   question       Question, Q                      (long layout)
//   answer         Answer, Response, Comment, Text  (long layout)
// Long layout: one row per answer with a question column (number or
// wording). Wide layout: one row per collaborative and one column per
// question (Q1…Q5, Question 1…, or the question wording); each non-empty
// cell is a return. Unusual headers are mapped with ColumnMap.
// Every row is taken or rejected with its reason.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "corpus/model/intake.h"
#include "corpus/register/register.h"
#include "corpus/base/status.h"

namespace returns {

// field → header as written in the file, e.g. {"collaborative", "Group"}.
using ColumnMap = std::multimap<std::string, std::string>;

// Parses "district=Area,collaborative=Group". Fields: district, collaborative,
// lead_schools, question, answer, q1…q5.
Result<ColumnMap> ParseColumnMap(std::string_view spec);

// REQUIRES: valid UTF-8 `text` (a BOM is skipped). Fails (input unusable) on
// a malformed file, no header, or a header without the columns it needs.
Result<IntakeResult> ReadCsvReturns(std::string_view text, const std::string& source, char delimiter,
                                    const ColumnMap& columns, const Register& reg);

}  // namespace returns
