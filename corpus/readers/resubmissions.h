// A form answered twice by the same collaborative: Microsoft Forms (and
// Google Forms) keep every submission as a row, so a collaborative that
// corrects its return submits the whole form again. The later submission —
// by the time the form was completed ("Completion time", Google's
// "Timestamp") — replaces the earlier one whole:
//
//   file.xlsx:7: warning: collaborative 'Samphire Hub' answered twice (rows 3 and 7); the later answer, row 7, is kept
//
// and each answer of the earlier row is a replaced record (reject::kReplaced,
// kept in the rejects report, neither taken nor an error). Where the times
// cannot be ordered (one missing, equal, a date that reads both ways), every
// row is passed on and the run's duplicate rule applies (the first is kept,
// the later rejected as a duplicate), with a warning saying why.
//
// Used by the table reader (table_returns.h), which holds a table's
// responses to its end when it has a completion-time column. Pure
// functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/model/intake.h"
#include "corpus/model/model.h"

namespace returns {

// A date and time as a spreadsheet or a CSV export displays it:
// "10/03/2014 09:31", "3/10/14 9:31:05 AM", "10.03.2014 09:31",
// "2014-03-10 09:31:00", "2014-03-10T09:31:00Z". Which of a slashed date's
// first two numbers is the day is not decided here.
struct DisplayedTime {
  int first = 0, second = 0, year = 0;  // year-first dates: first is the month, second the day
  bool year_first = false;
  int hour = 0, minute = 0, seconds = 0;
};

// nullopt when `text` is no date and time in one of those forms.
std::optional<DisplayedTime> ParseDisplayedTime(std::string_view text);

// One row of a form's responses and the returns it gave.
struct FormResponse {
  int line = 0;               // the row's line (a CSV file) or row number (a sheet)
  std::string who;            // its round and return id without the question: who answered
  std::string collaborative;  // as written, for messages
  std::string time;           // the completion time as displayed; "" when the cell is empty
  std::vector<Return> returns;
};

// The responses' returns into `out.returns` in row order — the later of a
// collaborative's submissions kept, the earlier ones' answers into
// `out.replaced` — and a warning into `out.warnings` for each collaborative
// that answered more than once. `unit` names a response's place in
// messages: "row" (a sheet) or "line" (a CSV file).
void ResolveResubmissions(std::vector<FormResponse> responses, const std::string& source, const std::string& unit,
                          IntakeResult& out);

}  // namespace returns
