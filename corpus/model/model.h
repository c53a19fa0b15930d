// The model: returns and the comments inside them.
//
// A *return* is one collaborative's answer to one of the five questions.
// A *comment* is the quote unit inside a return: one bullet item or paragraph,
// with the heading it sits under when the answer is organised by headings.
// Plain values; copy and share freely.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace returns {

struct Comment {
  int position = 0;                    // 1-based within the return
  std::optional<std::string> heading;  // "Priority 1: … › PROGRESS:" where there is one
  std::string text;                    // normalised text of the comment
  size_t start = 0;                    // byte span [start, end) in Return::text
  size_t end = 0;
  int line = 0;                        // source line the comment starts on
};

struct Return {
  std::string district;
  std::string collaborative;                           // as written in the source
  std::optional<std::string> collaborative_canonical;  // from the register, when known
  std::vector<std::string> lead_schools;               // as written
  std::vector<std::string> lead_schools_canonical;     // from the register, when known
  int question = 0;                                    // 1..5
  std::string text;                                    // normalised answer: headings and comments, one per line
  std::string round;                                   // the batch's round label ("2013-03"), may be empty
  std::string source;                                  // file the return was read from
  int line = 0;                                        // line its row starts on
  std::string id;                                      // stable id, see return_id.h
  std::vector<Comment> comments;
  // Other columns of its row kept with it, in column order: a form's metadata
  // ("respondent" → "Jo Bloggs", "start_time" → "14/03/2024 09:05"), as displayed.
  std::vector<std::pair<std::string, std::string>> attributes;
};

}  // namespace returns
