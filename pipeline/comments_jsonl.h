// Comments as JSON Lines: one object per comment, fields in a fixed order,
// so the same returns always give byte-identical output.
#pragma once

#include <ostream>
#include <vector>

#include "corpus/model.h"

namespace returns {

void WriteCommentsJsonl(const std::vector<Return>& returns, std::ostream& out);

}  // namespace returns
