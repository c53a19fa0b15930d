// The rejects report: one JSON object per rejected record
// {"source","line","reason","detail","raw"}, in input order.
#pragma once

#include <ostream>
#include <vector>

#include "corpus/model/intake.h"

namespace returns {

void WriteRejectsJsonl(const std::vector<Reject>& rejects, std::ostream& out);

}  // namespace returns
