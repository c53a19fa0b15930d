// Adding a collaborative to the register file: what `returns register add`
// writes. The new row is appended after the others in the file's own column
// order and line ends, quoted only where CSV needs it, and the result is
// read back as a register before it is given out, so the file stays one the
// program reads. The caller writes it (through a temporary file and a rename).
//
//   Result<std::string> text = AppendCollaborative(old_text, path, {"Brookland Federation", "Shepway", {"Brookland CEP"}});
//
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct NewCollaborative {
  std::string collaborative;              // canonical name
  std::string district;                   // one of the Kent districts
  std::vector<std::string> lead_schools;  // in the order returns list them
  std::vector<std::string> aliases;       // other names returns write it as
  std::string note;                       // where the identification comes from
};

// The register text with `entry` as a new last row. Fails (naming `source`
// and the problem) when the text is not a register, the name is empty, the
// district is not a Kent district, a name holds a character the register's
// lists use (';', '|', '[', ']') or a line break, or the register already
// knows the collaborative or one of the aliases in that district (exactly
// or by normal form: name_form.h) — an existing collaborative's other
// spellings go in its own row (README, "Resolving names").
Result<std::string> AppendCollaborative(std::string_view register_text, const std::string& source,
                                        const NewCollaborative& entry);

}  // namespace returns
