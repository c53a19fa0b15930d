// Reading a compiled appendix — the PDF-extracted table
// "District | Collaborative | Lead School(s) | <answer to one question>" —
// back into exact returns.
//
// The question comes from the header line. A row starts at a Kent district
// name. The collaborative and lead-school columns are recovered whole with the
// register's help (see register_match.h), wherever extraction scattered them,
// and kept out of the answer text. A collaborative missing from the register
// is read by layout alone and reported as a warning.
//
// An AppendixReader holds a reference to its Register (which must outlive
// it) and is otherwise stateless: Read may be called from several threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/model/intake.h"
#include "corpus/model/model.h"
#include "corpus/register/register.h"
#include "corpus/base/status.h"

namespace returns {

struct AppendixRead {
  std::vector<Return> returns;
  std::vector<std::string> warnings;  // "file:line: warning: …"
};

// An appendix read as intake: each row a record and a return.
IntakeResult IntakeOf(AppendixRead read);

class AppendixReader {
 public:
  explicit AppendixReader(const Register& reg) : register_(reg) {}

  // Fails, naming `source` and the line, on invalid UTF-8, an empty input, a
  // missing or unrecognised header, or no district rows.
  Result<AppendixRead> Read(std::string_view bytes, const std::string& source) const;
  Result<AppendixRead> ReadFile(const std::string& path) const;

 private:
  const Register& register_;
};

}  // namespace returns
